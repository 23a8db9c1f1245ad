import {
  PinBridgeError,
  pinCreateSchema,
  scheduleCreateSchema,
  type PinBridgeClient,
  type Schedule,
} from '../pinbridge';
import { outboxItem, readChecked, storedSchemas } from '../storage';
import {
  NEVER,
  isFinal,
  pendingNotification,
  withAuthRestored,
  withFailure,
  withOnline,
  withPinStatus,
  withRetryRequested,
  withScheduleStatus,
} from './machine';
import type { OutboxEntry } from './schema';
import { t } from '@/utils/i18n';

export interface OutboxDeps {
  /** A client with the current credential, or `undefined` when signed out. */
  getClient(): Promise<PinBridgeClient | undefined>;
  /** A 401 anywhere ends the session. */
  onUnauthorized(): Promise<void>;
  notify(entry: OutboxEntry, outcome: 'published' | 'failed'): Promise<void>;
  /** Keep the worker (timer) and a restarted worker (alarm) coming back at `at`. */
  wakeAt(at: number | undefined): void;
  onChange?(entries: OutboxEntry[]): void;
  isOnline(): boolean;
  now(): number;
}

/** Finished entries kept for the history. */
export const HISTORY_LIMIT = 200;
const PARALLEL = 4;

function trim(entries: OutboxEntry[]): OutboxEntry[] {
  if (entries.length <= HISTORY_LIMIT) return entries;
  // Drop the oldest finished entries first; in-flight ones are never dropped.
  const finished = entries.filter(isFinal).sort((a, b) => a.updatedAt - b.updatedAt);
  const drop = new Set(finished.slice(0, entries.length - HISTORY_LIMIT).map((e) => e.id));
  return entries.filter((e) => !drop.has(e.id));
}

/**
 * The outbox: every publish request is stored before any network call, sent with its idempotency key
 * until PinBridge has it, and followed until it is published or failed, across worker restarts.
 */
