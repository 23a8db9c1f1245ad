import { z } from '@/utils/zod';
import { lazySchema } from '@/utils/lazy-schema';

export const ENTRY_STATES = [
  'sending',
  'queued',
  'deferred',
  'publishing',
  'published',
  'failed',
  'needs-auth',
  'offline',
] as const;
export type EntryState = (typeof ENTRY_STATES)[number];

export const FINAL_STATES: ReadonlySet<EntryState> = new Set(['published', 'failed']);

export const entryErrorSchema = lazySchema(() =>
  z.object({
    kind: z.string(),
    code: z.string().nullable(),
    message: z.string(),
    action: z.string(),
    requestId: z.string().nullable(),
    upgradeUrl: z.string().nullable(),
  }),
);
export type EntryError = z.infer<typeof entryErrorSchema>;

/** One pin the user asked to publish (now, or at `runAt`), from the moment of asking until it is final. */
export const outboxEntrySchema = lazySchema(() =>
  z.object({
    id: z.string(),
    kind: z.enum(['pin', 'schedule']),
    /** Sent with every attempt: PinBridge publishes a key once, however often it arrives. */
    idempotencyKey: z.string(),
    /** The exact request body (`PinCreate` or `ScheduleCreate`). */
    payload: z.record(z.string(), z.unknown()),
    target: z.object({
      accountId: z.string(),
      accountName: z.string(),
      boardId: z.string(),
      boardName: z.string(),
    }),
    title: z.string(),
    imageUrl: z.string().nullable(),
    runAt: z.string().nullable(),
    state: z.enum(ENTRY_STATES),
    attempts: z.number().int().nonnegative(),
    /** When the engine next acts on this entry (ms since epoch). */
    nextAttemptAt: z.number(),
    /** How many status checks so far, for the polling backoff. */
    polls: z.number().int().nonnegative(),
    /** A create request went out and its fate is unknown (schedules have no idempotency key). */
    maybeSent: z.boolean(),
    pinId: z.string().nullable(),
    scheduleId: z.string().nullable(),
    pinterestPinId: z.string().nullable(),
    /** Why PinBridge is holding a `deferred` pin. */
    note: z.string().nullable(),
    lastError: entryErrorSchema.nullable(),
    /** Outcomes already notified: a restart never notifies twice. */
    notified: z.array(z.enum(['published', 'failed'])),
    createdAt: z.number(),
    updatedAt: z.number(),
    removedAt: z.string().nullable(),
  }),
);
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;
