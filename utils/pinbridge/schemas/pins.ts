import { z } from '@/utils/zod';
import { lazySchema } from '@/utils/lazy-schema';
import {
  httpUrlSchema,
  idSchema,
  nullableText,
  nullableTimestamp,
  opaqueIdSchema,
  pinStatusSchema,
  timestampSchema,
} from './common';
import { t } from '@/utils/i18n';

export const LIMITS = { title: 100, description: 800, altText: 500, link: 2048 } as const;

const pinTextFields = {
  title: z
    .string()
    .trim()
    .min(1, t('fieldNeedsTitle'))
    .max(LIMITS.title, t('pinTitleTooLong', String(LIMITS.title))),
  description: z
    .string()
    .max(LIMITS.description, t('pinDescriptionTooLong', String(LIMITS.description)))
    .optional(),
  link_url: httpUrlSchema.optional(),
};

/** Exactly one media source: an image PinBridge fetches itself, or an uploaded asset. */
export function oneMediaSource(value: { image_url?: string; asset_id?: string }, ctx: z.RefinementCtx) {
  if ((value.image_url === undefined) === (value.asset_id === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['image_url'],
      message: t('pinOneImage'),
    });
  }
}

export const pinCreateSchema = lazySchema(() =>
  z
    .strictObject({
      account_id: idSchema,
      board_id: z.string().min(1, t('composeChooseBoard')),
      ...pinTextFields,
      alt_text: z
        .string()
        .max(LIMITS.altText, t('pinAltTooLong', String(LIMITS.altText)))
        .optional(),
      image_url: httpUrlSchema.optional(),
      asset_id: idSchema.optional(),
      cover_image_url: httpUrlSchema.optional(),
      cover_image_asset_id: idSchema.optional(),
      related_terms: z.array(z.string().trim().min(1)).optional(),
      dominant_color: z
        .string()
        .regex(/^#?[0-9a-fA-F]{6}$/)
        .optional(),
      idempotency_key: z.string().min(1).max(255),
    })
    .superRefine(oneMediaSource),
);
export type PinCreate = z.input<typeof pinCreateSchema>;

export const pinSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    workspace_id: idSchema.nullish(),
    pinterest_account_id: idSchema,
    status: pinStatusSchema,
    media_type: z.string().nullish(),
    title: z.string(),
    description: nullableText,
    alt_text: nullableText,
    link_url: nullableText,
    dominant_color: nullableText,
    cover_image_url: nullableText,
    related_terms: z.array(z.string()).nullish(),
    media_url: nullableText,
    image_url: nullableText,
    asset_id: idSchema.nullish(),
    board_id: opaqueIdSchema,
    pinterest_pin_id: opaqueIdSchema.nullish(),
    error_code: nullableText,
    error_message: nullableText,
    idempotency_key: z.string().nullish(),
    created_at: timestampSchema,
    updated_at: timestampSchema.nullish(),
    published_at: nullableTimestamp,
    failed_at: nullableTimestamp,
    removed_from_pinterest_at: nullableTimestamp,
  }),
);
export type Pin = z.infer<typeof pinSchema>;

export const PIN_SORTS = [
  'created_at_desc',
  'created_at_asc',
  'published_at_desc',
  'published_at_asc',
  'title_asc',
  'title_desc',
  'status_asc',
  'status_desc',
] as const;

export const pinListQuerySchema = lazySchema(() =>
  z.strictObject({
    limit: z.number().int().min(1).max(200).optional(),
    offset: z.number().int().min(0).optional(),
    account_id: idSchema.optional(),
    board_id: z.string().optional(),
    status: z.string().optional(),
    error_code: z.string().optional(),
    since: timestampSchema.optional(),
    until: timestampSchema.optional(),
    q: z.string().optional(),
    sort: z.enum(PIN_SORTS).optional(),
    removed: z.boolean().optional(),
  }),
);
export type PinListQuery = z.input<typeof pinListQuerySchema>;

export const pinValidationSchema = lazySchema(() =>
  z.object({
    valid: z.boolean(),
    dry_run: z.boolean().nullish(),
    checks: z.array(
      z.object({
        name: z.string(),
        status: z.string(),
        code: nullableText,
        message: z.string().nullish(),
        remediation: nullableText,
        details: z.unknown().nullish(),
      }),
    ),
    resolved: z.record(z.string(), z.unknown()).nullish(),
    existing_pin_id: idSchema.nullish(),
    headroom: z.record(z.string(), z.unknown()).nullish(),
  }),
);
export type PinValidation = z.infer<typeof pinValidationSchema>;

export const pinDeleteResultSchema = lazySchema(() =>
  z.object({
    id: idSchema.nullish(),
    deleted: z.boolean().nullish(),
    removed_from_pinterest: z.boolean().nullish(),
    pinterest_pin_id: z.string().nullish(),
    reason: nullableText,
  }),
);
export type PinDeleteResult = z.infer<typeof pinDeleteResultSchema>;

export const pinRetryRequestSchema = lazySchema(() =>
  z.strictObject({
    board_id: z.string().min(1).optional(),
    account_id: idSchema.optional(),
  }),
);

export const jobStatusSchema = lazySchema(() =>
  z.object({
    job_id: idSchema,
    pin_id: idSchema,
    status: pinStatusSchema,
    submitted_at: timestampSchema.nullish(),
    completed_at: nullableTimestamp,
    pinterest_pin_id: opaqueIdSchema.nullish(),
    error_code: nullableText,
    error_message: nullableText,
  }),
);
export type JobStatus = z.infer<typeof jobStatusSchema>;
