import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSession } from '@/utils/auth/session';
import { memoryKeyStore } from '@/utils/auth/vault';
import { apiBaseUrlItem, apiKeyItem, authInfoItem, bearerItem } from '@/utils/storage';
import { DEMO_EMAIL, DEMO_PASSWORD } from '../stand-in/state';
import { useStandIn } from './helpers';

const ctx = useStandIn();

describe('session', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await apiBaseUrlItem.setValue(ctx.standIn.origin);
  });

  it('signs in with a password: the token goes to session storage, the UI sees no secret', async () => {
    const session = createSession({ keyStore: memoryKeyStore() });
    const info = await session.signIn(DEMO_EMAIL, DEMO_PASSWORD, false);
    expect(info).toMatchObject({
      status: 'signed-in',
      mode: 'bearer',
      email: DEMO_EMAIL,
      workspace: 'Demo workspace',
    });
    expect((await bearerItem.getValue())?.token).toBeTruthy();
    expect(JSON.stringify(await authInfoItem.getValue())).not.toContain((await bearerItem.getValue())!.token);
    expect(await fakeBrowser.storage.local.get()).not.toHaveProperty('bearer');
    expect((await session.client())?.authMode).toBe('bearer');
  });

  it('"stay signed in" mints a read+write API key, keeps it sealed, and revokes it on sign-out', async () => {
    const session = createSession({ keyStore: memoryKeyStore() });
    const info = await session.signIn(DEMO_EMAIL, DEMO_PASSWORD, true);
    expect(info).toMatchObject({
      mode: 'apiKey',
      expiresAt: null,
      keyName: expect.stringMatching(/^PinBridge extension – .+ – \d{4}-\d{2}-\d{2}$/),
    });
    const minted = (await ctx.admin.state()).apiKeys.find(
      (k) => k.name === (info as { keyName: string }).keyName,
    )!;
    expect(minted.scopes).toEqual(['read', 'write']);
    // Content scripts can read storage.local: only ciphertext is there.
    const local = JSON.stringify(await fakeBrowser.storage.local.get());
    expect(local).not.toMatch(/pb_test_[0-9a-f]{40}/);
    expect((await session.client())?.authMode).toBe('apiKey');

    await session.signOut();
    expect((await ctx.admin.state()).apiKeys.find((k) => k.id === minted.id)?.revoked_at).toBeTruthy();
    expect(await apiKeyItem.getValue()).toBeNull();
    expect(await bearerItem.getValue()).toBeNull();
    expect(await session.client()).toBeUndefined();
  });

  it('uses a pasted API key after PinBridge accepts it, and refuses a wrong one', async () => {
    const session = createSession({ keyStore: memoryKeyStore() });
    await expect(session.useApiKey('pb_test_wrong')).rejects.toMatchObject({ kind: 'auth' });
    expect(await session.client()).toBeUndefined();
    expect(await session.useApiKey(ctx.standIn.store.demoApiKey)).toMatchObject({
      status: 'signed-in',
      mode: 'apiKey',
    });
  });

  it('an expired sign-in token is not used', async () => {
    const session = createSession({ keyStore: memoryKeyStore(), now: () => Date.now() + 2 * 3600_000 });
    await bearerItem.setValue({ token: 'old', expiresAt: Date.now() + 3600_000 });
    expect(await session.client()).toBeUndefined();
  });

  it('a 401 ends the session with a reason the UI can show', async () => {
    const session = createSession({ keyStore: memoryKeyStore() });
    await session.signIn(DEMO_EMAIL, DEMO_PASSWORD, false);
    await session.expire();
    expect(await session.info()).toEqual({ status: 'signed-out', reason: 'expired' });
    expect(await bearerItem.getValue()).toBeNull();
  });

  it('a sealed key that can no longer be opened (the vault key is gone) counts as signed out', async () => {
    await createSession({ keyStore: memoryKeyStore() }).useApiKey(ctx.standIn.store.demoApiKey);
    const other = createSession({ keyStore: memoryKeyStore() });
    expect(await other.client()).toBeUndefined();
  });
});
