import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createOutbox, type OutboxDeps } from '@/utils/outbox/engine';
import { newEntry } from '@/utils/outbox/new-entry';
import type { OutboxEntry } from '@/utils/outbox/schema';
import { PinBridgeError, type Pin, type PinBridgeClient } from '@/utils/pinbridge';
import { outboxItem } from '@/utils/storage';

const ACCOUNT = '11111111-1111-1111-1111-111111111111';
const PIN_ID = '22222222-2222-2222-2222-222222222222';
const names = { accountName: 'Kitchen', boardName: 'Soups' };
const entry = (id: string) =>
  newEntry(
    { accountId: ACCOUNT, boardId: '900', title: `Pin ${id}`, imageUrl: 'https://img.example/a.jpg' },
    names,
    Date.now(),
    id,
  );
const pin = (status: string, extra: Partial<Pin> = {}) =>
  ({
    id: PIN_ID,
    pinterest_account_id: ACCOUNT,
    status,
    title: 'Soup',
    board_id: '900',
    created_at: '2026-11-24T00:00:00Z',
    ...extra,
  }) as Pin;

/** A PinBridge that answers from a script, and records what it was asked. */
function fakeApi() {
  const calls: string[] = [];
  const api = {
    create: vi.fn(async (_body: unknown) => pin('queued')),
    get: vi.fn(async (_id: string) => pin('published', { pinterest_pin_id: '777' })),
    retry: vi.fn(async (_id: string) => pin('queued')),
  };
  const client = {
    pins: {
      create: (body: unknown) => (calls.push('create'), api.create(body)),
      get: (id: string) => (calls.push('get'), api.get(id)),
      retry: (id: string) => (calls.push('retry'), api.retry(id)),
    },
  } as unknown as PinBridgeClient;
  return { api, client, calls };
}

function setup(client: PinBridgeClient | undefined, overrides: Partial<OutboxDeps> = {}) {
  const notified: string[] = [];
  let wake: number | undefined;
  const deps: OutboxDeps = {
    getClient: async () => client,
    onUnauthorized: vi.fn(async () => undefined),
    notify: async (e, outcome) => void notified.push(`${outcome}:${e.id}`),
    wakeAt: (at) => (wake = at),
    isOnline: () => true,
    now: () => Date.now(),
    ...overrides,
  };
  return { outbox: createOutbox(deps), deps, notified, wake: () => wake };
}

const stored = async (id: string) => (await outboxItem.getValue()).find((e) => e.id === id)!;

