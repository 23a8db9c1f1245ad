import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { detail, domainError, type Reply } from './respond';
import { nowIso, type ApiKeyRecord, type Store, type User, type Workspace } from './state';

export interface Principal {
  workspace: Workspace;
  user?: User;
  apiKey?: ApiKeyRecord;
  scopes: ReadonlySet<string>;
  via: 'api-key' | 'bearer';
}

const b64 = (value: string | Buffer) => Buffer.from(value).toString('base64url');

function sign(store: Store, payload: object): string {
  const body = `${b64(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64(JSON.stringify(payload))}`;
  return `${body}.${createHmac('sha256', store.secret).update(body).digest('base64url')}`;
}

/** Verifies a token made by `sign`; returns its payload, or `undefined` if forged or malformed. */
export function verify<T>(store: Store, token: string): T | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const expected = createHmac('sha256', store.secret).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2]!, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    return JSON.parse(Buffer.from(parts[1]!, 'base64url').toString()) as T;
  } catch {
    return undefined;
  }
}

export function mintAccessToken(store: Store, user: User): string {
  const exp = Math.floor(Date.now() / 1000) + store.settings.tokenTtlSeconds;
  return sign(store, { sub: user.id, ws: user.workspace_id, exp });
}

export function signState(store: Store, workspaceId: string): string {
  return sign(store, { ws: workspaceId, exp: Math.floor(Date.now() / 1000) + 600 });
}

const ALL_SCOPES = new Set(['read', 'write', 'destructive']);

function fromApiKey(store: Store, key: string): Principal | Reply {
  const record = store.apiKeys.find((k) => k.key === key && k.revoked_at === null);
  if (!record) return detail(401, 'Invalid API key');
  record.last_used_at = nowIso();
  return {
    workspace: store.workspace(record.workspace_id),
    apiKey: record,
    scopes: new Set(record.scopes),
    via: 'api-key',
  };
}

function fromJwt(store: Store, token: string): Principal | Reply {
  const payload = verify<{ sub: string; ws: string; exp: number }>(store, token);
  if (!payload) return detail(401, 'Could not validate credentials');
  if (payload.exp * 1000 <= Date.now()) {
    return domainError(401, 'token_expired', 'Your sign-in has expired.', { remediation: 'Sign in again.' });
  }
  const user = store.users.find((u) => u.id === payload.sub);
  if (!user) return detail(401, 'Could not validate credentials');
  return { workspace: store.workspace(user.workspace_id), user, scopes: ALL_SCOPES, via: 'bearer' };
}

/** `X-API-Key` first, then `Authorization: Bearer` (an API key or a sign-in token), as the API does. */
export function authenticate(store: Store, headers: IncomingHttpHeaders): Principal | Reply {
  const apiKey = headers['x-api-key'];
  if (typeof apiKey === 'string' && apiKey) return fromApiKey(store, apiKey);
  const authorization = headers.authorization;
  const match = typeof authorization === 'string' ? /^Bearer\s+(.+)$/i.exec(authorization) : null;
  if (!match) return detail(401, 'Not authenticated');
  const token = match[1]!.trim();
  return token.startsWith('pb_') ? fromApiKey(store, token) : fromJwt(store, token);
}

export function requireScope(principal: Principal, scope: string): Reply | undefined {
  if (principal.scopes.has(scope)) return undefined;
  return domainError(403, 'insufficient_scope', `This API key lacks the "${scope}" scope.`, {
    remediation: `Create a key with the "${scope}" scope.`,
  });
}
