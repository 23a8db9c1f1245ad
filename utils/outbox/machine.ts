import {
  PinBridgeError,
  isRetryable,
  retryDelayMs,
  type Pin,
  type RetryPolicy,
  type Schedule,
} from '../pinbridge';
import { FINAL_STATES, type EntryError, type EntryState, type OutboxEntry } from './schema';
import { t } from '@/utils/i18n';

/*
 * The outbox state machine: pure functions from (entry, what happened, now) to the next entry. The engine
 * does the I/O; everything that decides lives here, so every transition is unit-tested.
 */

/** Waiting for something other than time (sign-in, connectivity): not scheduled by the clock. */
export const NEVER = Number.MAX_SAFE_INTEGER;
/** Retryable send failures before the entry fails for good (the user can still press Retry). */
export const MAX_SEND_ATTEMPTS = 8;
/** While offline, look again this often even if no `online` event arrives. */
export const OFFLINE_RECHECK_MS = 30_000;

export const SEND_RETRY_POLICY: RetryPolicy = {
  baseMs: 500,
  maxMs: 60_000,
  maxRetryAfterMs: 15 * 60_000,
  random: Math.random,
};

/** First status check about a second after the pin exists, then backing off to every 30 s. */
export function pollDelayMs(polls: number): number {
  return Math.min(30_000, 1_000 * 2 ** Math.min(polls, 5));
}

export function isFinal(entry: OutboxEntry): boolean {
  return FINAL_STATES.has(entry.state);
}

export function isInFlight(entry: OutboxEntry): boolean {
  return !isFinal(entry);
}

export function toEntryError(error: unknown): EntryError {
  if (error instanceof PinBridgeError) {
    return {
      kind: error.kind,
      code: error.code ?? null,
      message: error.message,
      action: error.action,
      requestId: error.requestId ?? null,
      upgradeUrl: error.upgradeUrl ?? null,
    };
  }
  return {
    kind: 'unexpected',
    code: null,
    message: error instanceof Error ? error.message : String(error),
    action: t('outboxUnexpectedAction'),
    requestId: null,
    upgradeUrl: null,
  };
}

/** A failure PinBridge reported for the pin itself (not for our request). */
function publishError(code: string | null, message: string, action: string): EntryError {
  return { kind: 'publish', code, message, action, requestId: null, upgradeUrl: null };
}

const PIN_STATE: Record<string, EntryState> = {
  queued: 'queued',
  deferred: 'deferred',
  publishing: 'publishing',
  published: 'published',
  failed: 'failed',
};

/** The pin exists on PinBridge (just created, or read back): follow its status. */
export function withPinStatus(entry: OutboxEntry, pin: Pin, now: number): OutboxEntry {
  // Unknown future statuses are not final: keep checking.
  const state = PIN_STATE[pin.status] ?? 'queued';
  const polls = entry.pinId === pin.id ? entry.polls + 1 : 0;
  const failed = state === 'failed';
  return {
    ...entry,
    state,
    pinId: pin.id,
    pinterestPinId: pin.pinterest_pin_id ?? null,
    note: state === 'deferred' ? (pin.error_message ?? t('outboxPaced')) : null,
    removedAt: pin.removed_from_pinterest_at ?? null,
    lastError: failed
      ? publishError(
          pin.error_code ?? null,
          pin.error_message ?? t('outboxNotAccepted'),
          t('outboxCheckRetry'),
        )
      : null,
    polls,
    maybeSent: false,
    nextAttemptAt: FINAL_STATES.has(state) ? NEVER : now + pollDelayMs(polls),
    updatedAt: now,
  };
}

const SCHEDULE_STATE: Record<string, EntryState> = {
  scheduled: 'queued',
  queued: 'queued',
  deferred: 'deferred',
  running: 'publishing',
  done: 'publishing',
  failed: 'failed',
  canceled: 'failed',
};

