import {
  createPinBridgeClient,
  type ApiCall,
  type AuthResponse,
  type Me,
  type PinBridgeAuth,
  type PinBridgeClient,
} from '../pinbridge';
import {
  accountsCacheItem,
  apiBaseUrlItem,
  apiKeyItem,
  authInfoItem,
  bearerItem,
  boardsCacheItem,
  readChecked,
  storedSchemas,
} from '../storage';
import type { AuthInfo } from './schema';
import { seal, unseal, type KeyStore } from './vault';
import { t } from '@/utils/i18n';
import { signInFailure } from './sign-in-failure';

export interface SessionDeps {
  keyStore: KeyStore;
  fetch?: typeof fetch;
  now?: () => number;
  /** Called after a successful sign-in, so that what waited for it goes on. */
  onSignedIn?: () => void;
  /** Told about every API call any client of this session makes (diagnostics). */
  onCall?: (call: ApiCall) => void;
}

/** "PinBridge extension – Chrome on Linux – 2026-11-24": recognisable in PinBridge's key list. */
export function extensionKeyName(userAgent: string, date: Date): string {
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrom/.test(userAgent)
        ? 'Chrome'
        : 'Browser';
  const os = /Windows/.test(userAgent)
    ? 'Windows'
    : /Mac OS/.test(userAgent)
      ? 'macOS'
      : /Linux|X11/.test(userAgent)
        ? 'Linux'
        : 'unknown OS';
  return `PinBridge extension – ${browser} on ${os} – ${date.toISOString().slice(0, 10)}`;
}

function describe(
  me: Me | AuthResponse,
  mode: 'bearer' | 'apiKey',
  expiresAt: number | null,
  keyName: string | null,
): AuthInfo {
  const workspace = me.active_project ?? me.workspace;
  return {
    status: 'signed-in',
    mode,
    email: me.user.email,
    name: me.user.full_name ?? null,
    workspace: workspace?.name ?? null,
    plan: workspace?.plan ?? null,
    expiresAt,
    keyName,
  };
}

/**
 * Sign-in state. The background alone holds credentials: the sign-in token in session storage, and an
 * API key (pasted, or minted for "stay signed in") sealed in local storage.
 */
export function createSession(deps: SessionDeps) {
  const now = deps.now ?? Date.now;

  async function clientWith(auth: PinBridgeAuth): Promise<PinBridgeClient> {
    return createPinBridgeClient({
      baseUrl: await apiBaseUrlItem.getValue(),
      auth,
      fetch: deps.fetch,
      onCall: deps.onCall,
    });
  }

  /** The API key when there is one (it does not expire), else a sign-in token that is still valid. */
  async function credential(): Promise<PinBridgeAuth | undefined> {
    const stored = await readChecked(apiKeyItem, storedSchemas.apiKey);
    if (stored) {
      const key = await unseal(deps.keyStore, stored.sealed);
      if (key) return { kind: 'apiKey', key };
    }
    const bearer = await readChecked(bearerItem, storedSchemas.bearer);
    if (bearer && bearer.expiresAt > now()) return { kind: 'bearer', token: bearer.token };
    return undefined;
  }

  async function mintKey(client: PinBridgeClient): Promise<string | null> {
    const name = extensionKeyName(globalThis.navigator?.userAgent ?? '', new Date(now()));
    try {
      const key = await client.apiKeys.create({ name, scopes: ['read', 'write'] });
      await apiKeyItem.setValue({ sealed: await seal(deps.keyStore, key.api_key), keyId: key.id, name });
      return name;
    } catch (error) {
      // The sign-in still stands; it will just expire. The UI says so through `expiresAt`.
      console.warn('[pinbridge] could not create an API key for "stay signed in"', error);
      return null;
    }
  }

  async function startSession(response: AuthResponse, staySignedIn: boolean): Promise<AuthInfo> {
    const expiresAt = now() + response.expires_in * 1000;
    await bearerItem.setValue({ token: response.access_token, expiresAt });
    const keyName = staySignedIn
      ? await mintKey(await clientWith({ kind: 'bearer', token: response.access_token }))
      : null;
    const info = describe(response, keyName ? 'apiKey' : 'bearer', keyName ? null : expiresAt, keyName);
    await authInfoItem.setValue(info);
    deps.onSignedIn?.();
    return info;
  }

  async function forget(): Promise<void> {
    await Promise.all([
      bearerItem.setValue(null),
      apiKeyItem.setValue(null),
      accountsCacheItem.setValue(null),
      boardsCacheItem.setValue({}),
    ]);
  }

  return {
    info: () => readChecked(authInfoItem, storedSchemas.authInfo),

    /** A client with the current credential, or `undefined` when signed out. */
    async client(): Promise<PinBridgeClient | undefined> {
      const auth = await credential();
      return auth && clientWith(auth);
    },

    async signIn(email: string, password: string, staySignedIn: boolean): Promise<AuthInfo> {
      const client = await clientWith({ kind: 'none' });
      const login = await client.auth.login({ email, password }).catch((error: unknown) => {
        throw signInFailure(error, 'password');
      });
      return startSession(login, staySignedIn);
    },

    async register(
      fullName: string,
      email: string,
      password: string,
      staySignedIn: boolean,
    ): Promise<AuthInfo> {
      const client = await clientWith({ kind: 'none' });
      const registered = await client.auth
        .register({ full_name: fullName, email, password })
        .catch((error: unknown) => {
          throw signInFailure(error, 'register');
        });
      return startSession(registered, staySignedIn);
    },

    /** Uses a pasted API key, after checking that PinBridge accepts it. */
    async useApiKey(key: string): Promise<AuthInfo> {
      const client = await clientWith({ kind: 'apiKey', key: key.trim() });
      const me = await client.auth.me().catch((error: unknown) => {
        throw signInFailure(error, 'apiKey');
      });
      await bearerItem.setValue(null);
      await apiKeyItem.setValue({
        sealed: await seal(deps.keyStore, key.trim()),
        keyId: null,
        name: t('pastedApiKey'),
      });
      const info = describe(me, 'apiKey', null, null);
      await authInfoItem.setValue(info);
      deps.onSignedIn?.();
      return info;
    },

    /** Revokes the key the extension minted (best effort) and clears every secret and cache. */
    async signOut(): Promise<AuthInfo> {
      const stored = await readChecked(apiKeyItem, storedSchemas.apiKey);
      const client = await this.client();
      if (stored?.keyId && client) {
        await client.apiKeys
          .delete(stored.keyId)
          .catch((error: unknown) => console.warn('[pinbridge] key revoke failed', error));
      }
      await forget();
      const info: AuthInfo = { status: 'signed-out' };
      await authInfoItem.setValue(info);
      return info;
    },

    /** PinBridge answered 401: the credential is dead. Pending pins wait in the outbox for a new sign-in. */
    async expire(): Promise<void> {
      await forget();
      await authInfoItem.setValue({ status: 'signed-out', reason: 'expired' });
    },
  };
}

export type Session = ReturnType<typeof createSession>;
