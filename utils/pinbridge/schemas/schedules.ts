import { z } from '@/utils/zod';
import { lazySchema } from '@/utils/lazy-schema';
import {
  httpUrlSchema,
  idSchema,
  nullableText,
  opaqueIdSchema,
  scheduleStatusSchema,
  timestampSchema,
} from './common';
import { LIMITS, oneMediaSource } from './pins';
import { t } from '@/utils/i18n';

/** `run_at` must carry an explicit offset (a naive time is refused) and lie in the future. */
export const runAtSchema = lazySchema(() =>
  z.iso
    .datetime({ offset: true, error: t('scheduleOffset') })
    .refine((value) => Date.parse(value) > Date.now(), t('scheduleFuture')),
);

export const scheduleCreateSchema = lazySchema(() =>
  z
    .strictObject({
      account_id: idSchema,
      run_at: runAtSchema,
      board_id: z.string().min(1, t('composeChooseBoard')),
      title: z.string().trim().min(1, t('fieldNeedsTitle')).max(LIMITS.title),
      description: z.string().max(LIMITS.description).optional(),
      link_url: httpUrlSchema.optional(),
      image_url: httpUrlSchema.optional(),
      asset_id: idSchema.optional(),
      cover_image_url: httpUrlSchema.optional(),
      cover_image_asset_id: idSchema.optional(),
    })
    .superRefine(oneMediaSource),
);
export type ScheduleCreate = z.input<typeof scheduleCreateSchema>;

export const scheduleSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    workspace_id: idSchema.nullish(),
    pinterest_account_id: idSchema,
    run_at: timestampSchema,
    status: scheduleStatusSchema,
    payload: z.object({
      board_id: opaqueIdSchema,
      title: z.string(),
      description: nullableText,
      link_url: nullableText,
      media_type: nullableText,
      media_url: nullableText,
      image_url: nullableText,
      asset_id: idSchema.nullish(),
      cover_image_url: nullableText,
    }),
    last_error: nullableText,
    pin_id: idSchema.nullish(),
    created_at: timestampSchema,
    updated_at: timestampSchema.nullish(),
  }),
);
export type Schedule = z.infer<typeof scheduleSchema>;

export const scheduleListQuerySchema = lazySchema(() =>
  z.strictObject({
    limit: z.number().int().min(1).max(200).optional(),
    offset: z.number().int().min(0).optional(),
    account_id: idSchema.optional(),
    board_id: z.string().optional(),
    status: z.string().optional(),
    since: timestampSchema.optional(),
    until: timestampSchema.optional(),
    q: z.string().optional(),
    sort: z
      .enum([
        'created_at_desc',
        'created_at_asc',
        'run_at_desc',
        'run_at_asc',
        'status_asc',
        'status_desc',
        'title_asc',
        'title_desc',
      ])
      .optional(),
  }),
);
export type ScheduleListQuery = z.input<typeof scheduleListQuerySchema>;
