import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { chromiumPath } from '../e2e/paths';
import { CHROMIUM_ARGS } from './chromium';

/**
 * Splits what Chromium writes on its DevTools pipe into messages: JSON texts, each ended by a NUL byte,
 * arriving in chunks that may cut a message anywhere. Returns the whole messages and the unfinished rest.
 */
export function splitPipeMessages(buffered: string): { messages: string[]; rest: string } {
  const parts = buffered.split('\0');
  return { messages: parts.slice(0, -1), rest: parts[parts.length - 1]! };
}

interface Reply {
  id?: number;
  result?: unknown;
  error?: { message: string };
}

/**
 * Chromium driven over `--remote-debugging-pipe` with nothing attached to a page unless asked. Playwright
 * attaches to every new page at once and instruments it; that work lands on the very page a benchmark
 * times (it doubled the popup's measured load time on the bench machine).
 */
export class CdpPipe {
  private nextId = 0;
  private buffered = '';
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();

  private constructor(
    private readonly process: ChildProcess,
    private readonly profile: string,
  ) {
    const output = process.stdio[4] as Readable;
    output.setEncoding('utf8');
    output.on('data', (chunk: string) => this.receive(chunk));
    process.once('exit', () => {
      for (const { reject } of this.pending.values()) reject(new Error('Chromium exited'));
      this.pending.clear();
    });
  }

  /** Headless Chromium in a fresh profile with `extensionDir` loaded. */
  static async launch(extensionDir: string, extraArgs: string[] = []): Promise<CdpPipe> {
    const profile = await mkdtemp(join(tmpdir(), 'pinbridge-cdp-'));
    const child = spawn(
      chromiumPath(),
      [
        '--headless',
        `--user-data-dir=${profile}`,
        ...CHROMIUM_ARGS,
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--remote-debugging-pipe',
        ...extraArgs,
        'about:blank',
      ],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
    );
    return new CdpPipe(child, profile);
  }

  private receive(chunk: string): void {
    const { messages, rest } = splitPipeMessages(this.buffered + chunk);
    this.buffered = rest;
    for (const text of messages) {
      const reply = JSON.parse(text) as Reply;
      if (reply.id === undefined) continue; // an event: nothing here subscribes to any
      const waiter = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.error) waiter?.reject(new Error(reply.error.message));
      else waiter?.resolve(reply.result);
    }
  }

  send<T = Record<string, unknown>>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    const id = ++this.nextId;
    const input = this.process.stdio[3] as Writable;
    input.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    return new Promise<T>((resolve, reject) =>
      this.pending.set(id, { resolve: (v) => resolve(v as T), reject }),
    );
  }

  /** Attaches to a target (only now does DevTools touch it) and returns the session id. */
  async attach(targetId: string): Promise<string> {
    const { sessionId } = await this.send<{ sessionId: string }>('Target.attachToTarget', {
      targetId,
      flatten: true,
    });
    return sessionId;
  }

  /** Evaluates `expression` in an attached target, awaiting a promise, and returns its JSON value. */
  async evaluate<T>(sessionId: string, expression: string): Promise<T> {
    const reply = await this.send<{ result: { value: T }; exceptionDetails?: { text: string } }>(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true },
      sessionId,
    );
    if (reply.exceptionDetails) throw new Error(`evaluate failed: ${JSON.stringify(reply.exceptionDetails)}`);
    return reply.result.value;
  }

  async targets(): Promise<Array<{ targetId: string; type: string; url: string }>> {
    const { targetInfos } = await this.send<{
      targetInfos: Array<{ targetId: string; type: string; url: string }>;
    }>('Target.getTargets');
    return targetInfos;
  }

  /** Opens `url` in a new tab without attaching to it. */
  async open(url: string): Promise<string> {
    const { targetId } = await this.send<{ targetId: string }>('Target.createTarget', { url });
    return targetId;
  }

  async closeTarget(targetId: string): Promise<void> {
    await this.send('Target.closeTarget', { targetId });
  }

  async close(): Promise<void> {
    if (this.process.exitCode === null && this.process.signalCode === null) {
      const exited = new Promise((resolve) => this.process.once('exit', resolve));
      this.process.kill();
      await exited;
    }
    await rm(this.profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
}
