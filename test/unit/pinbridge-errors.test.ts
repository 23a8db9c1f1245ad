import { describe, expect, it } from 'vitest';
import {
  PinBridgeError,
  createPinBridgeClient,
  isRetryable,
  retryDelayMs,
  withRetry,
} from '@/utils/pinbridge';
import { errorFromResponse } from '@/utils/pinbridge/errors';

const headers = (init: Record<string, string> = {}) => new Headers(init);

describe('errorFromResponse: the six body shapes of the contract', () => {
  it.each([
    [
      'A: detail string',
      401,
      { detail: 'Invalid API key' },
      { kind: 'auth', message: 'Invalid API key', code: undefined },
    ],
    [
      'B: FastAPI list',
      422,
      {
        detail: [
          {
            loc: ['body', 'title'],
            msg: 'String should have at most 100 characters',
            type: 'string_too_long',
          },
        ],
      },
      {
        kind: 'validation',
        message: 'title: String should have at most 100 characters',
        fieldErrors: [{ field: 'title', message: 'String should have at most 100 characters' }],
      },
    ],
    [
      'C: legacy detail.error',
      402,
      {
        detail: {
          error: {
            code: 'feature_not_available',
            message: 'Uploads need a paid plan',
            upgrade_url: 'https://pinbridge.io/pricing',
          },
        },
      },
      {
        kind: 'quota',
        message: 'Uploads need a paid plan',
        code: 'feature_not_available',
        upgradeUrl: 'https://pinbridge.io/pricing',
      },
    ],
    [
      'D: envelope with legacy detail',
      403,
      {
        error: {
          code: 'account_not_permitted',
          message: 'Key may not use this account',
          remediation: 'Use another key',
          request_id: 'req-123',
        },
        detail: { message: 'x', code: 'y' },
      },
      {
        kind: 'forbidden',
        message: 'Key may not use this account',
        code: 'account_not_permitted',
        requestId: 'req-123',
        remediation: 'Use another key',
      },
    ],
    [
      'D: envelope with retry_after_seconds',
      429,
      { error: { code: 'rate_limited', message: 'Slow down', retry_after_seconds: 30 } },
      { kind: 'rate_limited', retryAfterSeconds: 30 },
    ],
    [
      'D: detail.message and detail.code only',
      409,
      { detail: { message: 'Pin is publishing', code: 'pin_publishing' } },
      { kind: 'conflict', message: 'Pin is publishing', code: 'pin_publishing' },
    ],
    [
      'E: 500 with request_id',
      500,
      { detail: 'Internal server error', request_id: 'req-500' },
      { kind: 'server', message: 'Internal server error', requestId: 'req-500' },
    ],
    ['top-level message', 400, { message: 'Bad thing' }, { kind: 'validation', message: 'Bad thing' }],
    [
      'an empty JSON object',
      404,
      {},
      { kind: 'not_found', message: 'PinBridge could not find what was asked for (HTTP 404).' },
    ],
  ] as const)('%s', (_name, status, body, expected) => {
    const error = errorFromResponse('POST /v1/pins', status, headers(), JSON.stringify(body));
    expect(error).toMatchObject({ status, endpoint: 'POST /v1/pins', ...expected });
  });

  it('F: a non-JSON 502 from a proxy', () => {
    const error = errorFromResponse(
      'GET /v1/pins',
      502,
      headers({ 'x-request-id': 'req-h' }),
      'error code: 502',
    );
    expect(error).toMatchObject({
      kind: 'server',
      message: 'PinBridge is having trouble (HTTP 502, not a PinBridge answer).',
      requestId: 'req-h',
    });
  });

  it('reads the request id from the header, case-insensitively, when the body has none', () => {
    const error = errorFromResponse(
      'GET /v1/pins',
      404,
      headers({ 'X-Request-ID': 'req-9' }),
      '{"detail":"Pin not found"}',
    );
    expect(error.requestId).toBe('req-9');
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(errorFromResponse('x', 429, headers({ 'retry-after': '12' }), '').retryAfterSeconds).toBe(12);
    const inTwoMinutes = new Date(Date.now() + 120_000).toUTCString();
    expect(
      errorFromResponse('x', 429, headers({ 'retry-after': inTwoMinutes }), '').retryAfterSeconds,
    ).toBeGreaterThan(100);
  });

  it('survives JSON round trips for storage and messages', () => {
    const error = errorFromResponse(
      'POST /v1/pins',
      402,
      headers(),
      '{"error":{"code":"quota_exceeded","message":"Quota reached"}}',
    );
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      kind: 'quota',
      code: 'quota_exceeded',
      message: 'Quota reached',
      action: expect.any(String),
    });
  });
});