/** A schedule waits on PinBridge until `run_at`; then its pin is followed like any other. */
export function withScheduleStatus(entry: OutboxEntry, schedule: Schedule, now: number): OutboxEntry {
  const state = SCHEDULE_STATE[schedule.status] ?? 'queued';
  const polls = entry.scheduleId === schedule.id ? entry.polls + 1 : 0;
  const runAt = Date.parse(schedule.run_at);
  // Before run_at there is nothing to check: wake just after it.
  const next =
    state === 'failed'
      ? NEVER
      : Math.max(now + pollDelayMs(polls), Math.min(runAt + 1_000, now + 30 * 60_000));
  return {
    ...entry,
    state,
    scheduleId: schedule.id,
    pinId: schedule.pin_id ?? entry.pinId,
    polls,
    maybeSent: false,
    lastError:
      state === 'failed'
        ? publishError(
            schedule.status === 'canceled' ? 'canceled' : null,
            schedule.status === 'canceled'
              ? t('outboxCanceled')
              : (schedule.last_error ?? t('outboxScheduleFailed')),
            t('outboxScheduleAgain'),
          )
        : null,
    nextAttemptAt: schedule.pin_id ? now : next,
    updatedAt: now,
  };
}

/** A request failed: retry later, wait for sign-in or connectivity, or stop with a reason. */
export function withFailure(
  entry: OutboxEntry,
  error: unknown,
  now: number,
  online: boolean,
  policy = SEND_RETRY_POLICY,
): OutboxEntry {
  const lastError = toEntryError(error);
  const sending = entry.pinId === null && entry.scheduleId === null;
  const base = { ...entry, lastError, updatedAt: now };
  if (error instanceof PinBridgeError && error.kind === 'auth') {
    return { ...base, state: 'needs-auth', nextAttemptAt: NEVER };
  }
  if (error instanceof PinBridgeError && error.kind === 'network' && !online) {
    return { ...base, state: 'offline', nextAttemptAt: now + OFFLINE_RECHECK_MS };
  }
  if (isRetryable(error)) {
    const attempts = entry.attempts + 1;
    if (sending && attempts >= MAX_SEND_ATTEMPTS)
      return { ...base, attempts, state: 'failed', nextAttemptAt: NEVER };
    // A status check that fails keeps the entry's state; a send stays `sending`.
    return {
      ...base,
      attempts,
      state: sending ? 'sending' : entry.state,
      nextAttemptAt: now + retryDelayMs(error, entry.attempts, policy),
    };
  }
  // Not retryable (quota, scope, gone, conflict, invalid): the user must act.
  return { ...base, state: 'failed', nextAttemptAt: NEVER };
}

/** Signed in again: what waited for it goes on now. */
export function withAuthRestored(entry: OutboxEntry, now: number): OutboxEntry {
  if (entry.state !== 'needs-auth') return entry;
  const following = entry.pinId !== null || entry.scheduleId !== null;
  return {
    ...entry,
    state: following ? 'queued' : 'sending',
    lastError: null,
    nextAttemptAt: now,
    updatedAt: now,
  };
}

/** Connectivity is back: offline entries go on now. */
export function withOnline(entry: OutboxEntry, now: number): OutboxEntry {
  if (entry.state !== 'offline') return entry;
  const following = entry.pinId !== null || entry.scheduleId !== null;
  return { ...entry, state: following ? 'queued' : 'sending', nextAttemptAt: now, updatedAt: now };
}

/**
 * The user pressed Retry on a failed entry. A pin that exists is retried on PinBridge (the engine calls
 * `pins.retry`); one that never got created is sent again with the same idempotency key.
 */
export function withRetryRequested(entry: OutboxEntry, now: number): OutboxEntry {
  if (entry.state !== 'failed') return entry;
  return {
    ...entry,
    state: entry.pinId ? 'queued' : 'sending',
    attempts: 0,
    polls: 0,
    lastError: null,
    notified: entry.notified.filter((outcome) => outcome !== 'failed'),
    nextAttemptAt: now,
    updatedAt: now,
  };
}

/** Outcomes that are due a notification and have not had one. */
export function pendingNotification(entry: OutboxEntry): 'published' | 'failed' | undefined {
  if (entry.state === 'published' && !entry.notified.includes('published')) return 'published';
  if (entry.state === 'failed' && !entry.notified.includes('failed')) return 'failed';
  return undefined;
}
