import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EXTENSION_DIR, buildE2eExtension } from '../e2e/paths';
import { launchChromium } from '../support/chromium';
import { startStandIn } from '../stand-in/server';
import { DEMO_EMAIL, DEMO_PASSWORD } from '../stand-in/state';
import { median } from './collector';
import { syntheticPage } from './synthetic-page';

export interface PopupLoadResult {
  images: number;
  /** First popup open after the extension started. */
  firstMs: number;
  /** Median over later opens (accounts and boards come from the cache). */
  medianMs: number;
  runs: number[];
}

interface Chrome {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; error?: string }> };
  storage: { local: { set(values: object): Promise<void> } };
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
}

/** Popup load to image grid on a page of `images` images: the real extension, signed in to the stand-in. */
export async function benchPopupLoad(images = 500, opens = 7): Promise<PopupLoadResult> {
  buildE2eExtension('ignore');
  const standIn = await startStandIn();
  const html = syntheticPage(images);
  const site = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  const pageUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/`;
  const browser = await launchChromium({
    extensionDir: EXTENSION_DIR,
    extraArgs: ['--host-resolver-rules=MAP cdn.bench.test ~NOTFOUND'],
  });
  const context = browser.context;
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const setup = await context.newPage();
    await setup.goto(`chrome-extension://${extensionId}/options.html`);
    const reply = await setup.evaluate(
      async ([origin, email, password]) => {
        const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
        await chrome.storage.local.set({ apiBaseUrl: origin });
        return chrome.runtime.sendMessage({
          channel: 'pinbridge',
          type: 'signIn',
          data: { email, password, staySignedIn: false },
        });
      },
      [standIn.origin, DEMO_EMAIL, DEMO_PASSWORD] as const,
    );
    if (!reply.ok) throw new Error(`bench sign-in failed: ${reply.error}`);

    const page = await context.newPage();
    await page.goto(pageUrl, { waitUntil: 'domcontentloaded' });
    await page.evaluate(() => document.body.getBoundingClientRect().height);
    const tabId = await worker.evaluate(async (url) => {
      const tabs = await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({});
      return tabs.find((t) => t.url === url)?.id;
    }, pageUrl);

    const runs: number[] = [];
    for (let i = 0; i < opens; i++) {
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      // Polled rarely: a role query over hundreds of tiles would itself slow the popup it measures.
      await popup.waitForFunction(
        () => performance.getEntriesByName('pinbridge:grid-shown').length > 0,
        null,
        {
          polling: 100,
          timeout: 30_000,
        },
      );
      const marks = await popup.evaluate(() =>
        Object.fromEntries(
          performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]),
        ),
      );
      if (process.env.BENCH_VERBOSE) {
        const nav = await popup.evaluate(() => {
          const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          return {
            responseEnd: Math.round(n.responseEnd),
            domInteractive: Math.round(n.domInteractive),
            // The extension's own files: when each was fetched, relative to navigation start.
            scripts: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
              .filter((r) => r.name.startsWith('chrome-extension:'))
              .map(
                (r) => `${r.name.split('/').pop()} ${Math.round(r.startTime)}→${Math.round(r.responseEnd)}`,
              ),
          };
        });
        console.log(marks, nav);
      }
      const shownAt = marks['pinbridge:grid-shown'] ?? Number.NaN;
      runs.push(Number(shownAt.toFixed(1)));
      await popup.close();
    }
    return { images, firstMs: runs[0]!, medianMs: median(runs.slice(1)), runs };
  } finally {
    await browser.close();
    site.close();
    await standIn.close();
  }
}
