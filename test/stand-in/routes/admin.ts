import { z } from 'zod';
import { route, type Ctx, type Route } from '../context';
import { detail, fromZod, json } from '../respond';
import { accountJson } from './pinterest';
import { assetJson } from './assets';
import { pinJson } from './pins';
import { webhookJson } from './webhooks';

/* Test controls: not part of PinBridge. Reachable without credentials, on loopback only. */

const faultBody = z.object({
  method: z.string().toUpperCase().optional(),
  path: z.string().startsWith('/'),
  status: z.number().int().min(100).max(599).optional(),
  times: z.number().int().min(1).default(1),
  body: z.unknown().optional(),
  headers: z.record(z.string(), z.string()).optional(),
  delayMs: z.number().int().min(0).max(120_000).optional(),
  dropConnection: z.boolean().optional(),
  phase: z.enum(['before', 'after']).optional(),
});

const outcome = z.union([
  z.object({ status: z.literal('published') }),
  z.object({ status: z.literal('failed'), error_code: z.string(), error_message: z.string().optional() }),
]);

const settingsBody = z.object({
  queuedMs: z.number().int().min(0).optional(),
  publishingMs: z.number().int().min(0).optional(),
  outcomes: z.array(outcome).optional(),
  quota: z.number().int().min(0).nullable().optional(),
  pacing: z.object({ capacity: z.number().min(0), refillPerSecond: z.number().positive() }).optional(),
  /** Sets every account's bucket to this many tokens right away (e.g. 0 to force deferral). */
  tokens: z.number().min(0).optional(),
  tokenTtlSeconds: z.number().int().min(1).optional(),
  maxUploadBytes: z.number().int().min(1).optional(),
  plan: z.enum(['free', 'starter', 'growth', 'pro', 'enterprise']).optional(),
});

const accountBody = z.object({ revoked: z.boolean().optional(), reconnect_required: z.boolean().optional() });

const newAccountBody = z.object({
  username: z.string().min(1).nullable(),
  display_name: z.string().min(1).nullable(),
});

function state({ store }: Ctx) {
  return json(200, {
    workspaces: store.workspaces,
    accounts: store.accounts.map((a) => ({ ...accountJson(a), boards: a.boards })),
    apiKeys: store.apiKeys,
    pins: store.pins.map(pinJson),
    schedules: store.schedules,
    assets: store.assets.map(assetJson),
    webhooks: store.webhooks.map(webhookJson),
    publishCount: store.publishCount,
    faults: store.faults,
    settings: store.settings,
    requests: store.log,
  });
}

function addFault({ store, body }: Ctx) {
  const parsed = faultBody.safeParse(body);
  if (!parsed.success) return fromZod(parsed.error);
  store.faults.push(parsed.data);
  return json(200, { faults: store.faults.length });
}

function settings({ store, body }: Ctx) {
  const parsed = settingsBody.safeParse(body);
  if (!parsed.success) return fromZod(parsed.error);
  const { tokens, plan, ...rest } = parsed.data;
  Object.assign(store.settings, rest);
  if (tokens !== undefined) for (const a of store.accounts) a.bucket = { tokens, updatedAt: Date.now() };
  if (plan) for (const w of store.workspaces) w.plan = plan;
  return json(200, store.settings);
}

function updateAccount({ store, body, params }: Ctx) {
  const parsed = accountBody.safeParse(body);
  if (!parsed.success) return fromZod(parsed.error);
  const account = store.accounts.find((a) => a.id === params[0]);
  if (!account) return detail(404, 'Pinterest account not found');
  if (parsed.data.revoked !== undefined)
    account.revoked_at = parsed.data.revoked ? new Date().toISOString() : null;
  if (parsed.data.reconnect_required !== undefined) {
    account.reconnect_required = parsed.data.reconnect_required;
    account.health_status = parsed.data.reconnect_required ? 'reconnect_required' : 'healthy';
  }
  return json(200, accountJson(account));
}

/** Another Pinterest account connected to the first (the demo) workspace, as if through consent. */
function addAccount({ store, body }: Ctx) {
  const parsed = newAccountBody.safeParse(body);
  if (!parsed.success) return fromZod(parsed.error);
  const workspace = store.workspaces[0];
  if (!workspace) return detail(404, 'No workspace');
  const account = store.connectAccount(workspace.id, parsed.data.username, parsed.data.display_name);
  return json(201, accountJson(account));
}

/** The board disappears on "Pinterest" (deleted there), as happens between listing and publishing. */
function deleteBoard({ store, params }: Ctx) {
  for (const account of store.accounts) account.boards = account.boards.filter((b) => b.id !== params[0]);
  return json(200, { deleted: params[0] });
}

export const adminRoutes: Route[] = [
  route('DELETE', '/__admin/boards/{board_id}', 'none', deleteBoard),
  route('GET', '/__admin/state', 'none', state),
  route('POST', '/__admin/reset', 'none', ({ store }) => {
    store.reset();
    return json(200, { reset: true });
  }),
  route('POST', '/__admin/faults', 'none', addFault),
  route('DELETE', '/__admin/faults', 'none', ({ store }) => {
    store.faults = [];
    return json(200, { faults: 0 });
  }),
  route('POST', '/__admin/settings', 'none', settings),
  route('POST', '/__admin/accounts', 'none', addAccount),
  route('POST', '/__admin/accounts/{account_id}', 'none', updateAccount),
];
