import { describe, expect, it } from 'vitest';
import { PinBridgeError, createPinBridgeClient, withRetry } from '@/utils/pinbridge';
import { uniqueKey, useStandIn } from './helpers';

const ctx = useStandIn();

const pinBody = (key = uniqueKey()) => ({
  account_id: ctx.accountId,
  board_id: ctx.boardId,
  title: 'Fault test',
  image_url: 'https://images.example/a.jpg',
  idempotency_key: key,
});

async function failure(call: () => Promise<unknown>): Promise<PinBridgeError> {
  const error = await call().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PinBridgeError);
  return error as PinBridgeError;
}

describe('injected failures map to a kind, a code and a message a user can act on', () => {
  it.each([
    [401, 'auth', undefined, 'Invalid API key', 'Sign in again.'],
    [
      402,
      'quota',
      'quota_exceeded',
      'Monthly pin quota reached for your plan.',
      'Upgrade your plan or wait for the quota to reset.',
    ],
    [
      403,
      'forbidden',
      'insufficient_scope',
      'This API key lacks the "write" scope.',
      'Create a key with the "write" scope.',
    ],
    [
      404,
      'not_found',
      undefined,
      'Pinterest account not found',
      'It may have been deleted or disconnected: refresh and pick it again.',
    ],
    [
      409,
      'conflict',
      'pin_already_published',
      'This pin is already published and cannot be changed.',
      'Refresh to see its current state.',
    ],
    [
      422,
      'validation',
      undefined,
      'title: String should have at most 100 characters',
      'Correct the highlighted fields and try again.',
    ],
    [500, 'server', undefined, 'Internal server error', expect.stringContaining('retried')],
  ] as const)('HTTP %i → %s', async (status, kind, code, message, action) => {
    await ctx.admin.fault({ method: 'POST', path: '/v1/pins', status });
    const error = await failure(() => ctx.client.pins.create(pinBody()));
    expect(error).toMatchObject({ kind, status, code, message, endpoint: 'POST /v1/pins' });
    expect(error.action).toEqual(action);
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('402 carries the upgrade link', async () => {
    await ctx.admin.fault({ path: '/v1/pins', status: 402 });
    const error = await failure(() => ctx.client.pins.create(pinBody()));
    expect(error.upgradeUrl).toBe(`${ctx.standIn.origin}/billing/upgrade`);
  });

  it('422 lists the offending fields', async () => {
    await ctx.admin.fault({ path: '/v1/pins', status: 422 });
    const error = await failure(() => ctx.client.pins.create(pinBody()));
    expect(error.fieldErrors).toEqual([
      { field: 'title', message: 'String should have at most 100 characters' },
    ]);
  });

  it('429 with retry_after_seconds in the body and Retry-After in the header', async () => {
    await ctx.admin.fault({ path: '/v1/pins', status: 429 });
    const error = await failure(() => ctx.client.pins.create(pinBody()));
    expect(error).toMatchObject({ kind: 'rate_limited', code: 'rate_limited', retryAfterSeconds: 1 });
  });

  it('429 with only a Retry-After header', async () => {
    await ctx.admin.fault({
      path: '/v1/pins',
      status: 429,
      body: { detail: 'Too Many Requests' },
      headers: { 'Retry-After': '7' },
    });
    const error = await failure(() => ctx.client.pins.create(pinBody()));
    expect(error).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: 7, message: 'Too Many Requests' });
  });

  it('502 from a proxy, as plain text', async () => {
    await ctx.admin.fault({ path: '/v1/pins', status: 502 });
    const error = await failure(() => ctx.client.pins.create(pinBody()));
    expect(error).toMatchObject({
      kind: 'server',
      status: 502,
      message: 'PinBridge is having trouble (HTTP 502, not a PinBridge answer).',
    });
  });

  it('a server that does not answer in time', async () => {
    await ctx.admin.fault({ path: '/v1/pins', delayMs: 1_500 });
    const client = createPinBridgeClient({
      baseUrl: ctx.standIn.origin,
      auth: { kind: 'apiKey', key: ctx.standIn.store.demoApiKey },
      timeoutMs: 200,
    });
    const error = await failure(() => client.pins.create(pinBody()));
    expect(error).toMatchObject({
      kind: 'timeout',
      message: 'PinBridge did not answer in time (no answer within 0.2 s).',
    });
  });

  it('a dropped connection', async () => {
    await ctx.admin.fault({ path: '/v1/pins', dropConnection: true });
    const error = await failure(() => ctx.client.pins.create(pinBody()));
    expect(error).toMatchObject({ kind: 'network', message: 'PinBridge could not be reached.' });
  });

  it('a 2xx answer that does not match the contract names the endpoint and the field', async () => {
    const pin = await ctx.client.pins.create(pinBody());
    await ctx.admin.fault({ path: `/v1/pins/${pin.id}`, status: 200, body: { ...pin, created_at: 42 } });
    const error = await failure(() => ctx.client.pins.get(pin.id));
    expect(error.kind).toBe('invalid_response');
    expect(error.message).toContain('GET /v1/pins/{id}');
    expect(error.message).toContain('"created_at"');
  });
});

