import { describe, expect, it } from 'vitest';
import {
  MAX_SEND_ATTEMPTS,
  NEVER,
  pendingNotification,
  pollDelayMs,
  withAuthRestored,
  withFailure,
  withOnline,
  withPinStatus,
  withRetryRequested,
  withScheduleStatus,
} from '@/utils/outbox/machine';
import { newEntry } from '@/utils/outbox/new-entry';
import type { OutboxEntry } from '@/utils/outbox/schema';
import { PinBridgeError, type Pin, type Schedule } from '@/utils/pinbridge';

const NOW = 1_800_000_000_000;
const ACCOUNT = '11111111-1111-1111-1111-111111111111';
const names = { accountName: 'Kitchen', boardName: 'Soups' };
const request = { accountId: ACCOUNT, boardId: '900', title: 'Soup', imageUrl: 'https://img.example/a.jpg' };
const fresh = (): OutboxEntry => newEntry(request, names, NOW, 'e1');

const pin = (status: string, extra: Partial<Pin> = {}): Pin =>
  ({
    id: '22222222-2222-2222-2222-222222222222',
    pinterest_account_id: ACCOUNT,
    status,
    title: 'Soup',
    board_id: '900',
    created_at: '2026-11-24T00:00:00Z',
    ...extra,
  }) as Pin;

const err = (kind: PinBridgeError['kind'], status?: number, extra: Partial<PinBridgeError> = {}) =>
  new PinBridgeError({ kind, status, endpoint: 'POST /v1/pins', message: `${kind} happened`, ...extra });

describe('a new entry', () => {
  it('is sending, due now, with the exact request body and a stable idempotency key', () => {
    const entry = fresh();
    expect(entry).toMatchObject({
      state: 'sending',
      nextAttemptAt: NOW,
      attempts: 0,
      kind: 'pin',
      idempotencyKey: 'ext-e1',
    });
    expect(entry.payload).toEqual({
      account_id: ACCOUNT,
      board_id: '900',
      title: 'Soup',
      image_url: request.imageUrl,
      idempotency_key: 'ext-e1',
    });
  });

  it('is a schedule when it has run_at, without an idempotency key in the body', () => {
    const runAt = new Date(Date.now() + 3_600_000).toISOString();
    const entry = newEntry({ ...request, runAt }, names, NOW, 'e2');
    expect(entry.kind).toBe('schedule');
    expect(entry.payload).toMatchObject({ run_at: runAt });
    expect(entry.payload).not.toHaveProperty('idempotency_key');
  });

  it('refuses what PinBridge would refuse, before anything is stored', () => {
    expect(() => newEntry({ ...request, title: 'x'.repeat(101) }, names, NOW)).toThrow(PinBridgeError);
  });
});

