import { accountName, cachedAccounts, cachedBoards, needsReconnect } from '@/utils/accounts';
import { newEntry, type PublishRequest } from '@/utils/outbox/new-entry';
import type { PinBridgeClient } from '@/utils/pinbridge';
import type { Services } from './services';

/** Checks each pin's account and board, then hands them all to the outbox at once. */
export async function enqueuePins(
  api: PinBridgeClient,
  outbox: Services['outbox'],
  pins: PublishRequest[],
): Promise<{ entryIds: string[] }> {
  const accounts = await cachedAccounts(api, false);
  const now = Date.now();
  const entries = [];
  for (const pin of pins) {
    const account = accounts.find((a) => a.id === pin.accountId);
    if (!account) throw new Error('That Pinterest account is not connected to your PinBridge workspace.');
    if (needsReconnect(account)) throw new Error(`Reconnect ${accountName(account)} before pinning to it.`);
    const board = (await cachedBoards(api, account.id, false)).find((b) => b.id === pin.boardId);
    entries.push(
      newEntry(pin, { accountName: accountName(account), boardName: board?.name ?? 'your board' }, now),
    );
  }
  await outbox.add(entries);
  return { entryIds: entries.map((e) => e.id) };
}
