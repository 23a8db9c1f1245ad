import { z } from '@/utils/zod';
import { lazySchema } from '@/utils/lazy-schema';
import { httpUrlSchema, idSchema, timestampSchema } from './common';
import { t } from '@/utils/i18n';

export const WEBHOOK_EVENTS = ['pin.published', 'pin.failed'] as const;

export const webhookCreateSchema = lazySchema(() =>
  z.strictObject({
    url: httpUrlSchema,
    secret: z.string().min(16, t('webhookSecretShort')).max(255),
    events: z.array(z.string().min(1)).min(1).optional(),
    is_enabled: z.boolean().optional(),
  }),
);
export type WebhookCreate = z.input<typeof webhookCreateSchema>;

export const webhookUpdateSchema = lazySchema(() =>
  webhookCreateSchema.partial().refine((value) => Object.keys(value).length > 0, t('webhookChangeOne')),
);
export type WebhookUpdate = z.input<typeof webhookUpdateSchema>;

export const webhookSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    workspace_id: idSchema.nullish(),
    url: z.string(),
    events: z.array(z.string()),
    is_enabled: z.boolean(),
    created_at: timestampSchema,
    updated_at: timestampSchema.nullish(),
  }),
);
export type Webhook = z.infer<typeof webhookSchema>;
