import { ServiceWorkerControl } from '../e2e/service-worker-control';
import { median } from './collector';
import type { BenchExtension, Chrome } from './setup';

export interface ColdMenuResult {
  /** Worker stopped → the context-menu click handled (target found in the page, window opened). */
  medianMs: number;
  runs: number[];
}

/** Chrome stops idle workers; a right-click must still feel immediate. */
export async function benchColdContextMenu(bench: BenchExtension, repeats = 5): Promise<ColdMenuResult> {
  const { context, extensionId, tabId, firstImageUrl } = bench;
  const control = await ServiceWorkerControl.attach(context);
  const page = await context.newPage();
  // An extension document that does not talk to the worker by itself (the options page would wake it).
  await page.goto(`chrome-extension://${extensionId}/icon/16.png`);
  const runs: number[] = [];
  for (let i = 0; i < repeats; i++) {
    // As Chrome stops an idle worker: its memory is gone, the next event starts it afresh.
    await control.stop();
    const opened = context.waitForEvent('page', { predicate: (p) => p.url().includes('/compose.html') });
    const ms = await page.evaluate(
      async ([tab, src]) => {
        const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
        const started = performance.now();
        const reply = await chrome.runtime.sendMessage({
          channel: 'pinbridge',
          type: 'contextMenuClick',
          data: { menuItemId: 'pin-image', tabId: tab, srcUrl: src },
        });
        if (!reply.ok) throw new Error(reply.error);
        return performance.now() - started;
      },
      [tabId, firstImageUrl] as const,
    );
    runs.push(Number(ms.toFixed(1)));
    // The window talks to the worker while it loads; closed, the worker falls idle again.
    const compose = await opened;
    await compose.getByLabel('Title').waitFor();
    await compose.close();
  }
  await page.close();
  return { medianMs: median(runs), runs };
}

export interface PublishLatencyResult {
  /** Click on Publish → the dry run reaches PinBridge. */
  toFirstRequestMs: number;
  /** Click on Publish → `POST /v1/pins` reaches PinBridge (after the dry run). */
  toPinRequestMs: number;
}

/** From the click on Publish in the popup to the requests arriving at the (in-process) stand-in. */
export async function benchPublishLatency(bench: BenchExtension): Promise<PublishLatencyResult> {
  const { context, extensionId, tabId, standIn } = bench;
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByLabel('Board', { exact: true }).selectOption({ label: 'Travel bucket list' });
  await popup.getByRole('list', { name: 'Page images' }).getByRole('checkbox').first().check();
  const before = standIn.store.log.length;
  // The click's time in the page's clock, which is the wall clock the stand-in stamps requests with.
  await popup.evaluate(() => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Publish'));
    button?.addEventListener('click', () => performance.mark('bench:publish-click'), {
      once: true,
      capture: true,
    });
  });
  await popup.getByRole('button', { name: /^Publish/ }).click();
  await popup.getByText(/1 pin sent/).waitFor({ timeout: 30_000 });
  const clickedAt = await popup.evaluate(
    () => performance.timeOrigin + performance.getEntriesByName('bench:publish-click')[0]!.startTime,
  );
  const arrivals = standIn.store.log.slice(before).filter((r) => r.method === 'POST');
  const at = (path: string) => Date.parse(arrivals.find((r) => r.path === path)?.at ?? '') - clickedAt;
  await popup.close();
  return {
    toFirstRequestMs: Math.round(Date.parse(arrivals[0]?.at ?? '') - clickedAt),
    toPinRequestMs: Math.round(at('/v1/pins')),
  };
}
