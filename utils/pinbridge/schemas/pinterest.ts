import { z } from '@/utils/zod';
import { lazySchema } from '@/utils/lazy-schema';
import { idSchema, nullableText, nullableTimestamp, opaqueIdSchema, timestampSchema } from './common';
import { t } from '@/utils/i18n';

export const oauthStartSchema = lazySchema(() =>
  z.object({ authorization_url: z.url({ protocol: /^https?$/ }) }),
);

export const pinterestAccountSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    workspace_id: idSchema.nullish(),
    pinterest_user_id: opaqueIdSchema,
    display_name: nullableText,
    username: nullableText,
    // One comma-separated string, not an array.
    scopes: nullableText,
    created_at: timestampSchema.nullish(),
    updated_at: timestampSchema.nullish(),
    revoked_at: nullableTimestamp,
    token_expires_at: nullableTimestamp,
    health_status: nullableText,
    health_message: nullableText,
    reconnect_required: z.boolean().nullish(),
    missing_scopes: z.array(z.string()).nullish(),
  }),
);
export type PinterestAccount = z.infer<typeof pinterestAccountSchema>;

export const boardSchema = lazySchema(() =>
  z.object({
    id: opaqueIdSchema,
    name: z.string(),
    description: nullableText,
    privacy: nullableText,
  }),
);
export type Board = z.infer<typeof boardSchema>;

export const boardCreateRequestSchema = lazySchema(() =>
  z.strictObject({
    account_id: idSchema,
    name: z.string().trim().min(1, t('boardNeedsName')).max(180, t('boardNameTooLong')),
    description: z.string().max(500).optional(),
    privacy: z.enum(['PUBLIC', 'SECRET']).optional(),
  }),
);
export type BoardCreateRequest = z.input<typeof boardCreateRequestSchema>;

export const relatedTermsSchema = lazySchema(() =>
  z.object({
    id: z.string().nullish(),
    related_term_count: z.number().int().nullish(),
    related_terms_list: z.array(z.object({ term: z.string(), related_terms: z.array(z.string()) })),
    exact_match: z.boolean().nullish(),
  }),
);
export type RelatedTerms = z.infer<typeof relatedTermsSchema>;
