import { median } from './collector';
import type { BenchExtension } from './setup';

export interface PopupLoadResult {
  images: number;
  /** First popup open after the extension started. */
  firstMs: number;
  /** Median over later opens (accounts and boards come from the cache). */
  medianMs: number;
  runs: number[];
}

/** Popup load to image grid on the bench page: the real extension, signed in to the stand-in. */
export async function benchPopupLoad(
  bench: BenchExtension,
  images: number,
  opens = 7,
): Promise<PopupLoadResult> {
  const { context, extensionId, tabId } = bench;
  const runs: number[] = [];
  for (let i = 0; i < opens; i++) {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    // Polled rarely: a role query over hundreds of tiles would itself slow the popup it measures.
    await popup.waitForFunction(() => performance.getEntriesByName('pinbridge:grid-shown').length > 0, null, {
      polling: 100,
      timeout: 30_000,
    });
    const marks = await popup.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)])),
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
            .map((r) => `${r.name.split('/').pop()} ${Math.round(r.startTime)}→${Math.round(r.responseEnd)}`),
        };
      });
      console.log(marks, nav);
    }
    const shownAt = marks['pinbridge:grid-shown'] ?? Number.NaN;
    runs.push(Number(shownAt.toFixed(1)));
    await popup.close();
  }
  return { images, firstMs: runs[0]!, medianMs: median(runs.slice(1)), runs };
}
