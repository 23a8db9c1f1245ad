import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { PinBridgeError, createPinBridgeClient } from '@/utils/pinbridge';
import { DEMO_EMAIL, DEMO_PASSWORD } from '../stand-in/state';
import { encodePng } from '../support/png';
import { waitFor } from '../support/wait-for';
import { uniqueKey, useStandIn } from './helpers';

const ctx = useStandIn();
const image = 'https://images.example/photo.jpg';

function pinBody(overrides: Record<string, unknown> = {}) {
  return {
    account_id: ctx.accountId,
    board_id: ctx.boardId,
    title: 'Autumn soup',
    image_url: image,
    idempotency_key: uniqueKey(),
    ...overrides,
  };
}

describe('system, billing and rate meter', () => {
  it('reads health, billing status and the rate meter', async () => {
    expect((await ctx.client.system.health()).status).toBe('ok');
    const billing = await ctx.client.billing.status();
    expect(billing).toMatchObject({ plan: 'growth', quota_calls_monthly: 1000, calls_used: 0 });
    const meter = await ctx.client.rateMeter.get(ctx.accountId);
    expect(meter.account.account_id).toBe(ctx.accountId);
    expect(meter.account.capacity).toBe(50);
  });
});

describe('auth and API keys', () => {
  it('signs in with a password, reads the profile as a bearer, and the mode is visible', async () => {
    const client = createPinBridgeClient({ baseUrl: ctx.standIn.origin });
    expect(client.authMode).toBe('none');
    const session = await client.auth.login({ email: DEMO_EMAIL, password: DEMO_PASSWORD });
    expect(session.token_type).toBe('bearer');
    expect(session.expires_in).toBe(3600);
    client.setAuth({ kind: 'bearer', token: session.access_token });
    expect(client.authMode).toBe('bearer');
    const me = await client.auth.me();
    expect(me.user.email).toBe(DEMO_EMAIL);
    expect(me.active_project?.name).toBe('Demo workspace');
  });

  it('refuses a wrong password with an auth error carrying the server message', async () => {
    const client = createPinBridgeClient({ baseUrl: ctx.standIn.origin });
    const error = await client.auth
      .login({ email: DEMO_EMAIL, password: 'wrong-password' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PinBridgeError);
    expect(error).toMatchObject({ kind: 'auth', status: 401, message: 'Incorrect email or password' });
  });

  it('registers a new user on the free plan', async () => {
    const client = createPinBridgeClient({ baseUrl: ctx.standIn.origin });
    const session = await client.auth.register({
      full_name: 'Ada Pinner',
      email: 'ada@example.test',
      password: 'long-enough-1',
    });
    expect(session.user.full_name).toBe('Ada Pinner');
    expect(session.workspace?.plan).toBe('free');
  });

  it('mints, lists and revokes an API key; a revoked key no longer works', async () => {
    const created = await ctx.client.apiKeys.create({
      name: 'Chromium on 2026-11-24',
      scopes: ['read', 'write'],
    });
    expect(created.api_key).toMatch(/^pb_/);
    expect((await ctx.client.apiKeys.list()).map((k) => k.name)).toContain('Chromium on 2026-11-24');
    const keyed = createPinBridgeClient({
      baseUrl: ctx.standIn.origin,
      auth: { kind: 'apiKey', key: created.api_key },
    });
    expect((await keyed.pinterest.listAccounts()).length).toBe(1);
    await ctx.client.apiKeys.delete(created.id);
    await expect(keyed.pinterest.listAccounts()).rejects.toMatchObject({
      kind: 'auth',
      message: 'Invalid API key',
    });
  });

  it('sends API keys as X-API-Key and sign-in tokens as a bearer', async () => {
    await ctx.client.system.health();
    const session = await ctx.client.auth.login({ email: DEMO_EMAIL, password: DEMO_PASSWORD });
    ctx.client.setAuth({ kind: 'bearer', token: session.access_token });
    await ctx.client.pinterest.listAccounts();
    const log = (await ctx.admin.state()).requests.filter((r) => r.path === '/v1/pinterest/accounts');
    expect(log.map((r) => r.auth)).toEqual(['api-key', 'bearer']);
  });
});

describe('Pinterest accounts and boards', () => {
  it('connects an account through the consent page and lists it', async () => {
    const { authorization_url } = await ctx.client.pinterest.startOAuth();
    const consent = await (await fetch(authorization_url)).text();
    expect(consent).toContain('Allow');
    const state = new URL(authorization_url).searchParams.get('state')!;
    const callback = `${ctx.standIn.origin}/v1/pinterest/oauth/callback?code=abc&state=${encodeURIComponent(state)}`;
    const result = await (await fetch(callback, { headers: { accept: 'application/json' } })).json();
    expect(result).toMatchObject({ status: 'success' });
    const accounts = await ctx.client.pinterest.listAccounts();
    expect(accounts.map((a) => a.id)).toContain(result.account_id);
    expect(accounts[0]!.scopes).toContain('pins:write');
  });

  it('lists boards with string ids, one of them secret, and creates a secret board', async () => {
    const boards = await ctx.client.pinterest.listBoards(ctx.accountId);
    expect(boards.length).toBe(5);
    expect(boards.every((b) => typeof b.id === 'string' && /^\d+$/.test(b.id))).toBe(true);
    expect(boards.some((b) => b.privacy === 'SECRET')).toBe(true);
    const board = await ctx.client.pinterest.createBoard({
      account_id: ctx.accountId,
      name: 'Soups',
      privacy: 'SECRET',
    });
    expect(board).toMatchObject({ name: 'Soups', privacy: 'SECRET' });
    expect((await ctx.client.pinterest.listBoards(ctx.accountId)).map((b) => b.name)).toContain('Soups');
  });

  it('suggests related terms for each word', async () => {
    const terms = await ctx.client.pinterest.relatedTerms(ctx.accountId, ['soup', ' autumn ']);
    expect(terms.related_terms_list.map((t) => t.term)).toEqual(['soup', 'autumn']);
    expect(terms.related_terms_list[0]!.related_terms.length).toBeGreaterThan(0);
  });

  it('disconnects an account (204): it is no longer listed nor usable', async () => {
    await ctx.client.pinterest.deleteAccount(ctx.accountId);
    expect((await ctx.client.pinterest.listAccounts()).map((a) => a.id)).not.toContain(ctx.accountId);
    await expect(ctx.client.pinterest.listBoards(ctx.accountId)).rejects.toMatchObject({ status: 404 });
  });

  it('answers an unknown account with a not_found error', async () => {
    await expect(
      ctx.client.pinterest.listBoards('11111111-1111-1111-1111-111111111111'),
    ).rejects.toMatchObject({
      kind: 'not_found',
      status: 404,
      message: 'Pinterest account not found',
    });
  });
});

describe('pins and jobs', () => {
  it('creates a pin, follows it to published and reads it back as pin and job', async () => {
    const created = await ctx.client.pins.create(
      pinBody({ description: 'Warm', link_url: 'https://blog.example/soup', alt_text: 'A bowl' }),
    );
    expect(created.status).toBe('queued');
    const published = await waitFor(
      () => ctx.client.pins.get(created.id),
      (p) => p.status === 'published',
    );
    expect(published.pinterest_pin_id).toMatch(/^\d+$/);
    expect(published.published_at).toBeTruthy();
    const job = await ctx.client.jobs.get(created.id);
    expect(job).toMatchObject({ job_id: created.id, pin_id: created.id, status: 'published' });
  });

  it('dry-runs a pin: valid, and a failed board check for an unknown board', async () => {
    const ok = await ctx.client.pins.validate(pinBody());
    expect(ok.valid).toBe(true);
    const bad = await ctx.client.pins.validate(pinBody({ board_id: '123-no-such-board' }));
    expect(bad.valid).toBe(false);
    expect(bad.checks.find((c) => c.status === 'failed')).toMatchObject({
      name: 'board',
      code: 'board_not_found',
    });
  });

  it('lists pins a page at a time with the total from X-Total-Count', async () => {
    for (let i = 0; i < 3; i++) await ctx.client.pins.create(pinBody({ title: `Pin ${i}` }));
    const first = await ctx.client.pins.list({ limit: 2, sort: 'title_asc' });
    expect(first.items.map((p) => p.title)).toEqual(['Pin 0', 'Pin 1']);
    expect(first).toMatchObject({ total: 3, hasMore: true });
    const second = await ctx.client.pins.list({ limit: 2, offset: 2 });
    expect(second).toMatchObject({ total: 3, hasMore: false });
  });

  it('retries a failed pin until it publishes', async () => {
    await ctx.admin.settings({
      outcomes: [{ status: 'failed', error_code: 'invalid_image', error_message: 'Image too small' }],
    });
    const pin = await ctx.client.pins.create(pinBody());
    const failed = await waitFor(
      () => ctx.client.pins.get(pin.id),
      (p) => p.status === 'failed',
    );
    expect(failed).toMatchObject({ error_code: 'invalid_image', error_message: 'Image too small' });
    expect(failed.failed_at).toBeTruthy();
    expect((await ctx.client.pins.retry(pin.id)).status).toBe('queued');
    await waitFor(
      () => ctx.client.pins.get(pin.id),
      (p) => p.status === 'published',
    );
  });

  it('deletes a pin record (204) and a pin on Pinterest (200 with a result)', async () => {
    const a = await ctx.client.pins.create(pinBody());
    expect(await ctx.client.pins.delete(a.id)).toBeUndefined();
    await expect(ctx.client.pins.get(a.id)).rejects.toMatchObject({
      kind: 'not_found',
      message: 'Pin not found',
    });
    const b = await ctx.client.pins.create(pinBody());
    await waitFor(
      () => ctx.client.pins.get(b.id),
      (p) => p.status === 'published',
    );
    expect(await ctx.client.pins.delete(b.id, true)).toMatchObject({
      deleted: true,
      removed_from_pinterest: true,
    });
  });
});

describe('assets', () => {
  it('uploads an image, pins it by asset id, and serves the same bytes back', async () => {
    const png = encodePng(200, 300, () => [200, 40, 40, 255]);
    const asset = await ctx.client.assets.uploadImage(
      new Blob([new Uint8Array(png)], { type: 'image/png' }),
      'red.png',
    );
    expect(asset).toMatchObject({
      asset_type: 'image',
      content_type: 'image/png',
      file_size_bytes: png.length,
    });
    const pin = await ctx.client.pins.create(pinBody({ image_url: undefined, asset_id: asset.id }));
    expect(pin.asset_id).toBe(asset.id);
    expect(pin.media_url).toBe(asset.public_url);
    const served = Buffer.from(await (await fetch(asset.public_url)).arrayBuffer());
    expect(served.equals(png)).toBe(true);
  });

  it('uploads a video', async () => {
    const asset = await ctx.client.assets.uploadVideo(
      new Blob([new Uint8Array(64)], { type: 'video/mp4' }),
      'clip.mp4',
    );
    expect(asset.asset_type).toBe('video');
  });

  it('refuses a file type PinBridge does not take, with a code', async () => {
    const error = await ctx.client.assets
      .uploadImage(new Blob(['x'], { type: 'text/plain' }), 'x.txt')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'validation', status: 415, code: 'unsupported_media_type' });
  });
});

