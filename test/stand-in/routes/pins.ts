import { randomUUID } from 'node:crypto';
import { route, type Ctx, type Route } from '../context';
import { detail, domainError, fromZod, invalidUuid, json, noContent, UUID, type Reply } from '../respond';
import { nowIso, type Account, type PinRecord, type Store, type Workspace } from '../state';
import { findAccount } from './pinterest';
import { pinBody, type PinBody } from './pin-rules';

export function pinJson({ nextAt: _nextAt, ...pin }: PinRecord) {
  return pin;
}

function quotaError(store: Store, workspace: Workspace, origin: string): Reply {
  return domainError(
    402,
    'quota_exceeded',
    `Monthly pin quota of ${store.quotaFor(workspace)} reached for your plan.`,
    {
      remediation: 'Upgrade your plan or wait for the quota to reset.',
      upgrade_url: `${origin}/billing/upgrade`,
    },
  );
}

/** Checks a pin body against the workspace: account, board, media. Shared by create and dry run. */
function resolveTarget(
  store: Store,
  workspace: Workspace,
  body: PinBody,
): { reply: Reply; account?: undefined } | { reply?: undefined; account: Account } {
  const found = findAccount(store, workspace.id, body.account_id);
  if (found.reply) return found;
  const account = found.account;
  if (account.reconnect_required) {
    return {
      reply: domainError(
        409,
        'token_revoked',
        'This Pinterest account must be reconnected before it can publish.',
        {
          remediation: 'Reconnect the Pinterest account.',
        },
      ),
    };
  }
  if (!account.boards.some((b) => b.id === body.board_id)) {
    return {
      reply: domainError(422, 'board_not_found', 'That board does not exist on this Pinterest account.', {
        remediation: 'Pick another board or refresh the board list.',
      }),
    };
  }
  if (body.asset_id && !store.assets.some((a) => a.id === body.asset_id && a.workspace_id === workspace.id)) {
    return { reply: detail(404, 'Asset not found') };
  }
  return { account };
}

export function createPinRecord(
  store: Store,
  workspace: Workspace,
  body: PinBody,
  accountId: string,
): PinRecord {
  const now = nowIso();
  const asset = body.asset_id ? store.assets.find((a) => a.id === body.asset_id) : undefined;
  if (asset) asset.referenced_by_pin_count++;
  const mediaUrl = asset ? asset.public_url : body.image_url!;
  const pin: PinRecord = {
    id: randomUUID(),
    workspace_id: workspace.id,
    pinterest_account_id: accountId,
    status: 'queued',
    media_type: asset?.asset_type ?? 'image',
    title: body.title,
    description: body.description ?? null,
    alt_text: body.alt_text ?? null,
    link_url: body.link_url ?? null,
    dominant_color: body.dominant_color ? `#${body.dominant_color.replace('#', '').toUpperCase()}` : null,
    cover_image_url: body.cover_image_url ?? null,
    related_terms: body.related_terms?.map((t) => t.trim()).filter(Boolean) ?? null,
    media_url: mediaUrl,
    image_url: mediaUrl,
    asset_id: asset?.id ?? null,
    board_id: body.board_id,
    pinterest_pin_id: null,
    error_code: null,
    error_message: null,
    idempotency_key: body.idempotency_key,
    created_at: now,
    updated_at: now,
    published_at: null,
    failed_at: null,
    removed_from_pinterest_at: null,
    nextAt: Date.now() + store.settings.queuedMs,
  };
  store.pins.push(pin);
  workspace.calls_used++;
  return pin;
}

function create({ store, body, principal, origin }: Ctx) {
  const parsed = pinBody.safeParse(body);
  if (!parsed.success) return fromZod(parsed.error);
  const target = resolveTarget(store, principal.workspace, parsed.data);
  if (target.reply) return target.reply;
  // Idempotency: a repeated key returns the stored pin and publishes nothing; it costs no quota.
  const existing = store.pins.find(
    (p) => p.workspace_id === principal.workspace.id && p.idempotency_key === parsed.data.idempotency_key,
  );
  if (existing) return json(201, pinJson(existing));
  if (principal.workspace.calls_used >= store.quotaFor(principal.workspace)) {
    return quotaError(store, principal.workspace, origin);
  }
  return json(201, pinJson(createPinRecord(store, principal.workspace, parsed.data, target.account.id)));
}

