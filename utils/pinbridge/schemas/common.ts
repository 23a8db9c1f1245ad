import { z } from '@/utils/zod';
import { lazySchema } from '@/utils/lazy-schema';
import { t } from '@/utils/i18n';

/*
 * Building blocks shared by the response schemas. Liberal on purpose: the API evolved across many
 * versions, so older shapes (absent fields), nulls, unknown keys and future enum values all parse.
 */

/** Any 8-4-4-4-12 hex id; SDK fixtures use ids (1111…) that fail strict RFC UUID checks. */
export const idSchema = lazySchema(() => z.guid());

/** Board and Pinterest ids are opaque strings (digits in practice); some old payloads send numbers. */
export const opaqueIdSchema = lazySchema(() => z.union([z.string(), z.number().transform(String)]));

/** ISO-8601 with `Z` or `±HH:MM`, fractional seconds allowed. */
export const timestampSchema = lazySchema(() => z.iso.datetime({ offset: true }));

/** Text fields that may be `null` or missing altogether on older APIs. */
export const nullableText = lazySchema(() => z.string().nullish());
export const nullableTimestamp = lazySchema(() => timestampSchema.nullish());

/** An enum that tolerates values added after this client was written, reported as `unknown`. */
export function openEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.union([z.enum(values), z.string().transform(() => 'unknown' as const)]);
}

export const PIN_STATUSES = ['queued', 'deferred', 'publishing', 'published', 'failed'] as const;
export const pinStatusSchema = lazySchema(() => openEnum(PIN_STATUSES));
export type PinStatus = z.infer<typeof pinStatusSchema>;

export const SCHEDULE_STATUSES = [
  'scheduled',
  'queued',
  'deferred',
  'running',
  'done',
  'failed',
  'canceled',
] as const;
export const scheduleStatusSchema = lazySchema(() => openEnum(SCHEDULE_STATUSES));
export type ScheduleStatus = z.infer<typeof scheduleStatusSchema>;

/** An http(s) URL of at most 2048 characters, as PinBridge accepts for links and images. */
export const httpUrlSchema = lazySchema(() =>
  z
    .string()
    .max(2048, t('linkTooLong', '2048'))
    .refine((value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'http:' || url.protocol === 'https:';
      } catch {
        return false;
      }
    }, t('fieldBadLink')),
);
