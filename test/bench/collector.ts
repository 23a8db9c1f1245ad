import { build } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import { syntheticPage } from './synthetic-page';

export interface CollectionResult {
  images: number;
  /** First run of the collector on a freshly loaded page, as when the user opens the popup: median over pages. */
  coldMedianMs: number;
  /** Repeated runs on one page after two warm-ups (JIT-compiled). */
  warmMedianMs: number;
  coldRuns: number[];
  found: number;
}

/** The collector as the content script runs it, bundled into a script that exposes it to the bench. */
async function collectorBundle(root: string): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { collectPageMedia } from './utils/page-media/collect'; globalThis.__collect = collectPageMedia;`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    alias: { '@': root },
  });
  return result.outputFiles[0]!.text;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return Number((sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2).toFixed(2));
};

/** Loads the page and waits until it has been laid out and painted, as any page a user pins from. */
async function loadPage(page: Page, html: string, bundle: string): Promise<void> {
  await page.setContent(html, { waitUntil: 'domcontentloaded' });
  // A page the user pins from is on screen and settled: laid out, painted, its images done. The bench
  // browser fetches no images (run.ts), since thousands of failing requests would keep re-laying out
  // the page, and the collector's first layout read would pay for that instead of its own work.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await page.evaluate(() => document.body.getBoundingClientRect().height);
  await page.addScriptTag({ content: bundle });
}

function timeRuns(page: Page, count: number) {
  return page.evaluate((n) => {
    const collect = (
      globalThis as unknown as { __collect: (d: Document) => { images: unknown[]; omitted: number } }
    ).__collect;
    const times: number[] = [];
    let found = 0;
    for (let i = 0; i < n; i++) {
      const start = performance.now();
      const result = collect(document);
      times.push(performance.now() - start);
      found = result.images.length + result.omitted;
    }
    return { times, found };
  }, count);
}

/** Collection time in headless Chromium per page size: cold (fresh page each run) and warm. */
export async function benchCollection(
  context: BrowserContext,
  root: string,
  sizes: number[],
  { coldPages = 7, warmRuns = 9 } = {},
): Promise<CollectionResult[]> {
  const bundle = await collectorBundle(root);
  const results: CollectionResult[] = [];
  for (const images of sizes) {
    const html = syntheticPage(images);
    const cold: number[] = [];
    let found = 0;
    for (let i = 0; i < coldPages; i++) {
      const page = await context.newPage();
      await loadPage(page, html, bundle);
      const run = await timeRuns(page, 1);
      cold.push(run.times[0]!);
      found = run.found;
      await page.close();
    }
    const page = await context.newPage();
    await loadPage(page, html, bundle);
    const warm = (await timeRuns(page, warmRuns + 2)).times.slice(2);
    await page.close();
    results.push({
      images,
      coldMedianMs: median(cold),
      warmMedianMs: median(warm),
      coldRuns: cold.map((t) => Number(t.toFixed(2))),
      found,
    });
  }
  return results;
}