describe('client transport details', () => {
  const reply = (status: number, body: string | null, init: Record<string, string> = {}) =>
    Promise.resolve(new Response(body, { status, headers: init }));

  it('strips trailing slashes from the base URL and sends booleans in lowercase, dropping empty params', async () => {
    const urls: string[] = [];
    const client = createPinBridgeClient({
      baseUrl: 'https://api.example///',
      auth: { kind: 'apiKey', key: 'pb_x' },
      fetch: (input) => {
        urls.push(String(input));
        return reply(200, '[]', { 'x-total-count': 'n/a' });
      },
    });
    const page = await client.pins.list({ removed: false, q: '', limit: 10 });
    const url = new URL(urls[0]!);
    expect(`${url.origin}${url.pathname}`).toBe('https://api.example/v1/pins');
    expect(Object.fromEntries(url.searchParams)).toEqual({ limit: '10', offset: '0', removed: 'false' });
    expect(page).toEqual({ items: [], total: undefined, hasMore: false });
  });

  it('treats 204 with no body as success', async () => {
    const client = createPinBridgeClient({ baseUrl: 'https://api.example', fetch: () => reply(204, null) });
    await expect(client.webhooks.delete('11111111-1111-1111-1111-111111111111')).resolves.toBeUndefined();
  });

  it('reports a 200 whose body is not JSON as invalid_response', async () => {
    const client = createPinBridgeClient({
      baseUrl: 'https://api.example',
      fetch: () => reply(200, '<html>'),
    });
    await expect(client.system.health()).rejects.toMatchObject({
      kind: 'invalid_response',
      message: expect.stringContaining('not JSON'),
    });
  });

  it('a list with a malformed row is an invalid_response naming the row', async () => {
    const rows = Array.from({ length: 2 }, () => ({}));
    const client = createPinBridgeClient({
      baseUrl: 'https://api.example',
      fetch: () => reply(200, JSON.stringify(rows)),
    });
    await expect(client.pins.list({ limit: 2 })).rejects.toMatchObject({
      kind: 'invalid_response',
      message: expect.stringContaining('"0.id"'),
    });
  });
});

describe('retry policy', () => {
  const err = (kind: PinBridgeError['kind'], status?: number, retryAfterSeconds?: number) =>
    new PinBridgeError({ kind, status, retryAfterSeconds, endpoint: 'x', message: 'm' });

  it.each([
    ['network', undefined, true],
    ['timeout', undefined, true],
    ['rate_limited', 429, true],
    ['server', 500, true],
    ['server', 502, true],
    ['auth', 401, false],
    ['quota', 402, false],
    ['forbidden', 403, false],
    ['not_found', 404, false],
    ['conflict', 409, false],
    ['validation', 422, false],
    ['invalid_response', 200, false],
  ] as const)('%s (%s) retryable: %s', (kind, status, expected) => {
    expect(isRetryable(err(kind, status))).toBe(expected);
  });

  it('does not retry errors that are not PinBridge errors', () => {
    expect(isRetryable(new TypeError('bug'))).toBe(false);
  });

  it('honours the server-requested wait, capped', () => {
    expect(retryDelayMs(err('rate_limited', 429, 7), 0)).toBe(7000);
    expect(retryDelayMs(err('rate_limited', 429, 86_400), 0)).toBe(15 * 60_000);
  });

  it('backs off exponentially with jitter, capped', () => {
    const policy = { baseMs: 1000, maxMs: 8000, maxRetryAfterMs: 60_000, random: () => 1 };
    expect([0, 1, 2, 3, 4, 5].map((a) => retryDelayMs(err('server', 500), a, policy))).toEqual([
      1000, 2000, 4000, 8000, 8000, 8000,
    ]);
    const low = { ...policy, random: () => 0 };
    expect(retryDelayMs(err('server', 500), 2, low)).toBe(2000);
  });

  it('withRetry repeats retryable failures and gives up on the others', async () => {
    const sleeps: number[] = [];
    let calls = 0;
    const value = await withRetry(
      async () => {
        calls++;
        if (calls < 3) throw err('server', 503);
        return 'ok';
      },
      {
        sleep: async (ms) => void sleeps.push(ms),
        policy: { baseMs: 10, maxMs: 100, maxRetryAfterMs: 1000, random: () => 1 },
      },
    );
    expect(value).toBe('ok');
    expect(sleeps).toEqual([10, 20]);
    let permanent = 0;
    await expect(
      withRetry(
        async () => {
          permanent++;
          throw err('quota', 402);
        },
        { sleep: async () => {} },
      ),
    ).rejects.toMatchObject({ kind: 'quota' });
    expect(permanent).toBe(1);
  });

  it('withRetry stops after maxAttempts', async () => {
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw err('network');
        },
        { maxAttempts: 4, sleep: async () => {} },
      ),
    ).rejects.toMatchObject({ kind: 'network' });
    expect(calls).toBe(4);
  });
});
