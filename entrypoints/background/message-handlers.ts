import { browser } from 'wxt/browser';
import { accountName, cachedAccounts, cachedBoards, needsReconnect, refreshBoards } from '@/utils/accounts';
import type { MessageHandlers } from '@/utils/messaging';
import { newEntry } from '@/utils/outbox/new-entry';
import { collectFromTab } from '@/utils/page-media/from-tab';
import { PinBridgeError, pinCreateSchema, type PinBridgeClient } from '@/utils/pinbridge';

const NO_NAMES = { accountName: '', boardName: '' };
import { apiBaseUrlItem } from '@/utils/storage';
import { uploadMedia } from '@/utils/uploads/upload';
import type { Services } from './services';

export function createMessageHandlers({ session, outbox, oauth }: Services): MessageHandlers {
  async function client(): Promise<PinBridgeClient> {
    const signedIn = await session.client();
    if (!signedIn) throw new Error('You are signed out of PinBridge. Sign in again.');
    return signedIn;
  }

  /** A 401 on any call ends the session, as it does in the outbox. */
  async function authed<T>(call: (api: PinBridgeClient) => Promise<T>): Promise<T> {
    try {
      return await call(await client());
    } catch (error) {
      if (error instanceof PinBridgeError && error.kind === 'auth') {
        await session.expire();
        throw new Error('Your PinBridge sign-in has expired. Sign in again.');
      }
      throw error;
    }
  }

  return {
    collectPage: ({ tabId }) => collectFromTab(tabId),
    getStatus: async () => ({
      version: browser.runtime.getManifest().version,
      apiBaseUrl: await apiBaseUrlItem.getValue(),
    }),

    getSession: () => session.info(),
    signIn: ({ email, password, staySignedIn }) => session.signIn(email, password, staySignedIn),
    register: ({ fullName, email, password, staySignedIn }) =>
      session.register(fullName, email, password, staySignedIn),
    useApiKey: ({ key }) => session.useApiKey(key),
    signOut: () => session.signOut(),

    getAccounts: async ({ refresh }) =>
      (await authed((api) => cachedAccounts(api, refresh ?? false))).map((account) => ({
        id: account.id,
        name: accountName(account),
        username: account.username ?? null,
        needsReconnect: needsReconnect(account),
        healthMessage: account.health_message ?? null,
      })),
    getBoards: ({ accountId, refresh }) => authed((api) => cachedBoards(api, accountId, refresh ?? false)),
    connectAccount: () => oauth.start(),

    publish: ({ pins }) =>
      authed(async (api) => {
        const accounts = await cachedAccounts(api, false);
        const now = Date.now();
        const entries = [];
        for (const pin of pins) {
          const account = accounts.find((a) => a.id === pin.accountId);
          if (!account)
            throw new Error('That Pinterest account is not connected to your PinBridge workspace.');
          if (needsReconnect(account))
            throw new Error(`Reconnect ${accountName(account)} before pinning to it.`);
          const board = (await cachedBoards(api, account.id, false)).find((b) => b.id === pin.boardId);
          entries.push(
            newEntry(pin, { accountName: accountName(account), boardName: board?.name ?? 'your board' }, now),
          );
        }
        await outbox.add(entries);
        return { entryIds: entries.map((e) => e.id) };
      }),
    uploadMedia: ({ url, tabId, frameId, kind }) =>
      authed((api) => uploadMedia(api, url, { tabId, frameId }, kind)),
    createBoard: ({ accountId, name, description, secret }) =>
      authed(async (api) => {
        const board = await api.pinterest.createBoard({
          account_id: accountId,
          name,
          description: description || undefined,
          privacy: secret ? 'SECRET' : 'PUBLIC',
        });
        await refreshBoards(api, accountId);
        return board;
      }),
    validatePins: ({ pins }) =>
      authed((api) =>
        Promise.all(
          pins.map((pin) =>
            api.pins.validate(
              pinCreateSchema.parse(newEntry({ ...pin, runAt: undefined }, NO_NAMES, Date.now()).payload),
            ),
          ),
        ),
      ),
    getBilling: () => authed((api) => api.billing.status()),
    relatedTerms: ({ accountId, terms }) =>
      authed(async (api) => {
        const answer = await api.pinterest.relatedTerms(accountId, terms);
        const suggestions = answer.related_terms_list.flatMap((t) => t.related_terms);
        return [...new Set(suggestions.map((t) => t.trim()).filter(Boolean))].slice(0, 12);
      }),
    getOutbox: () => outbox.list(),
    retryEntry: async ({ id }) => {
      await outbox.retry(id);
      return { ok: true as const };
    },
  };
}
