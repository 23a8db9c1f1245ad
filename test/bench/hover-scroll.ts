import type { Page } from 'playwright-core';
import type { BenchExtension } from './setup';

export interface HoverScrollResult {
  frames: number;
  /** Mean time between animation frames while scrolling, without and with the hover button. */
  frameMsOff: number;
  frameMsOn: number;
  /** Time spent per frame in scrolling plus one pointer move over the image under the pointer. */
  workMsOff: number;
  workMsOn: number;
}

interface Chrome {
  storage: { local: { set(values: object): Promise<void> } };
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string }>> };
}

/**
 * Scrolls the page frame by frame, moving the pointer each frame as a hovering user would. A string,
 * not a function: tsx would wrap the inner named function in a helper the page does not have.
 */
function scrollRun(page: Page, frames: number): Promise<{ frameMs: number; workMs: number }> {
  return page.evaluate(`(async (count) => {
    window.scrollTo(0, 0);
    let work = 0;
    const stamps = [];
    await new Promise((resolve) => {
      const step = () => {
        stamps.push(performance.now());
        const started = performance.now();
        window.scrollBy(0, 40);
        const target = document.elementFromPoint(300, 300);
        if (target) target.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: 300, clientY: 300 }));
        work += performance.now() - started;
        if (stamps.length < count) requestAnimationFrame(step);
        else resolve();
      };
      requestAnimationFrame(step);
    });
    const gaps = stamps.slice(1).map((t, i) => t - stamps[i]);
    return { frameMs: gaps.reduce((a, b) => a + b, 0) / gaps.length, workMs: work / count };
  })(${frames})`);
}

/** The hover button must add no measurable cost to scrolling: the same run without and with it. */
export async function benchHoverScroll(bench: BenchExtension, frames = 240): Promise<HoverScrollResult> {
  const { context, extensionId, pageUrl } = bench;
  const off = await context.newPage();
  await off.goto(pageUrl);
  await scrollRun(off, 30); // warm-up
  const without = await scrollRun(off, frames);
  await off.close();

  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/icon/16.png`);
  await settings.evaluate(() =>
    (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({
      hoverButton: { enabled: true },
    }),
  );
  for (let i = 0; i < 100; i++) {
    const ids = await bench
      .worker()
      .evaluate(async () =>
        (
          await (globalThis as unknown as { chrome: Chrome }).chrome.scripting.getRegisteredContentScripts()
        ).map((s) => s.id),
      );
    if (ids.length) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await settings.close();
  const on = await context.newPage();
  await on.goto(pageUrl);
  await on.locator('pinbridge-pin-button').waitFor({ state: 'attached', timeout: 10_000 });
  await scrollRun(on, 30);
  const withHover = await scrollRun(on, frames);
  await on.close();
  const round = (n: number) => Number(n.toFixed(3));
  return {
    frames,
    frameMsOff: round(without.frameMs),
    frameMsOn: round(withHover.frameMs),
    workMsOff: round(without.workMs),
    workMsOn: round(withHover.workMs),
  };
}
