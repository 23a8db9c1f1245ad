import type { BrowserContext, Page } from 'playwright-core';
import { median } from './collector';
import type { BenchExtension, Chrome } from './setup';

/** One popup open: milliseconds from its navigation start. */
export interface PopupOpen {
  /** The popup's first script runs: before it, only the browser works (page creation, file loading). */
  script: number;
  grid: number;
}

export interface PopupLoadResult {
  images: number;
  /** First popup open after the extension started. */
  firstMs: number;
  /** Median over later opens on the same tab (accounts and boards cached, the collector known there). */
  medianMs: number;
  /** Median over opens each on a page just loaded in a new tab, as when the user moves on to the next page. */
  freshTabMedianMs: number;
  /** Medians of `grid - script`: the part our code takes once the browser has started it. */
  fromScriptMedianMs: number;
  freshTabFromScriptMedianMs: number;
  runs: PopupOpen[];
  freshTabRuns: PopupOpen[];
}

const GRID_MARK = 'pinbridge:grid-shown';

async function openPopup(context: BrowserContext, extensionId: string, tabId: number): Promise<PopupOpen> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  // Polled rarely: a role query over hundreds of tiles would itself slow the popup it measures.
  await popup.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, GRID_MARK, {
    polling: 100,
    timeout: 30_000,
  });
  const marks = await popup.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
  );
  if (process.env.BENCH_VERBOSE) console.log(marks);
  await popup.close();
  const round = (value: number | undefined) => Number((value ?? Number.NaN).toFixed(1));
  return { script: round(marks['pinbridge:script']), grid: round(marks[GRID_MARK]) };
}

/** Loads the bench page in a new tab and waits until it has settled (its images failed, laid out). */
async function freshTab(bench: BenchExtension, n: number): Promise<{ page: Page; tabId: number }> {
  const url = `${bench.pageUrl}?fresh=${n}`;
  const page = await bench.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const tabId = await bench.worker().evaluate(async (wanted) => {
    const tabs = await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({});
    return tabs.find((t) => t.url === wanted)?.id;
  }, url);
  if (tabId === undefined) throw new Error('the fresh bench page has no tab');
  return { page, tabId };
}

/** Popup load to image grid on the bench page: the real extension, signed in to the stand-in. */
export async function benchPopupLoad(
  bench: BenchExtension,
  images: number,
  { opens = 7, freshTabs = 7 } = {},
): Promise<PopupLoadResult> {
  const { context, extensionId, tabId } = bench;
  const runs: PopupOpen[] = [];
  for (let i = 0; i < opens; i++) runs.push(await openPopup(context, extensionId, tabId));
  const freshTabRuns: PopupOpen[] = [];
  for (let i = 0; i < freshTabs; i++) {
    const { page, tabId: fresh } = await freshTab(bench, i);
    freshTabRuns.push(await openPopup(context, extensionId, fresh));
    await page.close();
  }
  const later = runs.slice(1);
  return {
    images,
    firstMs: runs[0]!.grid,
    medianMs: median(later.map((r) => r.grid)),
    freshTabMedianMs: median(freshTabRuns.map((r) => r.grid)),
    fromScriptMedianMs: median(later.map((r) => r.grid - r.script)),
    freshTabFromScriptMedianMs: median(freshTabRuns.map((r) => r.grid - r.script)),
    runs,
    freshTabRuns,
  };
}
