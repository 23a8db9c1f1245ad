import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../e2e/paths';
import { CdpPipe } from '../support/cdp-pipe';
import { assertSignedIn, signInScript, type SignInReply } from '../support/sign-in';
import { waitFor } from '../support/wait-for';
import { median } from './collector';
import { BENCH_HOST_RULES, startBenchSite, type BenchSite } from './setup';

/** One popup open: milliseconds from its navigation start. */
export interface PopupOpen {
  /** The popup's `load` event: the page and its scripts are in (Chrome shows a toolbar popup about then). */
  load: number;
  /** The popup's first script runs: before it, only the browser works (page creation, file loading). */
  script: number;
  grid: number;
}

export interface PopupLoadResult {
  images: number;
  /** Rounds run, each in a Chromium of its own: a first open, reopens on that tab, then new tabs. */
  rounds: number;
  /** An extension page with one empty script, navigation start → `load`: what the browser alone takes. */
  emptyPageLoadMedianMs: number;
  /** The first popup open after the extension started, popup load → image grid: median over the rounds. */
  firstFromLoadMs: number;
  /** The same, navigation start → image grid. */
  firstMs: number;
  /** Popup load → image grid, median over later opens on the same tab (accounts and boards cached). */
  fromLoadMedianMs: number;
  /** The same, each open on a page just loaded in a new tab, as when the user moves on to the next page. */
  freshTabFromLoadMedianMs: number;
  /** Navigation start → image grid (same tab / new tab): including the browser's part. */
  medianMs: number;
  freshTabMedianMs: number;
  /** Popup load → image grid on the same tab with the service worker stopped first (as after 30 s idle). */
  stoppedWorkerFromLoadMedianMs: number;
  stoppedWorkerMedianMs: number;
  firstRuns: PopupOpen[];
  runs: PopupOpen[];
  freshTabRuns: PopupOpen[];
  stoppedWorkerRuns: PopupOpen[];
}

const GRID_MARK = 'pinbridge:grid-shown';
const EMPTY_PAGE = 'bench-empty.html';
// Long enough for the grid to be up on this machine, so that DevTools attaches to the popup only after it.
const BEFORE_ATTACH_MS = 1_200;
// The page's performance marks and its load event, from its navigation start.
const TIMINGS = `({
  ...Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
  load: performance.getEntriesByType('navigation')[0]?.loadEventStart ?? 0,
})`;
const round = (value: number | undefined) => Number((value ?? Number.NaN).toFixed(1));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Reads until it answers something other than `undefined`. A read may fail while the page is still
 * navigating (its context is replaced); that counts as no answer yet.
 */
async function poll<T>(what: string, read: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const found = await waitFor(
    () => read().catch(() => undefined),
    (value) => value !== undefined,
    timeoutMs,
    100,
  ).catch(() => undefined);
  if (found === undefined) throw new Error(`timed out waiting for ${what}`);
  return found;
}

class BenchBrowser {
  private control: string | undefined;

  private constructor(
    readonly chrome: CdpPipe,
    readonly extensionId: string,
    private readonly worker: string,
  ) {}

  static async start(extensionDir: string): Promise<BenchBrowser> {
    const chrome = await CdpPipe.launch(extensionDir, [BENCH_HOST_RULES]);
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
      const found = await this.chrome.evaluate<Record<string, number>>(session, TIMINGS);
      return found[GRID_MARK] === undefined ? undefined : found;
    });
    if (process.env.BENCH_VERBOSE) console.log(marks);
    await this.chrome.closeTarget(targetId);
    return {
      load: round(marks.load),
      script: round(marks['pinbridge:script']),
      grid: round(marks[GRID_MARK]),
    };
  }

  /**
   * Stops the extension's service worker, as Chrome does after 30 s idle, and waits until it stays
   * stopped. The bench's own session with the worker ends with it: call this after the last `openSettled`.
   */
  async stopWorker(): Promise<void> {
    if (!this.control) {
      // The ServiceWorker domain lives on pages: an extension page of the bench's, left open for it. Its
      // tab's own events (loaded, activated) would wake the worker again, so they pass first.
      const { targetId } = await this.openSettled(`chrome-extension://${this.extensionId}/${EMPTY_PAGE}`);
      this.control = await this.chrome.attach(targetId);
      await this.chrome.send('ServiceWorker.enable', {}, this.control);
      // An attached DevTools session keeps a worker alive.
      await this.chrome.send('Target.detachFromTarget', { sessionId: this.worker });
    }
    const control = this.control;
    const running = async () =>
      (await this.chrome.targets()).some(
        (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${this.extensionId}/`),
      );
    await poll('the service worker to stop', async () => {
      if (!(await running())) return true;
      await this.chrome.send('ServiceWorker.stopAllWorkers', {}, control);
      return undefined;
    });
    await sleep(200);
    if (await running()) throw new Error('the service worker started again by itself');
  }

  /** Navigation start → `load` of the bench's empty extension page. */
  async openEmptyPage(): Promise<number> {
    const targetId = await this.chrome.open(`chrome-extension://${this.extensionId}/${EMPTY_PAGE}`);
    await sleep(BEFORE_ATTACH_MS / 2);
    const session = await this.chrome.attach(targetId);
    const { load } = await poll('the empty page', async () => {
      const found = await this.chrome.evaluate<Record<string, number>>(session, TIMINGS);
      return found.load ? found : undefined;
    });
    await this.chrome.closeTarget(targetId);
    return round(load);
  }
}

/**
 * A copy of the e2e build with one more page: an empty extension page, to time what the browser alone
 * takes to open an extension page. The build itself (what users get) never carries it.
 */
function withEmptyPage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pinbridge-bench-extension-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  writeFileSync(
    join(dir, EMPTY_PAGE),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Empty</title>' +
      '<script type="module" src="/bench-empty.js"></script></head><body></body></html>',
  );
  writeFileSync(join(dir, 'bench-empty.js'), "performance.mark('bench:script');\n");
  return dir;
}