describe('schedules', () => {
  it('creates, lists, reads and cancels a schedule', async () => {
    const runAt = new Date(Date.now() + 10 * 60_000).toISOString().replace('Z', '+00:00');
    const schedule = await ctx.client.schedules.create({
      account_id: ctx.accountId,
      board_id: ctx.boardId,
      run_at: runAt,
      title: 'Later',
      image_url: image,
    });
    expect(schedule.status).toBe('scheduled');
    expect(Date.parse(schedule.run_at)).toBe(Date.parse(runAt));
    const listed = await ctx.client.schedules.list({ account_id: ctx.accountId, q: 'later' });
    expect(listed.items.map((s) => s.id)).toEqual([schedule.id]);
    expect((await ctx.client.schedules.get(schedule.id)).payload.title).toBe('Later');
    expect((await ctx.client.schedules.cancel(schedule.id)).status).toBe('canceled');
    await expect(ctx.client.schedules.cancel(schedule.id)).rejects.toMatchObject({
      kind: 'conflict',
      code: 'schedule_not_editable',
    });
  });

  it('runs a schedule at run_at: its pin is created and published', async () => {
    const runAt = new Date(Date.now() + 400).toISOString();
    const schedule = await ctx.client.schedules.create({
      account_id: ctx.accountId,
      board_id: ctx.boardId,
      run_at: runAt,
      title: 'Soon',
      image_url: image,
    });
    const done = await waitFor(
      () => ctx.client.schedules.get(schedule.id),
      (s) => s.status === 'done',
    );
    expect((await ctx.client.pins.get(done.pin_id!)).status).toBe('published');
  });
});

