import { route, type Ctx, type Route } from '../context';
import { json } from '../respond';
import { PLAN_QUOTAS } from '../state';
import { findAccount } from './pinterest';

export const STAND_IN_VERSION = '1.38.0-stand-in';

function billing({ store, principal }: Ctx) {
  const workspace = principal.workspace;
  const quota = store.quotaFor(workspace);
  const storageUsed = store.assets
    .filter((a) => a.workspace_id === workspace.id)
    .reduce((n, a) => n + a.file_size_bytes, 0);
  const storageQuota = 7 * 1024 ** 3;
  const now = new Date();
  const periodEnd = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString();
  return json(200, {
    plan: workspace.plan,
    billing_provider: 'database',
    billing_cycle: 'monthly',
    billing_status: 'active',
    trial_active: false,
    trial_ends_at: null,
    current_period_start: null,
    current_period_end: periodEnd,
    subscription_cancel_at: null,
    quota_calls_monthly: quota,
    calls_used: workspace.calls_used,
    quota_reset_at: periodEnd,
    credits_remaining: 0,
    credits_enabled: false,
    credits_purchase_allowed: false,
    quota_exhausted: workspace.calls_used >= quota,
    plan_consumption_percent: Math.min(100, Math.round((workspace.calls_used / quota) * 100)),
    storage_quota_bytes: storageQuota,
    storage_used_bytes: storageUsed,
    storage_used_percent: Math.round((storageUsed / storageQuota) * 100),
    storage_warning: null,
    pinterest_accounts_limit: workspace.plan === 'free' ? 1 : 10,
    uploaded_media_assets: workspace.plan !== 'free',
    bulk_imports: workspace.plan !== 'free' && PLAN_QUOTAS[workspace.plan] >= 1000,
  });
}

function rateMeter({ store, principal, url }: Ctx) {
  const found = findAccount(store, principal.workspace.id, url.searchParams.get('account_id'));
  if (found.reply) return found.reply;
  store.refill(found.account);
  const { capacity, refillPerSecond } = store.settings.pacing;
  return json(200, {
    account: {
      account_id: found.account.id,
      tokens_available: Math.floor(found.account.bucket.tokens * 100) / 100,
      capacity,
      refill_rate: refillPerSecond,
    },
    global: { tokens_available: 200.0, capacity: 200.0, refill_rate: 3.0 },
  });
}

export const systemRoutes: Route[] = [
  route('GET', '/', 'none', () =>
    json(200, { service: 'PinBridge API (local stand-in)', version: STAND_IN_VERSION, docs: '/docs' }),
  ),
  route('GET', '/healthz', 'none', () =>
    json(200, {
      status: 'ok',
      version: STAND_IN_VERSION,
      environment: 'stand-in',
      checks: { database: 'ok' },
    }),
  ),
  route('GET', '/readyz', 'none', () =>
    json(200, { status: 'ready', version: STAND_IN_VERSION, environment: 'stand-in', database: 'ok' }),
  ),
  route('GET', '/v1/billing/status', 'read', billing),
  route('GET', '/v1/rate-meter', 'read', rateMeter),
];
