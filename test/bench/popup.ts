import { EXTENSION_DIR } from '../e2e/paths';
import { CdpPipe } from '../support/cdp-pipe';
import { assertSignedIn, signInScript, type SignInReply } from '../support/sign-in';
import { median } from './collector';
import { BENCH_HOST_RULES, startBenchSite } from './setup';

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
// Long enough for the grid to be up on this machine, so that DevTools attaches to the popup only after it.
const BEFORE_ATTACH_MS = 1_200;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function poll<T>(what: string, read: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

class BenchBrowser {
  private constructor(
    readonly chrome: CdpPipe,
    readonly extensionId: string,
    private readonly worker: string,
  ) {}

  static async start(): Promise<BenchBrowser> {
    const chrome = await CdpPipe.launch(EXTENSION_DIR, [BENCH_HOST_RULES]);
    try {
      const worker = await poll('the service worker', async () =>
        (await chrome.targets()).find(
          (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'),
        ),
      );
      return new BenchBrowser(chrome, new URL(worker.url).host, await chrome.attach(worker.targetId));
    } catch (error) {
      await chrome.close();
      throw error;
    }
  }

  /** Opens `url` in a tab, waits until it has loaded and settled (laid out, painted), then lets go of it. */
  async openSettled(url: string): Promise<{ targetId: string; tabId: number }> {
    const targetId = await this.chrome.open(url);
    const session = await this.chrome.attach(targetId);
    await poll(
      'the page to load',
      async () =>
        (await this.chrome.evaluate<boolean>(
          session,
          `location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`,
        )) || undefined,
    );
    await this.chrome.evaluate(
      session,
      'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(document.body.getBoundingClientRect().height))))',
    );
    await this.chrome.send('Target.detachFromTarget', { sessionId: session });
    const tabId = await this.chrome.evaluate<number | null>(
      this.worker,
      `chrome.tabs.query({}).then((tabs) => tabs.find((t) => t.url === ${JSON.stringify(url)})?.id ?? null)`,
    );
    if (tabId === null) throw new Error(`no tab shows ${url}`);
    return { targetId, tabId };
  }

  async signIn(origin: string): Promise<void> {
    const { targetId } = await this.openSettled(`chrome-extension://${this.extensionId}/options.html`);
    const session = await this.chrome.attach(targetId);
    assertSignedIn(await this.chrome.evaluate<SignInReply>(session, signInScript(origin, false)));
    await this.chrome.closeTarget(targetId);
  }

  /**
   * Opens the popup for `tabId` as a tab of its own. Nothing is attached to it while it loads; its
   * performance marks are read afterwards.
   */
  async openPopup(tabId: number): Promise<PopupOpen> {
    const targetId = await this.chrome.open(
      `chrome-extension://${this.extensionId}/popup.html?tabId=${tabId}`,
    );
    await sleep(BEFORE_ATTACH_MS);
    const session = await this.chrome.attach(targetId);
    const marks = await poll('the image grid', async () => {
      const found = await this.chrome.evaluate<Record<string, number>>(
        session,
        'Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, m.startTime]))',
      );
      return found[GRID_MARK] === undefined ? undefined : found;
    });
    if (process.env.BENCH_VERBOSE) console.log(marks);
    await this.chrome.closeTarget(targetId);
    const round = (value: number | undefined) => Number((value ?? Number.NaN).toFixed(1));
    return { script: round(marks['pinbridge:script']), grid: round(marks[GRID_MARK]) };
  }
}

/**
 * Popup load to image grid on the bench page: the real extension, signed in to the stand-in, in a
 * Chromium that nothing but this bench drives (see `CdpPipe`).
 */
export async function benchPopupLoad(
  images: number,
  { opens = 8, freshTabs = 7 } = {},
): Promise<PopupLoadResult> {
  const site = await startBenchSite(images);
  const bench = await BenchBrowser.start().catch(async (error: unknown) => {
    await site.close();
    throw error;
  });
  try {
    await bench.signIn(site.standIn.origin);
    const { tabId } = await bench.openSettled(site.pageUrl);
    const runs: PopupOpen[] = [];
    for (let i = 0; i < opens; i++) runs.push(await bench.openPopup(tabId));
    const freshTabRuns: PopupOpen[] = [];
    for (let i = 0; i < freshTabs; i++) {
      const page = await bench.openSettled(`${site.pageUrl}?fresh=${i}`);
      freshTabRuns.push(await bench.openPopup(page.tabId));
      await bench.chrome.closeTarget(page.targetId);
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
  } finally {
    await bench.chrome.close();
    await site.close();
  }
}
