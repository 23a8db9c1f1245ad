import { z } from '@/utils/zod';
import { lazySchema } from '@/utils/lazy-schema';
import { pinCreateSchema, scheduleCreateSchema, type PinBridgeError } from '../pinbridge';
import { requestValidationError } from '../pinbridge/errors';
import type { OutboxEntry } from './schema';

/** What the UI asks for: one pin to one board, now or at `runAt`. */
export const publishRequestSchema = lazySchema(() =>
  z.object({
    accountId: z.string(),
    boardId: z.string(),
    title: z.string(),
    description: z.string().optional(),
    link: z.string().optional(),
    altText: z.string().optional(),
    imageUrl: z.string().optional(),
    assetId: z.string().optional(),
    /** A video pin's cover: an image address, or an uploaded image asset. */
    coverImageUrl: z.string().optional(),
    coverAssetId: z.string().optional(),
    runAt: z.string().optional(),
  }),
);
export type PublishRequest = z.infer<typeof publishRequestSchema>;

export interface TargetNames {
  accountName: string;
  boardName: string;
}

/** Builds the entry with the exact request body it will send, refusing what PinBridge would refuse. */
export function newEntry(
  request: PublishRequest,
  names: TargetNames,
  now: number,
  id: string = crypto.randomUUID(),
): OutboxEntry {
  const common = {
    account_id: request.accountId,
    board_id: request.boardId,
    title: request.title.trim(),
    description: request.description?.trim() || undefined,
    link_url: request.link?.trim() || undefined,
    image_url: request.assetId ? undefined : request.imageUrl,
    asset_id: request.assetId,
    cover_image_url: request.coverAssetId ? undefined : request.coverImageUrl,
    cover_image_asset_id: request.coverAssetId,
  };
  const scheduled = request.runAt !== undefined;
  const schema = scheduled ? scheduleCreateSchema : pinCreateSchema;
  const body = scheduled
    ? { ...common, run_at: request.runAt }
    : { ...common, alt_text: request.altText?.trim() || undefined, idempotency_key: `ext-${id}` };
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw requestValidationError(
      scheduled ? 'POST /v1/schedules' : 'POST /v1/pins',
      parsed.error,
    ) as PinBridgeError;
  return {
    id,
    kind: scheduled ? 'schedule' : 'pin',
    idempotencyKey: `ext-${id}`,
    payload: JSON.parse(JSON.stringify(parsed.data)) as Record<string, unknown>,
    target: { accountId: request.accountId, boardId: request.boardId, ...names },
    title: common.title,
    // Kept to recognise the same picture later; a data: URL is too big to keep and never repeats anyway.
    imageUrl: request.imageUrl && request.imageUrl.length <= 8192 ? request.imageUrl : null,
    runAt: request.runAt ?? null,
    state: 'sending',
    attempts: 0,
    nextAttemptAt: now,
    polls: 0,
    maybeSent: false,
    pinId: null,
    scheduleId: null,
    pinterestPinId: null,
    note: null,
    lastError: null,
    notified: [],
    createdAt: now,
    updatedAt: now,
    removedAt: null,
  };
}
