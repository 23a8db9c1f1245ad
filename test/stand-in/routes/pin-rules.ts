import { z } from 'zod';
import { UUID } from '../respond';

/** The API's own checks on pin and schedule bodies (FastAPI semantics: extra keys are ignored). */

const httpUrl = z
  .string()
  .max(2048, 'String should have at most 2048 characters')
  .regex(/^https?:\/\/[^\s/$.?#].[^\s]*$/i, "URL scheme should be 'http' or 'https'");

export const pinBody = z
  .object({
    account_id: z.string().regex(UUID, 'Input should be a valid UUID'),
    board_id: z.string().min(1),
    title: z
      .string()
      .min(1, 'String should have at least 1 character')
      .max(100, 'String should have at most 100 characters'),
    description: z.string().max(800, 'String should have at most 800 characters').nullish(),
    alt_text: z.string().max(500, 'String should have at most 500 characters').nullish(),
    link_url: httpUrl.nullish(),
    image_url: httpUrl.nullish(),
    asset_id: z.string().regex(UUID, 'Input should be a valid UUID').nullish(),
    cover_image_url: httpUrl.nullish(),
    cover_image_asset_id: z.string().regex(UUID).nullish(),
    related_terms: z.array(z.string()).nullish(),
    dominant_color: z
      .string()
      .regex(/^#?[0-9a-fA-F]{6}$/)
      .nullish(),
    idempotency_key: z.string().min(1).max(255),
  })
  .refine((b) => !b.image_url !== !b.asset_id, {
    message: 'Value error, Provide exactly one of image_url or asset_id',
    path: [],
  });
export type PinBody = z.infer<typeof pinBody>;

export const scheduleBody = z
  .object({
    account_id: z.string().regex(UUID, 'Input should be a valid UUID'),
    run_at: z.string(),
    board_id: z.string().min(1),
    title: z.string().min(1).max(100, 'String should have at most 100 characters'),
    description: z.string().max(800).nullish(),
    link_url: httpUrl.nullish(),
    image_url: httpUrl.nullish(),
    asset_id: z.string().regex(UUID).nullish(),
    cover_image_url: httpUrl.nullish(),
  })
  .refine((b) => !b.image_url !== !b.asset_id, {
    message: 'Value error, Provide exactly one of image_url or asset_id',
    path: [],
  })
  .superRefine((b, ctx) => {
    if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(b.run_at) || Number.isNaN(Date.parse(b.run_at))) {
      ctx.addIssue({
        code: 'custom',
        path: ['run_at'],
        message: 'Value error, run_at must include a timezone offset',
      });
    } else if (Date.parse(b.run_at) <= Date.now()) {
      ctx.addIssue({
        code: 'custom',
        path: ['run_at'],
        message: 'Value error, run_at must be in the future',
      });
    }
  });
export type ScheduleBody = z.infer<typeof scheduleBody>;
