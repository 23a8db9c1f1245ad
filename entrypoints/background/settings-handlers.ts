import { browser } from 'wxt/browser';
import { apiLogger } from '@/utils/diagnostics/api-log';
import type { MessageHandlers } from '@/utils/messaging';
import { createPinBridgeClient, describeError } from '@/utils/pinbridge';
import { refreshAccounts } from '@/utils/accounts';
import { apiBaseUrlItem, apiCallsItem, readChecked, storedSchemas } from '@/utils/storage';
import type { Authed } from './authed';
import type { Services } from './services';
import { t } from '@/utils/i18n';

type Step = { check: string; ok: boolean; detail: string };

/** What the options page asks of the background: connection test, accounts, webhooks, diagnostics. */
export function createSettingsHandlers(
  { session, outbox }: Services,
  authed: Authed,
): Pick<
  MessageHandlers,
  | 'testConnection'
  | 'disconnectAccount'
  | 'listWebhooks'
  | 'createWebhook'
  | 'setWebhookEnabled'
  | 'deleteWebhook'
  | 'getDiagnostics'
> {
  return {
    // First without credentials (is anything there?), then with them (are they accepted?).
    testConnection: async () => {
      const baseUrl = await apiBaseUrlItem.getValue();
      const steps: Step[] = [];
      const done = () => ({ ok: steps.every((s) => s.ok), steps });
      try {
        const health = await createPinBridgeClient({
          baseUrl,
          onCall: apiLogger,
          timeoutMs: 8000,
        }).system.health();
        steps.push({
          check: t('connStepAnswers'),
          ok: true,
          detail: t('connHealthy', baseUrl, health.status),
        });
      } catch (error) {
        steps.push({ check: t('connStepAnswers'), ok: false, detail: `${baseUrl}: ${describeError(error)}` });
        return done();
      }
      const info = await session.info();
      if (info.status !== 'signed-in') {
        steps.push({
          check: t('connStepSignIn'),
          ok: false,
          detail: t('connNotSignedIn'),
        });
        return done();
      }
      try {
        const billing = await authed((api) => api.billing.status());
        steps.push({
          check: t('connStepSignIn'),
          ok: true,
          detail: t(info.mode === 'apiKey' ? 'connSignedInKey' : 'connSignedInToken', billing.plan),
        });
      } catch (error) {
        steps.push({ check: t('connStepSignIn'), ok: false, detail: describeError(error) });
      }
      return done();
    },
    disconnectAccount: ({ accountId }) =>
      authed(async (api) => {
        await api.pinterest.deleteAccount(accountId);
        await refreshAccounts(api);
        return { ok: true as const };
      }),
    listWebhooks: () => authed((api) => api.webhooks.list()),
    createWebhook: ({ url, secret, events }) => authed((api) => api.webhooks.create({ url, secret, events })),
    setWebhookEnabled: ({ id, enabled }) => authed((api) => api.webhooks.update(id, { is_enabled: enabled })),
    deleteWebhook: ({ id }) =>
      authed(async (api) => {
        await api.webhooks.delete(id);
        return { ok: true as const };
      }),
    getDiagnostics: async () => {
      const info = await session.info();
      return {
        version: browser.runtime.getManifest().version,
        apiBaseUrl: await apiBaseUrlItem.getValue(),
        authMode: info.status === 'signed-in' ? info.mode : 'signed-out',
        calls: await readChecked(apiCallsItem, storedSchemas.apiCalls),
        outbox: await outbox.list(),
      };
    },
  };
}
