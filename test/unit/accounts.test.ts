import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STALE_AFTER_MS, accountName, cachedAccounts, needsReconnect } from '@/utils/accounts';
import { createPinBridgeClient, type PinterestAccount } from '@/utils/pinbridge';
import { accountsCacheItem } from '@/utils/storage';

const account = (fields: Partial<PinterestAccount> = {}) =>
  ({
    id: '7b0c1d9e-3f43-4c1a-9a55-0d6b8f1f2a10',
    workspace_id: '0e8f4a7c-5d2b-4b59-8f1e-2c3d4e5f6a7b',
    pinterest_user_id: '900000000000000001',
    display_name: null,
    username: null,
    scopes: 'boards:read,boards:write,pins:read,pins:write',
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    revoked_at: null,
    ...fields,
  }) as PinterestAccount;

/** A real client over a fetch that answers the accounts list and counts its calls. */
function clientAnswering(accounts: object[]) {
  const fetch = vi.fn(async () => Response.json(accounts));
  return { fetch, client: createPinBridgeClient({ baseUrl: 'https://api.pinbridge.test', fetch }) };
}

describe('accountName: display name, else username, else Pinterest user id', () => {
  it.each([
    [{ display_name: 'Kitchen Stories', username: 'kitchen' }, 'Kitchen Stories'],
    [{ display_name: '', username: 'kitchen' }, 'kitchen'],
    [{ display_name: null, username: null }, '900000000000000001'],
  ])('%o → %s', (fields, expected) => {
    expect(accountName(account(fields))).toBe(expected);
  });
});

describe('needsReconnect', () => {
  it('is false for a healthy account and true when revoked, flagged or missing scopes', () => {
    expect(needsReconnect(account())).toBe(false);
    expect(needsReconnect(account({ revoked_at: '2026-02-01T00:00:00Z' }))).toBe(true);
    expect(needsReconnect(account({ reconnect_required: true }))).toBe(true);
    expect(needsReconnect(account({ missing_scopes: ['pins:write'] }))).toBe(true);
  });
});

describe('cachedAccounts: stale-while-revalidate', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('fetches and stores when nothing is cached', async () => {
    const { fetch, client } = clientAnswering([account({ username: 'fresh' })]);
    const accounts = await cachedAccounts(client, false);
    expect(accounts.map(accountName)).toEqual(['fresh']);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect((await accountsCacheItem.getValue())?.accounts.map(accountName)).toEqual(['fresh']);
  });

  it('answers from a fresh cache without calling PinBridge', async () => {
    await accountsCacheItem.setValue({ accounts: [account({ username: 'cached' })], fetchedAt: Date.now() });
    const { fetch, client } = clientAnswering([account({ username: 'fresh' })]);
    expect((await cachedAccounts(client, false)).map(accountName)).toEqual(['cached']);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('answers from an old cache at once and refreshes it behind', async () => {
    const fetchedAt = Date.now() - STALE_AFTER_MS - 1;
    await accountsCacheItem.setValue({ accounts: [account({ username: 'cached' })], fetchedAt });
    const { fetch, client } = clientAnswering([account({ username: 'fresh' })]);
    expect((await cachedAccounts(client, false)).map(accountName)).toEqual(['cached']);
    await vi.waitFor(async () =>
      expect((await accountsCacheItem.getValue())?.accounts.map(accountName)).toEqual(['fresh']),
    );
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('keeps the old cache when the refresh behind fails', async () => {
    const fetchedAt = Date.now() - STALE_AFTER_MS - 1;
    await accountsCacheItem.setValue({ accounts: [account({ username: 'cached' })], fetchedAt });
    const fetch = vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')));
    const client = createPinBridgeClient({ baseUrl: 'https://api.pinbridge.test', fetch });
    expect((await cachedAccounts(client, false)).map(accountName)).toEqual(['cached']);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    expect((await accountsCacheItem.getValue())?.fetchedAt).toBe(fetchedAt);
  });

  it('fetches when asked to refresh, even with a fresh cache', async () => {
    await accountsCacheItem.setValue({ accounts: [account({ username: 'cached' })], fetchedAt: Date.now() });
    const { client } = clientAnswering([account({ username: 'fresh' })]);
    expect((await cachedAccounts(client, true)).map(accountName)).toEqual(['fresh']);
  });
});
