import { z } from 'zod';
import { mintAccessToken } from '../auth';
import { route, type Ctx, type Route } from '../context';
import { detail, domainError, fromZod, invalidUuid, json, noContent, UUID } from '../respond';
import { nowIso, type ApiKeyRecord, type Store, type User } from '../state';

const email = z
  .string()
  .trim()
  .regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, 'value is not a valid email address');
const password = z.string().min(8, 'String should have at least 8 characters').max(255);

const loginBody = z.object({ email, password, timezone: z.string().max(64).optional() });
const registerBody = z.object({
  full_name: z.string().trim().min(1, 'String should have at least 1 character').max(255),
  email,
  password,
  workspace_name: z.string().max(255).optional(),
  timezone: z.string().max(64).optional(),
});
const apiKeyBody = z.object({
  name: z.string().min(1).max(255),
  scopes: z.array(z.enum(['read', 'write', 'destructive'])).optional(),
  pinterest_account_ids: z.array(z.string().regex(UUID)).optional(),
});

function workspaceJson(store: Store, workspaceId: string) {
  const w = store.workspace(workspaceId);
  return { id: w.id, name: w.name, environment: w.environment, timezone: w.timezone, plan: w.plan };
}

export function meJson(store: Store, user: User) {
  const workspace = workspaceJson(store, user.workspace_id);
  return {
    user: {
      id: user.id,
      email: user.email,
      full_name: user.full_name,
      timezone: user.timezone,
      email_verified: true,
      created_at: user.created_at,
    },
    organization: store.workspace(user.workspace_id).organization,
    active_project: workspace,
    workspace,
    projects: [workspace],
    available_organizations: [],
    organization_role: 'owner',
    permissions: { can_publish: true, can_manage_api_keys: true },
  };
}

function authResponse(store: Store, user: User) {
  return {
    access_token: mintAccessToken(store, user),
    token_type: 'bearer',
    expires_in: store.settings.tokenTtlSeconds,
    ...meJson(store, user),
  };
}

function apiKeyJson({ key: _secret, ...record }: ApiKeyRecord) {
  return { ...record, client_name: null, authorized_by_email: null };
}

function login({ store, body }: Ctx) {
  const parsed = loginBody.safeParse(body);
  if (!parsed.success) return fromZod(parsed.error);
  const user = store.users.find((u) => u.email === parsed.data.email.toLowerCase());
  if (!user || user.password !== parsed.data.password) return detail(401, 'Incorrect email or password');
  return json(200, authResponse(store, user));
}

function register({ store, body }: Ctx) {
  const parsed = registerBody.safeParse(body);
  if (!parsed.success) return fromZod(parsed.error);
  const { email: address, password: secret, full_name, workspace_name } = parsed.data;
  if (store.users.some((u) => u.email === address.toLowerCase())) {
    return domainError(409, 'email_taken', 'An account with this email already exists.', {
      remediation: 'Sign in instead, or reset your password.',
    });
  }
  const workspace = store.createWorkspace(workspace_name ?? `${full_name}'s workspace`, 'free');
  return json(200, authResponse(store, store.createUser(address, secret, full_name, workspace)));
}

function me({ store, principal }: Ctx) {
  const user = principal.user ?? store.users.find((u) => u.workspace_id === principal.workspace.id);
  if (!user) return detail(404, 'User not found');
  return json(200, meJson(store, user));
}

function createKey({ store, body, principal }: Ctx) {
  const parsed = apiKeyBody.safeParse(body);
  if (!parsed.success) return fromZod(parsed.error);
  const record = store.createApiKey(
    principal.workspace.id,
    parsed.data.name,
    parsed.data.scopes ?? ['read', 'write'],
  );
  record.pinterest_account_ids = parsed.data.pinterest_account_ids ?? null;
  return json(201, { ...apiKeyJson(record), api_key: record.key });
}

function listKeys({ store, principal }: Ctx) {
  return json(200, store.apiKeys.filter((k) => k.workspace_id === principal.workspace.id).map(apiKeyJson));
}

function revokeKey({ store, principal, params }: Ctx) {
  const id = params[0]!;
  if (!UUID.test(id)) return invalidUuid('key_id');
  const record = store.apiKeys.find((k) => k.id === id && k.workspace_id === principal.workspace.id);
  if (!record || record.revoked_at) return detail(404, 'API key not found');
  record.revoked_at = nowIso();
  return noContent();
}

export const authRoutes: Route[] = [
  route('POST', '/v1/auth/login', 'none', login),
  route('POST', '/v1/auth/register', 'none', register),
  route('GET', '/v1/auth/me', 'read', me),
  route('POST', '/v1/api-keys', 'write', createKey),
  route('GET', '/v1/api-keys', 'read', listKeys),
  route('DELETE', '/v1/api-keys/{key_id}', 'write', revokeKey),
];