describe('webhooks', () => {
  it('adds, updates, lists and deletes a webhook, and delivers signed events', async () => {
    const received: Array<{ signature: string; body: string }> = [];
    const receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push({ signature: String(req.headers['x-pinbridge-signature']), body });
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    const secret = 'a-very-secret-value';
    try {
      const hook = await ctx.client.webhooks.create({ url, secret });
      expect(hook.events).toEqual(['pin.published', 'pin.failed']);
      expect(
        (await ctx.client.webhooks.update(hook.id, { is_enabled: true, events: ['pin.published'] })).events,
      ).toEqual(['pin.published']);
      await ctx.client.pins.create(pinBody());
      await waitFor(
        async () => received.length,
        (n) => n === 1,
      );
      const expected = createHmac('sha256', secret).update(received[0]!.body).digest('hex');
      expect(received[0]!.signature).toBe(expected);
      expect(JSON.parse(received[0]!.body)).toMatchObject({ event: 'pin.published', status: 'published' });
      expect((await ctx.client.webhooks.list()).map((w) => w.id)).toEqual([hook.id]);
      await ctx.client.webhooks.delete(hook.id);
      expect(await ctx.client.webhooks.list()).toEqual([]);
    } finally {
      receiver.close();
    }
  });
});

describe('requests refused before they are sent', () => {
  const refused = async (call: () => Promise<unknown>, field: string) => {
    const before = (await ctx.admin.state()).requests.length;
    const error = await call().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PinBridgeError);
    expect((error as PinBridgeError).kind).toBe('validation');
    expect((error as PinBridgeError).fieldErrors.map((f) => f.field)).toContain(field);
    expect((await ctx.admin.state()).requests.length).toBe(before);
  };

  it.each([
    ['a 101-character title', { title: 'x'.repeat(101) }, 'title'],
    ['an 801-character description', { description: 'x'.repeat(801) }, 'description'],
    ['501 characters of alt text', { alt_text: 'x'.repeat(501) }, 'alt_text'],
    ['a javascript: link', { link_url: 'javascript:alert(1)' }, 'link_url'],
    ['a link over 2048 characters', { link_url: `https://a.example/${'x'.repeat(2040)}` }, 'link_url'],
    ['both image_url and asset_id', { asset_id: '11111111-1111-1111-1111-111111111111' }, 'image_url'],
    ['neither image_url nor asset_id', { image_url: undefined }, 'image_url'],
    ['a malformed account id', { account_id: 'acct-1' }, 'account_id'],
  ])('pin with %s', async (_name, overrides, field) => {
    await refused(() => ctx.client.pins.create(pinBody(overrides)), field);
  });

  it.each([
    ['a time without offset', new Date(Date.now() + 3_600_000).toISOString().slice(0, 19)],
    ['a time in the past', new Date(Date.now() - 60_000).toISOString()],
  ])('schedule with %s', async (_name, runAt) => {
    await refused(
      () =>
        ctx.client.schedules.create({
          account_id: ctx.accountId,
          board_id: ctx.boardId,
          run_at: runAt,
          title: 'x',
          image_url: image,
        }),
      'run_at',
    );
  });

  it('a malformed id in a path', async () => {
    const error = await ctx.client.pins.get('not-a-uuid').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'validation' });
  });
});