export function createOutbox(deps: OutboxDeps) {
  let chain: Promise<unknown> = Promise.resolve();
  /** Serialises read-modify-write of the stored list: the worker is its only writer. */
  function locked<T>(fn: () => Promise<T>): Promise<T> {
    const run = chain.then(fn, fn);
    chain = run.catch(() => undefined);
    return run;
  }

  const read = () => readChecked(outboxItem, storedSchemas.outbox);

  async function write(entries: OutboxEntry[]): Promise<void> {
    const kept = trim(entries);
    await outboxItem.setValue(kept);
    deps.onChange?.(kept);
  }

  function update(id: string, change: (entry: OutboxEntry) => OutboxEntry): Promise<OutboxEntry | undefined> {
    return locked(async () => {
      const entries = await read();
      const index = entries.findIndex((e) => e.id === id);
      if (index < 0) return undefined;
      entries[index] = change(entries[index]!);
      await write(entries);
      return entries[index];
    });
  }

  async function add(newEntries: OutboxEntry[]): Promise<void> {
    await locked(async () => write([...(await read()), ...newEntries]));
    void process();
  }

  /** Re-sending a schedule whose first attempt may have arrived: find it instead of making a second one. */
  async function findSentSchedule(
    client: PinBridgeClient,
    entry: OutboxEntry,
  ): Promise<Schedule | undefined> {
    const runAt = Date.parse(entry.runAt ?? '');
    const page = await client.schedules.list({
      account_id: entry.target.accountId,
      board_id: entry.target.boardId,
      since: new Date(runAt - 1_000).toISOString(),
      until: new Date(runAt + 1_000).toISOString(),
      q: entry.title,
      limit: 50,
    });
    return page.items.find((s) => s.payload.title === entry.title && Date.parse(s.run_at) === runAt);
  }

  async function send(client: PinBridgeClient, entry: OutboxEntry): Promise<(e: OutboxEntry) => OutboxEntry> {
    if (entry.kind === 'pin') {
      // Marked before the request: if the worker dies now, the restart re-sends the same key.
      await update(entry.id, (e) => ({ ...e, maybeSent: true }));
      const pin = await client.pins.create(pinCreateSchema.parse(entry.payload));
      return (e) => withPinStatus(e, pin, deps.now());
    }
    const adopted = entry.maybeSent ? await findSentSchedule(client, entry) : undefined;
    if (adopted) return (e) => withScheduleStatus(e, adopted, deps.now());
    await update(entry.id, (e) => ({ ...e, maybeSent: true }));
    const schedule = await client.schedules.create(scheduleCreateSchema.parse(entry.payload));
    return (e) => withScheduleStatus(e, schedule, deps.now());
  }

  async function check(
    client: PinBridgeClient,
    entry: OutboxEntry,
  ): Promise<(e: OutboxEntry) => OutboxEntry> {
    if (entry.pinId) {
      const pin = await client.pins.get(entry.pinId);
      return (e) => withPinStatus(e, pin, deps.now());
    }
    const schedule = await client.schedules.get(entry.scheduleId!);
    return (e) => withScheduleStatus(e, schedule, deps.now());
  }

  async function step(client: PinBridgeClient, entry: OutboxEntry): Promise<void> {
    let next: (e: OutboxEntry) => OutboxEntry;
    try {
      next = entry.pinId || entry.scheduleId ? await check(client, entry) : await send(client, entry);
    } catch (error) {
      next = (e) => withFailure(e, error, deps.now(), deps.isOnline());
      if (error instanceof PinBridgeError && error.kind === 'auth') await deps.onUnauthorized();
    }
    const updated = await update(entry.id, next);
    if (updated) await notifyOnce(updated);
  }

  async function notifyOnce(entry: OutboxEntry): Promise<void> {
    const outcome = pendingNotification(entry);
    if (!outcome) return;
    // The notification id is derived from the entry, so even a repeat after a crash replaces, not adds.
    await deps.notify(entry, outcome);
    await update(entry.id, (e) => ({ ...e, notified: [...new Set([...e.notified, outcome])] }));
  }

  let running: Promise<void> | undefined;
  let again = false;

  /** Acts on every entry that is due, then arranges to wake for the next one. Safe to call any time. */
  function process(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await processOnce();
      } while (again);
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  async function processOnce(): Promise<void> {
    const now = deps.now();
    const entries = await read();
    // Outcomes reached before a restart but not yet notified.
    for (const entry of entries) if (pendingNotification(entry)) await notifyOnce(entry);
    const due = entries.filter((e) => !isFinal(e) && e.nextAttemptAt <= now && e.state !== 'needs-auth');
    if (due.length > 0) {
      const client = await deps.getClient();
      if (!client) {
        for (const entry of due)
          await update(entry.id, (e) => withFailure(e, authMissing(), deps.now(), true));
      } else {
        for (let i = 0; i < due.length; i += PARALLEL) {
          await Promise.all(due.slice(i, i + PARALLEL).map((entry) => step(client, entry)));
        }
      }
    }
    const pending = (await read()).filter((e) => !isFinal(e) && e.nextAttemptAt < NEVER);
    deps.wakeAt(pending.length ? Math.min(...pending.map((e) => e.nextAttemptAt)) : undefined);
  }

  async function transformAll(change: (entry: OutboxEntry, now: number) => OutboxEntry): Promise<void> {
    await locked(async () => {
      const now = deps.now();
      await write((await read()).map((e) => change(e, now)));
    });
    await process();
  }

  const retrying = new Set<string>();
  async function retryOnce(id: string): Promise<void> {
    const entry = (await read()).find((e) => e.id === id);
    if (!entry || entry.state !== 'failed') return;
    const client = await deps.getClient();
    if (!entry.pinId || entry.lastError?.kind !== 'publish' || !client) {
      await update(id, (e) => withRetryRequested({ ...e, pinId: null }, deps.now()));
      return;
    }
    const pinId = entry.pinId;
    try {
      const pin = await client.pins
        .retry(pinId)
        // 409: PinBridge holds the pin as no longer failed (retried elsewhere): follow what it is now.
        .catch((error: unknown) => (isConflict(error) ? client.pins.get(pinId) : Promise.reject(error)));
      await update(id, (e) => withPinStatus(withRetryRequested(e, deps.now()), pin, deps.now()));
    } catch (error) {
      await update(id, (e) =>
        withFailure(withRetryRequested(e, deps.now()), error, deps.now(), deps.isOnline()),
      );
    }
  }

  return {
    add,
    process,
    list: read,
    authRestored: () => transformAll(withAuthRestored),
    online: () => transformAll(withOnline),
    /** Retry a failed entry: PinBridge retries an existing failed pin; otherwise it is sent again. */
    async retry(id: string): Promise<void> {
      // Retry pressed twice: the second would find the entry still failed and ask PinBridge again.
      if (retrying.has(id)) return;
      retrying.add(id);
      try {
        await retryOnce(id);
      } finally {
        retrying.delete(id);
      }
      await process();
    },
  };
}

const isConflict = (error: unknown) => error instanceof PinBridgeError && error.kind === 'conflict';

function authMissing(): PinBridgeError {
  return new PinBridgeError({
    kind: 'auth',
    endpoint: 'outbox',
    message: t('signedOutDot'),
  });
}

export type Outbox = ReturnType<typeof createOutbox>;