describe('transitions', () => {
  it.each([
    ['queued', 'queued'],
    ['deferred', 'deferred'],
    ['publishing', 'publishing'],
    ['published', 'published'],
    ['failed', 'failed'],
    ['unknown', 'queued'],
  ])('pin status %s → entry %s', (status, state) => {
    expect(withPinStatus(fresh(), pin(status), NOW).state).toBe(state);
  });

  it('first status check about a second after creation, then backing off to 30 s', () => {
    const created = withPinStatus(fresh(), pin('queued'), NOW);
    expect(created.nextAttemptAt - NOW).toBe(1_000);
    expect([0, 1, 2, 3, 4, 5, 6, 9].map(pollDelayMs)).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
    const again = withPinStatus(created, pin('queued'), NOW);
    expect(again.nextAttemptAt - NOW).toBe(2_000);
  });

  it('deferred is not final and carries PinBridge’s reason', () => {
    const entry = withPinStatus(
      fresh(),
      pin('deferred', { error_code: 'rate_paced', error_message: 'Pacing this account' }),
      NOW,
    );
    expect(entry).toMatchObject({ state: 'deferred', note: 'Pacing this account' });
    expect(entry.nextAttemptAt).toBeLessThan(NEVER);
  });

  it('published records the Pinterest id and stops checking', () => {
    const entry = withPinStatus(fresh(), pin('published', { pinterest_pin_id: '777' }), NOW);
    expect(entry).toMatchObject({ state: 'published', pinterestPinId: '777', nextAttemptAt: NEVER });
  });

  it('a failed pin keeps PinBridge’s reason', () => {
    const entry = withPinStatus(
      fresh(),
      pin('failed', { error_code: 'invalid_image', error_message: 'Image too small' }),
      NOW,
    );
    expect(entry.lastError).toMatchObject({
      kind: 'publish',
      code: 'invalid_image',
      message: 'Image too small',
    });
  });

  it.each([
    ['server', 500],
    ['timeout', undefined],
    ['rate_limited', 429],
  ] as const)('a retryable %s failure while sending stays sending, with backoff', (kind, status) => {
    const entry = withFailure(fresh(), err(kind, status), NOW, true);
    expect(entry).toMatchObject({ state: 'sending', attempts: 1 });
    expect(entry.nextAttemptAt).toBeGreaterThan(NOW);
  });

  it('honours retry-after', () => {
    expect(
      withFailure(fresh(), err('rate_limited', 429, { retryAfterSeconds: 7 }), NOW, true).nextAttemptAt,
    ).toBe(NOW + 7_000);
  });

  it(`fails after ${MAX_SEND_ATTEMPTS} retryable attempts`, () => {
    let entry = fresh();
    for (let i = 0; i < MAX_SEND_ATTEMPTS; i++) entry = withFailure(entry, err('server', 503), NOW, true);
    expect(entry.state).toBe('failed');
  });

  it('a network error while offline waits as offline; back online it is due at once', () => {
    const offline = withFailure(fresh(), err('network'), NOW, false);
    expect(offline.state).toBe('offline');
    expect(withOnline(offline, NOW + 5)).toMatchObject({ state: 'sending', nextAttemptAt: NOW + 5 });
  });

  it('a network error while online is retried', () => {
    expect(withFailure(fresh(), err('network'), NOW, true).state).toBe('sending');
  });

  it('401 waits for sign-in; after sign-in it is due at once', () => {
    const waiting = withFailure(fresh(), err('auth', 401), NOW, true);
    expect(waiting).toMatchObject({ state: 'needs-auth', nextAttemptAt: NEVER });
    expect(withAuthRestored(waiting, NOW + 9)).toMatchObject({
      state: 'sending',
      nextAttemptAt: NOW + 9,
      lastError: null,
    });
  });

  it('a needs-auth entry that already has its pin goes back to checking it', () => {
    const created = withPinStatus(fresh(), pin('queued'), NOW);
    const waiting = withFailure(created, err('auth', 401), NOW, true);
    expect(withAuthRestored(waiting, NOW).state).toBe('queued');
  });

  it.each([
    ['quota', 402, 'quota_exceeded'],
    ['forbidden', 403, 'insufficient_scope'],
    ['not_found', 404, undefined],
    ['conflict', 409, 'pin_publishing'],
    ['validation', 422, 'board_not_found'],
  ] as const)('%s (%s) stops with the reason and the action', (kind, status, code) => {
    const entry = withFailure(
      fresh(),
      err(kind, status, { code, upgradeUrl: 'https://up.example' }),
      NOW,
      true,
    );
    expect(entry.state).toBe('failed');
    expect(entry.lastError).toMatchObject({
      kind,
      code: code ?? null,
      message: `${kind} happened`,
      upgradeUrl: 'https://up.example',
    });
    expect(entry.lastError?.action).toBeTruthy();
  });

  it('a failed status check keeps the entry’s state and retries', () => {
    const created = withPinStatus(fresh(), pin('publishing'), NOW);
    expect(withFailure(created, err('server', 502), NOW, true)).toMatchObject({
      state: 'publishing',
      attempts: 1,
    });
  });

  it('retry of a failed entry: sent again (same key) when it never got created', () => {
    const failed = withFailure(fresh(), err('quota', 402), NOW, true);
    const again = withRetryRequested({ ...failed, notified: ['failed'] }, NOW);
    expect(again).toMatchObject({
      state: 'sending',
      attempts: 0,
      lastError: null,
      notified: [],
      idempotencyKey: 'ext-e1',
    });
  });

  it('schedules wait until run_at, then follow their pin', () => {
    const runAt = new Date(NOW + 600_000).toISOString();
    const schedule = (status: string, pinId: string | null = null) =>
      ({
        id: '33333333-3333-3333-3333-333333333333',
        pinterest_account_id: ACCOUNT,
        run_at: runAt,
        status,
        payload: { board_id: '900', title: 'Soup' },
        pin_id: pinId,
        created_at: runAt,
      }) as Schedule;
    const scheduled = withScheduleStatus(fresh(), schedule('scheduled'), NOW);
    expect(scheduled).toMatchObject({ state: 'queued', scheduleId: expect.any(String) });
    expect(scheduled.nextAttemptAt).toBe(NOW + 601_000);
    const running = withScheduleStatus(
      scheduled,
      schedule('running', '22222222-2222-2222-2222-222222222222'),
      NOW,
    );
    expect(running).toMatchObject({ pinId: '22222222-2222-2222-2222-222222222222', nextAttemptAt: NOW });
    expect(withScheduleStatus(scheduled, schedule('canceled'), NOW)).toMatchObject({
      state: 'failed',
      lastError: { code: 'canceled' },
    });
  });
});

describe('notifications', () => {
  it('are due once per outcome', () => {
    const published = withPinStatus(fresh(), pin('published'), NOW);
    expect(pendingNotification(published)).toBe('published');
    expect(pendingNotification({ ...published, notified: ['published'] })).toBeUndefined();
    expect(pendingNotification(fresh())).toBeUndefined();
  });
});
