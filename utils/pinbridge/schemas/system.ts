import { z } from '@/utils/zod';
import { lazySchema } from '@/utils/lazy-schema';

export const healthSchema = lazySchema(() =>
  z.object({
    status: z.string(),
    version: z.string().nullish(),
    environment: z.string().nullish(),
    checks: z.record(z.string(), z.string()).nullish(),
  }),
);
export type Health = z.infer<typeof healthSchema>;

const bucketSchema = lazySchema(() =>
  z.object({
    tokens_available: z.number(),
    capacity: z.number(),
    refill_rate: z.number(),
  }),
);

export const rateMeterSchema = lazySchema(() =>
  z.object({
    account: bucketSchema.extend({ account_id: z.string() }),
    global: bucketSchema,
  }),
);
export type RateMeter = z.infer<typeof rateMeterSchema>;

export const billingStatusSchema = lazySchema(() =>
  z.object({
    plan: z.string(),
    billing_provider: z.string().nullish(),
    billing_cycle: z.string().nullish(),
    billing_status: z.string().nullish(),
    trial_active: z.boolean().nullish(),
    trial_ends_at: z.string().nullish(),
    current_period_end: z.string().nullish(),
    quota_calls_monthly: z.number().int(),
    calls_used: z.number().int(),
    quota_reset_at: z.string().nullish(),
    credits_remaining: z.number().int().nullish(),
    quota_exhausted: z.boolean().nullish(),
    plan_consumption_percent: z.number().nullish(),
    storage_quota_bytes: z.number().nullish(),
    storage_used_bytes: z.number().nullish(),
    pinterest_accounts_limit: z.number().int().nullish(),
    uploaded_media_assets: z.boolean().nullish(),
    bulk_imports: z.boolean().nullish(),
  }),
);
export type BillingStatus = z.infer<typeof billingStatusSchema>;
