import type { Board, PinBridgeClient, PinterestAccount } from './pinbridge';
import { accountsCacheItem, boardsCacheItem, readChecked, storedSchemas } from './storage';

/** How old a cached list may be before it is refreshed behind the user's back. */
export const STALE_AFTER_MS = 60_000;

/** Accounts that must be reconnected (revoked, token dead, scopes missing) are never publish targets. */
export function needsReconnect(account: PinterestAccount): boolean {
  return Boolean(
    account.revoked_at || account.reconnect_required || (account.missing_scopes?.length ?? 0) > 0,
  );
}

export function accountName(account: PinterestAccount): string {
  return account.display_name || account.username || String(account.pinterest_user_id);
}

export async function refreshAccounts(client: PinBridgeClient): Promise<PinterestAccount[]> {
  const accounts = await client.pinterest.listAccounts();
  await accountsCacheItem.setValue({ accounts, fetchedAt: Date.now() });
  return accounts;
}

export async function refreshBoards(client: PinBridgeClient, accountId: string): Promise<Board[]> {
  const boards = await client.pinterest.listBoards(accountId);
  const cache = await readChecked(boardsCacheItem, storedSchemas.boardsCache);
  await boardsCacheItem.setValue({ ...cache, [accountId]: { boards, fetchedAt: Date.now() } });
  return boards;
}

/**
 * Stale-while-revalidate: the cached list at once (the popup opens instantly), refreshed in the
 * background when old; fetched and awaited only when there is none.
 */
export async function cachedAccounts(client: PinBridgeClient, refresh: boolean): Promise<PinterestAccount[]> {
  const cache = await readChecked(accountsCacheItem, storedSchemas.accountsCache);
  if (!cache || refresh) return refreshAccounts(client);
  if (Date.now() - cache.fetchedAt > STALE_AFTER_MS) void refreshAccounts(client).catch(() => undefined);
  return cache.accounts;
}

export async function cachedBoards(
  client: PinBridgeClient,
  accountId: string,
  refresh: boolean,
): Promise<Board[]> {
  const cache = (await readChecked(boardsCacheItem, storedSchemas.boardsCache))[accountId];
  if (!cache || refresh) return refreshBoards(client, accountId);
  if (Date.now() - cache.fetchedAt > STALE_AFTER_MS)
    void refreshBoards(client, accountId).catch(() => undefined);
  return cache.boards;
}