interface RoundResult {
  empty: number[];
  first: PopupOpen;
  runs: PopupOpen[];
  freshTabRuns: PopupOpen[];
  stoppedWorkerRuns: PopupOpen[];
}

/** One Chromium: sign in, time the empty page, then the first popup open, reopens, and new tabs. */
async function popupRound(
  extensionDir: string,
  site: BenchSite,
  { sameTab, freshTabs, stoppedWorker }: { sameTab: number; freshTabs: number; stoppedWorker: number },
): Promise<RoundResult> {
  const bench = await BenchBrowser.start(extensionDir);
  try {
    await bench.signIn(site.standIn.origin);
    const empty: number[] = [];
    for (let i = 0; i < 2; i++) empty.push(await bench.openEmptyPage());
    const { tabId } = await bench.openSettled(site.pageUrl);
    const first = await bench.openPopup(tabId);
    const runs: PopupOpen[] = [];
    for (let i = 0; i < sameTab; i++) runs.push(await bench.openPopup(tabId));
    const freshTabRuns: PopupOpen[] = [];
    for (let i = 0; i < freshTabs; i++) {
      const page = await bench.openSettled(`${site.pageUrl}?fresh=${i}`);
      freshTabRuns.push(await bench.openPopup(page.tabId));
      await bench.chrome.closeTarget(page.targetId);
    }
    // Last: the bench loses its session with the worker when it stops (the popup starts it again).
    const stoppedWorkerRuns: PopupOpen[] = [];
    for (let i = 0; i < stoppedWorker; i++) {
      await bench.stopWorker();
      stoppedWorkerRuns.push(await bench.openPopup(tabId));
    }
    return { empty, first, runs, freshTabRuns, stoppedWorkerRuns };
  } finally {
    await bench.chrome.close();
  }
}

/**
 * Popup load to image grid on the bench page: the real extension, signed in to the stand-in, in a
 * Chromium that nothing but this bench drives (see `CdpPipe`). Each round starts a new Chromium, so the
 * first open (code not yet compiled in the extension's process) is measured more than once; the last
 * opens of each round find the service worker stopped, as a user does after a pause.
 */
export async function benchPopupLoad(
  images: number,
  { rounds = 3, sameTab = 4, freshTabs = 4, stoppedWorker = 3 } = {},
): Promise<PopupLoadResult> {
  const site = await startBenchSite(images);
  const extensionDir = withEmptyPage();
  try {
    const results: RoundResult[] = [];
    for (let i = 0; i < rounds; i++)
      results.push(await popupRound(extensionDir, site, { sameTab, freshTabs, stoppedWorker }));
    const firstRuns = results.map((r) => r.first);
    const runs = results.flatMap((r) => r.runs);
    const freshTabRuns = results.flatMap((r) => r.freshTabRuns);
    const stoppedWorkerRuns = results.flatMap((r) => r.stoppedWorkerRuns);
    const fromLoad = (r: PopupOpen) => r.grid - r.load;
    return {
      images,
      rounds,
      emptyPageLoadMedianMs: median(results.flatMap((r) => r.empty)),
      firstFromLoadMs: median(firstRuns.map(fromLoad)),
      firstMs: median(firstRuns.map((r) => r.grid)),
      fromLoadMedianMs: median(runs.map(fromLoad)),
      freshTabFromLoadMedianMs: median(freshTabRuns.map(fromLoad)),
      medianMs: median(runs.map((r) => r.grid)),
      freshTabMedianMs: median(freshTabRuns.map((r) => r.grid)),
      stoppedWorkerFromLoadMedianMs: median(stoppedWorkerRuns.map(fromLoad)),
      stoppedWorkerMedianMs: median(stoppedWorkerRuns.map((r) => r.grid)),
      firstRuns,
      runs,
      freshTabRuns,
      stoppedWorkerRuns,
    };
  } finally {
    await site.close();
    rmSync(extensionDir, { recursive: true, force: true });
  }
}
