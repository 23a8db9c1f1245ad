/* eslint-disable no-empty-pattern -- Vitest fixtures must destructure their first argument. */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { test as base } from 'vitest';
import { startPageServer, type PageServer } from '../support/page-server';
import { launchChromium } from '../support/chromium';
import { EXTENSION_DIR, PAGES_DIR } from './paths';
import { startStandIn, type StandIn } from '../stand-in/server';
import { DEMO_EMAIL, DEMO_PASSWORD } from '../stand-in/state';
import { standInAdmin } from '../support/stand-in-admin';
import { ExtensionApi } from './page-objects/extension-api';
import { PopupPage } from './page-objects/popup-page';
import { ServiceWorkerControl } from './service-worker-control';

export interface ExtensionFixtures {
  /** Test pages and generated images on 127.0.0.1. */
  pages: PageServer;
  context: BrowserContext;
  serviceWorker: ServiceWorkerControl;
  extensionId: string;
  /** Opens a page (a test-server path, or any absolute URL) in a new tab; returns it with its tab id. */
  openTab: (path: string) => Promise<{ page: Page; tabId: number }>;
  /** Opens the popup as a tab, bound to the given tab as the toolbar popup would be. */
  openPopup: (tabId: number) => Promise<PopupPage>;
  /** A PinBridge stand-in for this test file, reset before each test. */
  standIn: StandIn & { admin: ReturnType<typeof standInAdmin> };
  /** The background's message API, from an extension page, pointed at the stand-in. */
  extension: ExtensionApi;
  /** Signed in as the stand-in's demo user (one connected account with five boards). */
  signedIn: ExtensionApi;
}

interface TabsApi {
  tabs: { query(q: object): Promise<Array<{ id?: number }>> };
}

/** Tab ids are visible to the extension even where URLs are not (tabs it has no host access to). */
async function tabIds(worker: Worker): Promise<number[]> {
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: TabsApi }).chrome;
    return (await api.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
  });
}

export const test = base.extend<ExtensionFixtures>({
  standIn: [
    async ({}, use) => {
      const standIn = await startStandIn();
      await use(Object.assign(standIn, { admin: standInAdmin(standIn.origin) }));
      await standIn.close();
    },
    { scope: 'file' },
  ],
  extension: async ({ context, extensionId, standIn, serviceWorker }, use) => {
    await standIn.admin.reset();
    await standIn.admin.settings({ queuedMs: 100, publishingMs: 300 });
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const api = new ExtensionApi(page, () => serviceWorker.current());
    await api.setApiBaseUrl(standIn.origin);
    await use(api);
  },
  pages: [
    async ({}, use) => {
      const server = await startPageServer(PAGES_DIR);
      await use(server);
      await server.close();
    },
    { scope: 'file' },
  ],
  context: async ({}, use) => {
    const browser = await launchChromium({ extensionDir: EXTENSION_DIR });
    await use(browser.context);
    await browser.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(await ServiceWorkerControl.attach(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL((await serviceWorker.current()).url()).host);
  },
  signedIn: async ({ extension }, use) => {
    await extension.send('signIn', { email: DEMO_EMAIL, password: DEMO_PASSWORD, staySignedIn: false });
    await use(extension);
  },
  openTab: async ({ context, pages, serviceWorker }, use) => {
    await use(async (path) => {
      const before = new Set(await tabIds(await serviceWorker.current()));
      const page = await context.newPage();
      await page.goto(/^[a-z-]+:/.test(path) ? path : pages.url(path));
      const opened = (await tabIds(await serviceWorker.current())).filter((id) => !before.has(id));
      if (opened.length !== 1) throw new Error(`Expected one new tab for ${path}, found ${opened.length}`);
      return { page, tabId: opened[0]! };
    });
  },
  openPopup: async ({ context, extensionId }, use) => {
    await use(async (tabId) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      return new PopupPage(page);
    });
  },
});

export { expect } from 'vitest';