describe('idempotency', () => {
  it('creating the same pin ten times, through injected 500s and lost answers, publishes it once', async () => {
    const body = pinBody('same-key-ten-times');
    // Three failures before the request reaches the API, and two after it was handled (the answer lost).
    await ctx.admin.fault({ method: 'POST', path: '/v1/pins', status: 500, times: 3 });
    await ctx.admin.fault({ method: 'POST', path: '/v1/pins', status: 500, times: 1, phase: 'after' });
    await ctx.admin.fault({
      method: 'POST',
      path: '/v1/pins',
      dropConnection: true,
      times: 1,
      phase: 'after',
    });
    const ids = new Set<string>();
    for (let i = 0; i < 10; i++) {
      const pin = await withRetry(() => ctx.client.pins.create(body), {
        maxAttempts: 10,
        sleep: async () => {},
      });
      ids.add(pin.id);
    }
    expect(ids.size).toBe(1);
    const [id] = ids;
    await expect
      .poll(async () => (await ctx.client.pins.get(id!)).status, { timeout: 5_000 })
      .toBe('published');
    const state = await ctx.admin.state();
    expect(state.publishCount).toEqual({ 'same-key-ten-times': 1 });
    expect(state.pins.filter((p) => p.idempotency_key === 'same-key-ten-times')).toHaveLength(1);
    // Repeats are free: only one pin counted against the quota.
    expect((await ctx.client.billing.status()).calls_used).toBe(1);
  });

  it('a quota-exhausted workspace gets 402 quota_exceeded, but a repeat of an existing key still succeeds', async () => {
    const first = await ctx.client.pins.create(pinBody('kept'));
    await ctx.admin.settings({ quota: 1 });
    const error = await failure(() => ctx.client.pins.create(pinBody()));
    expect(error).toMatchObject({ kind: 'quota', code: 'quota_exceeded' });
    expect((await ctx.client.pins.create(pinBody('kept'))).id).toBe(first.id);
  });
});

describe('pacing', () => {
  it('pins wait as deferred, with the reason, while the account bucket is empty, then publish', async () => {
    await ctx.admin.settings({ tokens: 0, pacing: { capacity: 50, refillPerSecond: 5 } });
    const pin = await ctx.client.pins.create(pinBody());
    await expect
      .poll(async () => (await ctx.client.pins.get(pin.id)).status, { timeout: 3_000, interval: 10 })
      .toBe('deferred');
    expect((await ctx.client.pins.get(pin.id)).error_code).toBe('rate_paced');
    await expect
      .poll(async () => (await ctx.client.pins.get(pin.id)).status, { timeout: 3_000 })
      .toBe('published');
  });
});