describe('outbox engine', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useRealTimers();
  });

  it('stores the entry before any network call', async () => {
    const { api, client } = fakeApi();
    let seenStored: OutboxEntry[] = [];
    api.create.mockImplementation(async () => {
      seenStored = await outboxItem.getValue();
      return pin('queued');
    });
    const { outbox } = setup(client);
    await outbox.add([entry('a')]);
    await outbox.process();
    expect(seenStored.map((e) => [e.id, e.state, e.maybeSent])).toEqual([['a', 'sending', true]]);
  });

  it('creates, then checks on the due time, publishes and notifies once', async () => {
    const { client, calls } = fakeApi();
    const { outbox, notified, wake } = setup(client);
    await outbox.add([entry('a')]);
    await outbox.process();
    expect(await stored('a')).toMatchObject({ state: 'queued', pinId: PIN_ID });
    expect(wake()! - Date.now()).toBeGreaterThan(500);
    // Time passes: the entry is due.
    await outboxItem.setValue((await outboxItem.getValue()).map((e) => ({ ...e, nextAttemptAt: 0 })));
    await outbox.process();
    await outbox.process();
    expect(await stored('a')).toMatchObject({
      state: 'published',
      pinterestPinId: '777',
      notified: ['published'],
    });
    expect(calls).toEqual(['create', 'get']);
    expect(notified).toEqual(['published:a']);
  });

  it('a restart resumes unfinished entries from storage with the same idempotency key', async () => {
    const first = fakeApi();
    first.api.create.mockImplementation(async () => {
      throw new PinBridgeError({ kind: 'network', endpoint: 'POST /v1/pins', message: 'dropped' });
    });
    await setup(first.client).outbox.add([entry('a')]);
    await setup(first.client).outbox.process();
    expect(await stored('a')).toMatchObject({ state: 'sending', attempts: 1, maybeSent: true });

    // A new worker: new engine, same storage.
    const second = fakeApi();
    await outboxItem.setValue((await outboxItem.getValue()).map((e) => ({ ...e, nextAttemptAt: 0 })));
    await setup(second.client).outbox.process();
    expect(second.api.create).toHaveBeenCalledWith(expect.objectContaining({ idempotency_key: 'ext-a' }));
    expect(
      first.api.create.mock.calls.every(
        ([body]) => (body as { idempotency_key: string }).idempotency_key === 'ext-a',
      ),
    ).toBe(true);
    expect(await stored('a')).toMatchObject({ state: 'queued', pinId: PIN_ID });
  });

  it('an outcome reached before a restart but not notified is notified on the next start, once', async () => {
    const { client } = fakeApi();
    const published = {
      ...entry('a'),
      state: 'published' as const,
      pinId: PIN_ID,
      nextAttemptAt: Number.MAX_SAFE_INTEGER,
    };
    await outboxItem.setValue([published]);
    const { outbox, notified } = setup(client);
    await outbox.process();
    await outbox.process();
    expect(notified).toEqual(['published:a']);
  });

  it('without credentials entries wait as needs-auth, and go out after sign-in', async () => {
    const { client } = fakeApi();
    let signedIn = false;
    const { outbox } = setup(client, { getClient: async () => (signedIn ? client : undefined) });
    await outbox.add([entry('a')]);
    await outbox.process();
    expect(await stored('a')).toMatchObject({ state: 'needs-auth' });
    signedIn = true;
    await outbox.authRestored();
    expect(await stored('a')).toMatchObject({ state: 'queued', pinId: PIN_ID });
  });

  it('a 401 ends the session through onUnauthorized', async () => {
    const { api, client } = fakeApi();
    api.create.mockRejectedValue(
      new PinBridgeError({
        kind: 'auth',
        status: 401,
        endpoint: 'POST /v1/pins',
        message: 'Invalid API key',
      }),
    );
    const { outbox, deps } = setup(client);
    await outbox.add([entry('a')]);
    await outbox.process();
    expect(deps.onUnauthorized).toHaveBeenCalled();
    expect(await stored('a')).toMatchObject({
      state: 'needs-auth',
      lastError: { message: 'Invalid API key' },
    });
  });

  it('offline entries resume on reconnect', async () => {
    const { api, client } = fakeApi();
    api.create.mockRejectedValueOnce(
      new PinBridgeError({ kind: 'network', endpoint: 'POST /v1/pins', message: 'offline' }),
    );
    let online = false;
    const { outbox } = setup(client, { isOnline: () => online });
    await outbox.add([entry('a')]);
    await outbox.process();
    expect(await stored('a')).toMatchObject({ state: 'offline' });
    online = true;
    await outbox.online();
    expect(await stored('a')).toMatchObject({ state: 'queued' });
  });

  /** Entry 'a' created, then failed at publishing (PinBridge: a bad image), as Retry finds it. */
  async function failedAtPublish() {
    const fake = fakeApi();
    fake.api.get.mockResolvedValue(
      pin('failed', { error_code: 'invalid_image', error_message: 'Bad image' }),
    );
    const started = setup(fake.client);
    await started.outbox.add([entry('a')]);
    for (let i = 0; i < 2; i++) {
      await outboxItem.setValue((await outboxItem.getValue()).map((e) => ({ ...e, nextAttemptAt: 0 })));
      await started.outbox.process();
    }
    return { ...fake, ...started };
  }

  /** PinBridge's answer to retrying a pin that is not failed (any more). */
  const notFailed = () =>
    new PinBridgeError({
      kind: 'conflict',
      endpoint: '/v1/pins/{pin_id}/retry',
      status: 409,
      code: 'pin_not_failed',
      message: 'Only failed pins can be retried; this one is queued.',
    });

  it('retry of a failed published pin goes through PinBridge’s retry', async () => {
    const { outbox, notified, calls } = await failedAtPublish();
    expect(await stored('a')).toMatchObject({
      state: 'failed',
      lastError: { kind: 'publish', message: 'Bad image' },
    });
    expect(notified).toEqual(['failed:a']);
    await outbox.retry('a');
    expect(calls).toContain('retry');
    expect(await stored('a')).toMatchObject({ state: 'queued', notified: [] });
  });

  it('Retry pressed twice asks PinBridge once, and the pin is not marked failed by the second', async () => {
    const { outbox, api, calls } = await failedAtPublish();
    expect(await stored('a')).toMatchObject({ state: 'failed' });
    let failed = true;
    api.retry.mockImplementation(async () => {
      if (!failed) throw notFailed();
      failed = false;
      return pin('queued');
    });
    await Promise.all([outbox.retry('a'), outbox.retry('a')]);
    expect(calls.filter((c) => c === 'retry')).toHaveLength(1);
    expect(await stored('a')).toMatchObject({ state: 'queued' });
  });

  it('a pin PinBridge no longer holds as failed (retried elsewhere) is followed, not marked failed', async () => {
    const { outbox, api } = await failedAtPublish();
    api.retry.mockRejectedValue(notFailed());
    api.get.mockResolvedValue(pin('queued'));
    await outbox.retry('a');
    expect(await stored('a')).toMatchObject({ state: 'queued' });
  });

  it('keeps the history to 200 entries, dropping the oldest finished ones first', async () => {
    const { client } = fakeApi();
    const finished = Array.from({ length: 200 }, (_, i) => ({
      ...entry(`old-${i}`),
      state: 'published' as const,
      notified: ['published' as const],
      updatedAt: i,
      nextAttemptAt: Number.MAX_SAFE_INTEGER,
    }));
    await outboxItem.setValue(finished);
    const { outbox } = setup(client);
    await outbox.add([entry('new')]);
    const ids = (await outboxItem.getValue()).map((e) => e.id);
    expect(ids).toHaveLength(200);
    expect(ids).not.toContain('old-0');
    expect(ids).toContain('new');
  });

  it('a schedule whose first create may have arrived is looked up and adopted, not created twice', async () => {
    const runAt = new Date(Date.now() + 3_600_000).toISOString();
    const schedule = {
      id: '33333333-3333-3333-3333-333333333333',
      pinterest_account_id: ACCOUNT,
      run_at: runAt,
      status: 'scheduled',
      payload: { board_id: '900', title: 'Later' },
      pin_id: null,
      created_at: runAt,
    };
    const list = vi.fn(async (_query: unknown) => ({ items: [schedule], total: 1, hasMore: false }));
    const create = vi.fn(async () => schedule);
    const client = { schedules: { list, create } } as unknown as PinBridgeClient;
    const scheduled = newEntry(
      { accountId: ACCOUNT, boardId: '900', title: 'Later', imageUrl: 'https://img.example/a.jpg', runAt },
      names,
      Date.now(),
      's',
    );
    await outboxItem.setValue([{ ...scheduled, maybeSent: true, attempts: 1 }]);
    await setup(client).outbox.process();
    expect(create).not.toHaveBeenCalled();
    expect(list).toHaveBeenCalledWith(
      expect.objectContaining({ account_id: ACCOUNT, board_id: '900', q: 'Later' }),
    );
    expect(await stored('s')).toMatchObject({ state: 'queued', scheduleId: schedule.id });
  });

  it('ignores a stored outbox that does not fit its schema instead of crashing', async () => {
    await fakeBrowser.storage.local.set({ outbox: [{ id: 1, nonsense: true }] });
    const { outbox } = setup(fakeApi().client);
    expect(await outbox.list()).toEqual([]);
  });
});
