import { browser } from 'wxt/browser';
import { accountName, cachedAccounts, cachedBoards, needsReconnect, refreshBoards } from '@/utils/accounts';
import type { MessageHandlers } from '@/utils/messaging';
import { newEntry } from '@/utils/outbox/new-entry';
import { pinCreateSchema } from '@/utils/pinbridge';
import { apiBaseUrlItem } from '@/utils/storage';
import { uploadMedia } from '@/utils/uploads/upload';
import type { Authed } from './authed';
import { toPinRequest } from './context-menus';
import type { PinActions } from './pin-actions';
import { enqueuePins } from './enqueue';
import { createSettingsHandlers } from './settings-handlers';
import type { Services } from './services';

const NO_NAMES = { accountName: '', boardName: '' };

export function createMessageHandlers(
  services: Services,
  authed: Authed,
  actions: PinActions,
): MessageHandlers {
  const { session, outbox, oauth } = services;
  return {
    ...createSettingsHandlers(services, authed),
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

    publish: ({ pins }) => authed((api) => enqueuePins(api, outbox, pins)),
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
    contextMenuClick: async ({ menuItemId, tabId, ...info }) => {
      const request = toPinRequest({ menuItemId, ...info }, tabId);
      if (!request) throw new Error(`"${menuItemId}" is not one of PinBridge's menu items.`);
      return actions.pin(request);
    },
    hoverPin: async ({ srcUrl }, sender) => {
      // The sender was checked to be a content script in a tab; the frame is the one it runs in.
      if (sender.tab?.id === undefined) throw new Error('The hover button is not in a tab.');
      return actions.pin({ kind: 'image', tabId: sender.tab.id, frameId: sender.frameId ?? 0, srcUrl });
    },
    retryEntry: async ({ id }) => {
      await outbox.retry(id);
      return { ok: true as const };
    },
  };
}
