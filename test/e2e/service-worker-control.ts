import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';

interface WorkerVersion {
  scriptURL: string;
  runningStatus: string;
}

/**
 * Stops and restarts the extension's service worker through the DevTools protocol, as Chrome does to
 * an idle worker: memory is lost, storage is kept.
 */
export class ServiceWorkerControl {
  private readonly versions = new Map<string, string>();
  /** Waiting for the worker to pass through a status: reported once, however briefly it lasts. */
  private readonly waiters = new Set<{ status: string; reached: () => void }>();

  private constructor(
    private readonly context: BrowserContext,
    private readonly cdp: CDPSession,
    private readonly scriptUrl: string,
  ) {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: WorkerVersion[] }) => {
      for (const version of versions) {
        this.versions.set(version.scriptURL, version.runningStatus);
        if (version.scriptURL !== this.scriptUrl) continue;
        for (const waiter of this.waiters) if (waiter.status === version.runningStatus) waiter.reached();
      }
    });
  }

  static async attach(context: BrowserContext): Promise<ServiceWorkerControl> {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // A page of its own carries the CDP session, so tests may close any page they open.
    const page: Page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const control = new ServiceWorkerControl(context, cdp, worker.url());
    await cdp.send('ServiceWorker.enable');
    // Until DevTools has reported the worker's version, a stop request finds nothing to stop.
    await control.waitFor('running');
    return control;
  }

  /** The running worker, started if Chrome had stopped it. */
  async current(): Promise<Worker> {
    const running = this.context.serviceWorkers().find((w) => w.url() === this.scriptUrl);
    if (running) return running;
    return this.start();
  }

  async stop(): Promise<void> {
    // Listened for before asking: a worker woken again at once (an alarm, a message) is "stopped" for
    // less time than a status poll would notice.
    const stopped = this.passesThrough('stopped');
    await this.cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
  }

  async start(): Promise<Worker> {
    if (this.versions.get(this.scriptUrl) !== 'running') {
      await this.cdp.send('ServiceWorker.startWorker', { scopeURL: new URL('/', this.scriptUrl).href });
      await this.waitFor('running');
    }
    // Playwright attaches to the new worker a moment after it runs.
    const deadline = Date.now() + 10_000;
    for (;;) {
      const worker = this.context.serviceWorkers().find((w) => w.url() === this.scriptUrl);
      if (worker) return worker;
      if (Date.now() > deadline) throw new Error('The restarted service worker did not attach');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async restart(): Promise<Worker> {
    await this.stop();
    return this.start();
  }

  private passesThrough(status: string, timeoutMs = 10_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const waiter = {
        status,
        reached: () => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`Service worker did not reach "${status}" in ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  private async waitFor(status: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.versions.get(this.scriptUrl) !== status) {
      if (Date.now() > deadline)
        throw new Error(`Service worker did not reach "${status}" in ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