type Check = {
  name: string;
  status: 'passed' | 'failed' | 'warning' | 'skipped';
  code: string | null;
  message: string;
  remediation: string | null;
  details: null;
};
const check = (
  name: string,
  status: Check['status'],
  message: string,
  code: string | null = null,
  remediation: string | null = null,
): Check => ({
  name,
  status,
  code,
  message,
  remediation,
  details: null,
});

function replyCode(reply: Reply): string {
  const body = reply.json as { error?: { code?: string } } | undefined;
  return body?.error?.code ?? (reply.status === 404 ? 'not_found' : 'validation_error');
}

function replyMessage(reply: Reply): string {
  const body = reply.json as { error?: { message?: string }; detail?: unknown } | undefined;
  return body?.error?.message ?? (typeof body?.detail === 'string' ? body.detail : 'Invalid');
}

function validate({ store, body, principal }: Ctx) {
  const parsed = pinBody.safeParse(body);
  if (!parsed.success) return fromZod(parsed.error);
  const checks: Check[] = [check('payload', 'passed', 'Fields are valid.')];
  const target = resolveTarget(store, principal.workspace, parsed.data);
  if (target.reply) {
    const code = replyCode(target.reply);
    const name = code === 'board_not_found' ? 'board' : 'account';
    checks.push(check(name, 'failed', replyMessage(target.reply), code, 'Pick another board or account.'));
  } else {
    checks.push(
      check('account', 'passed', 'Account is connected.'),
      check('board', 'passed', 'Board is publishable.'),
    );
    store.refill(target.account);
    if (target.account.bucket.tokens < 1) {
      checks.push(
        check(
          'rate',
          'warning',
          'PinBridge is pacing this account; the pin will wait its turn.',
          'rate_paced',
        ),
      );
    }
  }
  const remaining = store.quotaFor(principal.workspace) - principal.workspace.calls_used;
  checks.push(
    remaining > 0
      ? check('quota', 'passed', `${remaining} pins left this month.`)
      : check('quota', 'failed', 'Monthly pin quota reached.', 'quota_exceeded', 'Upgrade your plan.'),
  );
  const existing = store.pins.find(
    (p) => p.workspace_id === principal.workspace.id && p.idempotency_key === parsed.data.idempotency_key,
  );
  return json(200, {
    valid: checks.every((c) => c.status !== 'failed'),
    dry_run: true,
    checks,
    resolved: { ...parsed.data },
    existing_pin_id: existing?.id ?? null,
    headroom: { quota_remaining: Math.max(0, remaining) },
  });
}

function findPin({
  store,
  principal,
  params,
}: Ctx): { pin: PinRecord; reply?: undefined } | { reply: Reply } {
  const id = params[0]!;
  if (!UUID.test(id)) return { reply: invalidUuid('pin_id') };
  const pin = store.pins.find((p) => p.id === id && p.workspace_id === principal.workspace.id);
  return pin ? { pin } : { reply: detail(404, 'Pin not found') };
}

function get(ctx: Ctx) {
  const found = findPin(ctx);
  return found.reply ?? json(200, pinJson(found.pin));
}

const SORTS: Record<string, (a: PinRecord, b: PinRecord) => number> = {
  created_at_desc: (a, b) => b.created_at.localeCompare(a.created_at),
  created_at_asc: (a, b) => a.created_at.localeCompare(b.created_at),
  published_at_desc: (a, b) => (b.published_at ?? '').localeCompare(a.published_at ?? ''),
  published_at_asc: (a, b) => (a.published_at ?? '').localeCompare(b.published_at ?? ''),
  title_asc: (a, b) => a.title.localeCompare(b.title),
  title_desc: (a, b) => b.title.localeCompare(a.title),
  status_asc: (a, b) => a.status.localeCompare(b.status),
  status_desc: (a, b) => b.status.localeCompare(a.status),
};

/** `limit`/`offset` as the API reads them; over 200 is refused. */
export function paging(url: URL): { limit: number; offset: number } | Reply {
  const limit = Number(url.searchParams.get('limit') ?? 50);
  const offset = Number(url.searchParams.get('offset') ?? 0);
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) {
    return json(422, {
      detail: [
        {
          loc: ['query', 'limit'],
          msg: 'Input should be less than or equal to 200',
          type: 'less_than_equal',
        },
      ],
    });
  }
  if (!Number.isInteger(offset) || offset < 0) {
    return json(422, {
      detail: [
        {
          loc: ['query', 'offset'],
          msg: 'Input should be greater than or equal to 0',
          type: 'greater_than_equal',
        },
      ],
    });
  }
  return { limit, offset };
}

