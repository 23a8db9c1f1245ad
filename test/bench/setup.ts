import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Worker } from 'playwright-core';
import { EXTENSION_DIR, buildE2eExtension } from '../e2e/paths';
import { launchChromium } from '../support/chromium';
import { startStandIn, type StandIn } from '../stand-in/server';
import { signInToStandIn } from '../support/sign-in';
import { syntheticPage } from './synthetic-page';

export interface Chrome {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; result?: unknown; error?: string }> };
  storage: { local: { set(values: object): Promise<void> } };
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
}

/** The bench pages' images come from this host, which resolves nowhere: no image is ever fetched. */
export const BENCH_HOST_RULES = '--host-resolver-rules=MAP cdn.bench.test ~NOTFOUND';

export interface BenchExtension {
  context: BrowserContext;
  worker: () => Worker;
  extensionId: string;
  standIn: StandIn;
  /** The synthetic page, its tab and the URL of its first image. */
  pageUrl: string;
  tabId: number;
  firstImageUrl: string;
  close(): Promise<void>;
}

export interface BenchSite {
  standIn: StandIn;
  /** The synthetic page's address. */
  pageUrl: string;
  close(): Promise<void>;
}

let built = false;

/** Builds the e2e extension once per bench run; E2E_SKIP_BUILD=1 reuses the last build, as the browser tests do. */
function ensureBuilt(): void {
  if (built || (process.env.E2E_SKIP_BUILD === '1' && existsSync(EXTENSION_DIR))) return;
  buildE2eExtension('ignore');
  built = true;
}

/** The in-process stand-in and a loopback server of the synthetic page with `images` images. */
export async function startBenchSite(images: number): Promise<BenchSite> {
  ensureBuilt();
  const standIn = await startStandIn();
  const html = syntheticPage(images);
  const site = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  return {
    standIn,
    pageUrl: `http://127.0.0.1:${(site.address() as AddressInfo).port}/`,
    async close() {
      site.close();
      await standIn.close();
    },
  };
}

/** The real extension (e2e build), signed in to an in-process stand-in, with a synthetic page open. */
export async function startBenchExtension(images: number): Promise<BenchExtension> {
  const { standIn, pageUrl, close: closeSite } = await startBenchSite(images);
  const browser = await launchChromium({
    extensionDir: EXTENSION_DIR,
    extraArgs: [BENCH_HOST_RULES],
  });
  const context = browser.context;
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const workerUrl = first.url();
  const extensionId = new URL(workerUrl).host;
  const setup = await context.newPage();
  await setup.goto(`chrome-extension://${extensionId}/options.html`);
  await signInToStandIn(setup, standIn.origin, false);
  await setup.close();

  const page = await context.newPage();
  await page.goto(pageUrl, { waitUntil: 'domcontentloaded' });
  await page.evaluate(() => document.body.getBoundingClientRect().height);
  const tabId = await first.evaluate(async (url) => {
    const tabs = await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({});
    return tabs.find((t) => t.url === url)?.id;
  }, pageUrl);
  if (tabId === undefined) throw new Error('the bench page has no tab');
  return {
    context,
    worker: () => context.serviceWorkers().find((w) => w.url() === workerUrl) ?? first,
    extensionId,
    standIn,
    pageUrl,
    tabId,
    firstImageUrl: 'https://cdn.bench.test/p/0.jpg',
    async close() {
      await browser.close();
      await closeSite();
    },
  };
}
