import { browser, type Browser } from 'wxt/browser';
import { refreshAccounts } from './accounts';
import type { Session } from './auth/session';
import { accountsCacheItem, apiBaseUrlItem, oauthFlowItem, type OAuthFlow } from './storage';
import { t } from '@/utils/i18n';

/*
 * Connecting a Pinterest account: PinBridge's OAuth start gives a consent URL; we open it in a tab and
 * watch that tab reach PinBridge's callback, which connects the account. The flow is kept in storage so
 * that a worker restart in the middle (the user may take minutes) still completes it.
 */

export function createOAuthFlow(session: Session) {
  async function finish(flow: OAuthFlow, change: Partial<OAuthFlow>): Promise<void> {
    await oauthFlowItem.setValue({ ...flow, ...change, at: Date.now() });
  }

  async function start(): Promise<{ authorizationUrl: string }> {
    const client = await session.client();
    if (!client) throw new Error(t('oauthSignInFirst'));
    const { authorization_url } = await client.pinterest.startOAuth();
    await oauthFlowItem.setValue({
      tabId: null,
      status: 'waiting',
      message: null,
      accountId: null,
      at: Date.now(),
    });
    const tab = await browser.tabs.create({ url: authorization_url, active: true });
    await oauthFlowItem.setValue({
      tabId: tab.id ?? null,
      status: 'waiting',
      message: null,
      accountId: null,
      at: Date.now(),
    });
    return { authorizationUrl: authorization_url };
  }

  async function onTabUpdated(
    tabId: number,
    change: Browser.tabs.OnUpdatedInfo,
    tab: Browser.tabs.Tab,
  ): Promise<void> {
    const flow = await oauthFlowItem.getValue();
    if (!flow || flow.status !== 'waiting' || flow.tabId !== tabId) return;
    const url = tab.url ?? change.url;
    const base = await apiBaseUrlItem.getValue();
    if (!url?.startsWith(`${base}/v1/pinterest/oauth/callback`) || tab.status !== 'complete') return;
    const params = new URL(url).searchParams;
    if (params.get('error') || !params.get('code')) {
      await finish(flow, {
        status: 'failed',
        message: t('oauthDenied'),
      });
      return;
    }
    const before = new Set((await accountsCacheItem.getValue())?.accounts.map((a) => a.id));
    const client = await session.client();
    if (!client) {
      await finish(flow, {
        status: 'failed',
        message: t('oauthSignedOut'),
      });
      return;
    }
    try {
      const accounts = await refreshAccounts(client);
      const added = accounts.find((a) => !before.has(a.id)) ?? accounts[accounts.length - 1];
      await finish(flow, { status: 'connected', accountId: added?.id ?? null, message: null });
      await browser.tabs.remove(tabId).catch(() => undefined);
    } catch (error) {
      await finish(flow, {
        status: 'failed',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }

  async function onTabRemoved(tabId: number): Promise<void> {
    const flow = await oauthFlowItem.getValue();
    if (flow?.status === 'waiting' && flow.tabId === tabId) {
      await finish(flow, {
        status: 'failed',
        message: t('oauthClosed'),
      });
    }
  }

  return {
    start,
    /** Listeners must be added when the worker starts, so that tab events wake it. */
    register() {
      browser.tabs.onUpdated.addListener((tabId, change, tab) => void onTabUpdated(tabId, change, tab));
      browser.tabs.onRemoved.addListener((tabId) => void onTabRemoved(tabId));
    },
  };
}

export type OAuthFlowService = ReturnType<typeof createOAuthFlow>;
