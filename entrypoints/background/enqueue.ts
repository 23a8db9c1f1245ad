import { accountName, cachedAccounts, cachedBoards, needsReconnect } from '@/utils/accounts';
import { newEntry, type PublishRequest } from '@/utils/outbox/new-entry';
import type { PinBridgeClient } from '@/utils/pinbridge';
import type { Services } from './services';
import { t } from '@/utils/i18n';

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
    if (!account) throw new Error(t('accountNotConnected'));
    if (needsReconnect(account)) throw new Error(t('accountReconnectFirst', accountName(account)));
    const board = (await cachedBoards(api, account.id, false)).find((b) => b.id === pin.boardId);
    entries.push(
      newEntry(pin, { accountName: accountName(account), boardName: board?.name ?? t('yourBoard') }, now),
    );
  }
  await outbox.add(entries);
  return { entryIds: entries.map((e) => e.id) };
}