export function pageOf<T>(rows: T[], page: { limit: number; offset: number }): Reply {
  return json(200, rows.slice(page.offset, page.offset + page.limit), {
    'X-Total-Count': String(rows.length),
  });
}

function list({ store, principal, url }: Ctx) {
  const page = paging(url);
  if ('status' in page) return page;
  const q = url.searchParams;
  const text = q.get('q')?.toLowerCase();
  const since = q.get('since');
  const until = q.get('until');
  const rows = store.pins
    .filter((p) => p.workspace_id === principal.workspace.id)
    .filter((p) => !q.get('account_id') || p.pinterest_account_id === q.get('account_id'))
    .filter((p) => !q.get('board_id') || p.board_id === q.get('board_id'))
    .filter((p) => !q.get('status') || p.status === q.get('status'))
    .filter((p) => !q.get('error_code') || p.error_code === q.get('error_code'))
    .filter((p) => !since || Date.parse(p.created_at) >= Date.parse(since))
    .filter((p) => !until || Date.parse(p.created_at) <= Date.parse(until))
    .filter(
      (p) => !q.has('removed') || (p.removed_from_pinterest_at !== null) === (q.get('removed') === 'true'),
    )
    .filter((p) => !text || [p.title, p.description, p.link_url].some((f) => f?.toLowerCase().includes(text)))
    .sort(SORTS[q.get('sort') ?? 'created_at_desc'] ?? SORTS.created_at_desc);
  return pageOf(rows.map(pinJson), page);
}

function retry(ctx: Ctx) {
  const found = findPin(ctx);
  if (found.reply) return found.reply;
  const pin = found.pin;
  if (pin.status !== 'failed') {
    return domainError(
      409,
      pin.status === 'published' ? 'pin_already_published' : 'pin_not_failed',
      `Only failed pins can be retried; this one is ${pin.status}.`,
    );
  }
  const body = (ctx.body ?? {}) as { board_id?: unknown; account_id?: unknown };
  if (typeof body.board_id === 'string') pin.board_id = body.board_id;
  if (typeof body.account_id === 'string') pin.pinterest_account_id = body.account_id;
  Object.assign(pin, {
    status: 'queued',
    error_code: null,
    error_message: null,
    failed_at: null,
    updated_at: nowIso(),
  });
  pin.nextAt = Date.now() + ctx.store.settings.queuedMs;
  return json(200, pinJson(pin));
}

function remove(ctx: Ctx) {
  const found = findPin(ctx);
  if (found.reply) return found.reply;
  const pin = found.pin;
  ctx.store.pins = ctx.store.pins.filter((p) => p !== pin);
  if (ctx.url.searchParams.get('delete_from_pinterest') !== 'true') return noContent();
  const removed = pin.pinterest_pin_id !== null;
  return json(200, {
    id: pin.id,
    deleted: true,
    removed_from_pinterest: removed,
    pinterest_pin_id: pin.pinterest_pin_id,
    reason: removed ? null : 'Pin was never published to Pinterest.',
  });
}

function job(ctx: Ctx) {
  const found = findPin(ctx);
  if (found.reply) return found.reply;
  const pin = found.pin;
  return json(200, {
    job_id: pin.id,
    pin_id: pin.id,
    status: pin.status,
    submitted_at: pin.created_at,
    completed_at: pin.published_at ?? pin.failed_at,
    pinterest_pin_id: pin.pinterest_pin_id,
    error_code: pin.error_code,
    error_message: pin.error_message,
  });
}

export const pinRoutes: Route[] = [
  route('POST', '/v1/pins', 'write', create),
  route('POST', '/v1/pins/validate', 'read', validate),
  route('GET', '/v1/pins', 'read', list),
  route('GET', '/v1/pins/{pin_id}', 'read', get),
  route('POST', '/v1/pins/{pin_id}/retry', 'write', retry),
  route('DELETE', '/v1/pins/{pin_id}', 'write', remove),
  route('GET', '/v1/jobs/{job_id}', 'read', job),
];
