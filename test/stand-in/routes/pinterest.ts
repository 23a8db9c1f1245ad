import { z } from 'zod';
import { signState, verify } from '../auth';
import { route, type Ctx, type Route } from '../context';
import { detail, domainError, fromZod, json, noContent, UUID, invalidUuid } from '../respond';
import { pinterestId, type Account, type Store } from '../state';

export function accountJson({ boards: _boards, bucket: _bucket, ...account }: Account) {
  return account;
}

/** The caller's account by id, or the answer the API gives when it is unknown or disconnected. */
export function findAccount(store: Store, workspaceId: string, accountId: unknown) {
  if (typeof accountId !== 'string' || !UUID.test(accountId)) return { reply: invalidUuid('account_id') };
  const account = store.accounts.find(
    (a) => a.id === accountId && a.workspace_id === workspaceId && !a.revoked_at,
  );
  if (!account) return { reply: detail(404, 'Pinterest account not found') };
  return { account };
}

function startOAuth({ store, origin, principal }: Ctx) {
  const state = signState(store, principal.workspace.id);
  return json(200, {
    authorization_url: `${origin}/oauth/consent?client_id=pinbridge&state=${encodeURIComponent(state)}`,
  });
}

function listAccounts({ store, principal }: Ctx) {
  return json(200, store.accounts.filter((a) => a.workspace_id === principal.workspace.id).map(accountJson));
}

/** Disconnects: the account leaves the workspace (its pins stay). */
function deleteAccount({ store, principal, params }: Ctx) {
  const found = findAccount(store, principal.workspace.id, params[0]);
  if (found.reply) return found.reply;
  store.accounts = store.accounts.filter((a) => a !== found.account);
  return noContent();
}

function listBoards({ store, principal, url }: Ctx) {
  const found = findAccount(store, principal.workspace.id, url.searchParams.get('account_id'));
  if (found.reply) return found.reply;
  return json(200, found.account.boards);
}

const boardBody = z.object({
  account_id: z.string(),
  name: z.string().trim().min(1, 'String should have at least 1 character').max(180),
  description: z.string().max(500).optional(),
  privacy: z.enum(['PUBLIC', 'SECRET']).optional(),
});

function createBoard({ store, principal, body }: Ctx) {
  const parsed = boardBody.safeParse(body);
  if (!parsed.success) return fromZod(parsed.error);
  const found = findAccount(store, principal.workspace.id, parsed.data.account_id);
  if (found.reply) return found.reply;
  const privacy = parsed.data.privacy ?? 'PUBLIC';
  if (privacy === 'SECRET' && !found.account.scopes.split(',').includes('boards:write_secret')) {
    return domainError(409, 'scope_missing', 'Secret boards need the boards:write_secret permission.', {
      remediation: 'Reconnect the Pinterest account to grant it.',
    });
  }
  const board = {
    id: pinterestId(),
    name: parsed.data.name,
    description: parsed.data.description ?? null,
    privacy,
  };
  found.account.boards.push(board);
  return json(201, board);
}

const SUFFIXES = ['ideas', 'inspiration', 'aesthetic', 'diy', 'for beginners'];

function relatedTerms({ store, principal, url }: Ctx) {
  const found = findAccount(store, principal.workspace.id, url.searchParams.get('account_id'));
  if (found.reply) return found.reply;
  const terms = url.searchParams
    .getAll('terms')
    .flatMap((t) => t.split(','))
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  if (terms.length === 0) {
    return json(422, { detail: [{ loc: ['query', 'terms'], msg: 'Field required', type: 'missing' }] });
  }
  const list = terms.map((term) => ({ term, related_terms: SUFFIXES.map((s) => `${term} ${s}`) }));
  return json(200, {
    id: pinterestId(),
    related_term_count: list.reduce((n, t) => n + t.related_terms.length, 0),
    related_terms_list: list,
    exact_match: url.searchParams.get('exact_match') === 'true',
  });
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

function page(title: string, body: string) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem}button{font:inherit;padding:.5rem 1.2rem;margin-right:.5rem}</style>
</head><body>${body}</body></html>`;
}

/** Stands in for Pinterest's consent screen. */
function consentPage({ url }: Ctx) {
  const state = url.searchParams.get('state') ?? '';
  const html = page(
    'Allow PinBridge to access your Pinterest account',
    `<h1>Allow PinBridge to access your Pinterest account?</h1>
<p>PinBridge will be able to see your boards and create pins on them.</p>
<form method="get" action="/v1/pinterest/oauth/callback">
  <input type="hidden" name="state" value="${escapeHtml(state)}">
  <input type="hidden" name="code" value="stand-in-code-${Date.now()}">
  <button type="submit">Allow</button>
</form>
<form method="get" action="/v1/pinterest/oauth/callback">
  <input type="hidden" name="state" value="${escapeHtml(state)}">
  <input type="hidden" name="error" value="access_denied">
  <button type="submit">Deny</button>
</form>`,
  );
  return { status: 200, html };
}

let connected = 0;

function callback({ store, url, headers }: Ctx) {
  const wantsJson = String(headers.accept ?? '').includes('application/json');
  const payload = verify<{ ws: string; exp: number }>(store, url.searchParams.get('state') ?? '');
  if (!payload || payload.exp * 1000 < Date.now()) {
    return domainError(400, 'invalid_state', 'This connection link has expired or was tampered with.', {
      remediation: 'Start connecting the account again from the extension.',
    });
  }
  if (url.searchParams.get('error') || !url.searchParams.get('code')) {
    const body = { status: 'denied', message: 'The Pinterest account was not connected.', account_id: null };
    return wantsJson
      ? json(200, body)
      : { status: 200, html: page('Not connected', `<h1>Not connected</h1><p>${body.message}</p>`) };
  }
  connected++;
  const account = store.connectAccount(payload.ws, `pinner_${connected}`, `Connected Pinner ${connected}`);
  const body = { status: 'success', message: 'Pinterest account connected.', account_id: account.id };
  if (wantsJson) return json(200, body);
  return {
    status: 200,
    html: page(
      'Pinterest account connected',
      `<h1>Pinterest account connected</h1><p>${escapeHtml(account.display_name ?? '')} is ready. You can close this tab.</p>`,
    ),
  };
}

export const pinterestRoutes: Route[] = [
  route('GET', '/v1/pinterest/oauth/start', 'read', startOAuth),
  route('GET', '/oauth/consent', 'none', consentPage),
  route('GET', '/v1/pinterest/oauth/callback', 'none', callback),
  route('GET', '/v1/pinterest/accounts', 'read', listAccounts),
  route('DELETE', '/v1/pinterest/accounts/{account_id}', 'write', deleteAccount),
  route('GET', '/v1/pinterest/boards', 'read', listBoards),
  route('POST', '/v1/pinterest/boards', 'write', createBoard),
  route('GET', '/v1/pinterest/terms/related', 'read', relatedTerms),
];
