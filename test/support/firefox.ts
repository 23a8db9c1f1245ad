import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

export function firefoxPath(): string {
  return process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
}

export interface FirefoxOptions {
  /** A Firefox build of the extension, unpacked or zipped, installed as a temporary add-on. */
  extensionPath: string;
  /** The add-on id of its manifest (`browser_specific_settings.gecko.id`). */
  extensionId: string;
}

export interface Firefox {
  /** `moz-extension://<uuid>`: fixed for the run, so pages of the extension can be opened by URL. */
  extensionOrigin: string;
  /** Opens a new tab at `url` and waits for its load; returns the browsing context id. */
  openTab(url: string): Promise<string>;
  /** Runs `expression` in the tab (awaiting a promise); it must evaluate to something JSON can carry. */
  evaluate<T>(context: string, expression: string): Promise<T>;
  /** Polls `expression` until it is truthy (or `timeoutMs` passes) and returns that value. */
  waitFor<T>(context: string, expression: string, timeoutMs?: number): Promise<T>;
  /** What Firefox printed: its console (extension pages and background included) and its own messages. */
  output(): string;
  close(): Promise<void>;
}

// Firefox of its own reaches for the network (updates, telemetry, safe browsing): nothing but loopback
// is reachable here, and a test must not wait on it.
const PREFS: Record<string, string | number | boolean> = {
  'app.update.disabledForTesting': true,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.safebrowsing.update.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'devtools.console.stdout.chrome': true,
  'devtools.console.stdout.content': true,
};

const userJs = (prefs: Record<string, string | number | boolean>) =>
  Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join('\n');

/**
 * Debian's `firefox-esr`, headless, in a fresh profile, driven over WebDriver BiDi (Playwright drives
 * only its own patched Firefox). The extension is installed with `webExtension.install`, as a temporary
 * add-on, the way `about:debugging` would.
 */
export async function launchFirefox(options: FirefoxOptions): Promise<Firefox> {
  const profile = await mkdtemp(join(tmpdir(), 'pinbridge-firefox-'));
  const uuid = randomUUID();
  await writeFile(
    join(profile, 'user.js'),
    userJs({ ...PREFS, 'extensions.webextensions.uuids': JSON.stringify({ [options.extensionId]: uuid }) }),
  );
  const child = spawn(
    firefoxPath(),
    // System access lets BiDi open the extension's own pages (moz-extension:) in a tab.
    [
      '--headless',
      '--no-remote',
      '--profile',
      profile,
      '--remote-debugging-port=0',
      '--remote-allow-system-access',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } },
  );
  let printed = '';
  child.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()));

  try {
    const endpoint = await bidiEndpoint(child, () => printed);
    const bidi = await BiDi.connect(`${endpoint}/session`);
    await bidi.send('session.new', { capabilities: {} });
    const type = options.extensionPath.endsWith('.zip') ? 'archivePath' : 'path';
    await bidi.send('webExtension.install', { extensionData: { type, path: options.extensionPath } });

    const evaluate = async <T>(context: string, expression: string): Promise<T> => {
      const answer = (await bidi.send('script.evaluate', {
        expression: `(async () => JSON.stringify(await (${expression})))()`,
        target: { context },
        awaitPromise: true,
      })) as EvaluateResult;
      if (answer.type === 'exception') throw new Error(`In Firefox: ${answer.exceptionDetails.text}`);
      const text = answer.result.value;
      return (text === undefined ? undefined : JSON.parse(text)) as T;
    };

    return {
      extensionOrigin: `moz-extension://${uuid}`,
      async openTab(url) {
        const { context } = (await bidi.send('browsingContext.create', { type: 'tab' })) as {
          context: string;
        };
        await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
        return context;
      },
      evaluate,
      async waitFor<T>(context: string, expression: string, timeoutMs = 15_000) {
        const deadline = Date.now() + timeoutMs;
        let last: unknown;
        for (;;) {
          try {
            const value = await evaluate<T>(context, expression);
            if (value) return value;
            last = value;
          } catch (error) {
            last = error;
          }
          if (Date.now() > deadline)
            throw new Error(
              `Firefox: still not true after ${timeoutMs} ms: ${expression} (last: ${String(last)})`,
            );
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      },
      output: () => printed,
      async close() {
        await bidi.send('browser.close', {}).catch(() => undefined);
        bidi.close();
        await exited(child, 10_000);
        await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
      },
    };
  } catch (error) {
    child.kill('SIGKILL');
    await rm(profile, { recursive: true, force: true }).catch(() => undefined);
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\nFirefox printed:\n${printed}`,
    );
  }
}

type EvaluateResult =
  | { type: 'success'; result: { type: string; value?: string } }
  | { type: 'exception'; exceptionDetails: { text: string } };

/** Firefox prints the address of its BiDi server once it listens. */
function bidiEndpoint(child: ChildProcess, printed: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('Firefox did not start its BiDi server in 30 s.')),
      30_000,
    );
    const check = () => {
      const match = /WebDriver BiDi listening on (ws:\/\/[^\s]+)/.exec(printed());
      if (!match) return;
      clearTimeout(timer);
      child.stderr?.off('data', check);
      resolve(match[1]!);
    };
    child.stderr?.on('data', check);
    child.once('exit', (code) => reject(new Error(`Firefox exited (${code}) before listening.`)));
  });
}

function exited(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** The smallest BiDi client: numbered commands, each answered once; events are ignored. */
class BiDi {
  private next = 1;
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as {
        id?: number;
        type: string;
        result?: unknown;
        error?: string;
        message?: string;
      };
      const waiter = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id!);
      if (message.type === 'error') waiter.reject(new Error(`BiDi: ${message.error}: ${message.message}`));
      else waiter.resolve(message.result);
    });
    socket.on('close', () => {
      for (const waiter of this.pending.values())
        waiter.reject(new Error('BiDi: Firefox closed the connection.'));
      this.pending.clear();
    });
  }

  static connect(url: string): Promise<BiDi> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url);
      socket.once('open', () => resolve(new BiDi(socket)));
      socket.once('error', reject);
    });
  }

  send(method: string, params: object): Promise<unknown> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  close(): void {
    this.socket.close();
  }
}
