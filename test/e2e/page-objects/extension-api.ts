import type { Page, Worker } from 'playwright-core';
import type { MessageData, MessageResult, MessageType } from '@/utils/messaging';
import type { OutboxEntry } from '@/utils/outbox/schema';

interface Chrome {
  action: { getBadgeText(details: object): Promise<string> };
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; result?: unknown; error?: string }> };
  storage: {
    local: { set(values: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> };
    session: { get(key: string): Promise<Record<string, unknown>> };
  };
  notifications: { getAll(): Promise<Record<string, boolean>> };
}

/**
 * Talks to the background the way the popup does: typed messages from an extension page. Stands in for
 * UI that later issues build, so the engine is tested on its own.
 */
export class ExtensionApi {
  constructor(
    readonly page: Page,
    private readonly worker: () => Promise<Worker>,
  ) {}

  async send<T extends MessageType>(type: T, data: MessageData<T>): Promise<MessageResult<T>> {
    const reply = await this.page.evaluate(
      ([t, d]) =>
        (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({
          channel: 'pinbridge',
          type: t,
          data: d,
        }),
      [type, data] as const,
    );
    if (!reply.ok) throw new Error(reply.error);
    return reply.result as MessageResult<T>;
  }

  /** Writes a stored value as the extension's storage module would (for state a test starts from). */
  async store(key: string, value: unknown): Promise<void> {
    await this.page.evaluate(
      ([k, v]) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ [k]: v }),
      [key, value] as const,
    );
  }

  /** The keys (tab and page) of the popup's stored drafts. */
  async draftKeys(): Promise<string[]> {
    const stored = await this.page.evaluate(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.storage.session.get('drafts'),
    );
    return Object.keys((stored.drafts as object | undefined) ?? {});
  }

  async setApiBaseUrl(url: string): Promise<void> {
    await this.page.evaluate(
      (value) =>
        (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ apiBaseUrl: value }),
      url,
    );
  }

  async outbox(): Promise<OutboxEntry[]> {
    return this.send('getOutbox', {});
  }

  async entry(id: string): Promise<OutboxEntry | undefined> {
    return (await this.outbox()).find((e) => e.id === id);
  }

  /** The toolbar badge: how many pins are in flight. */
  async badge(): Promise<string> {
    const worker = await this.worker();
    return worker.evaluate(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({}),
    );
  }

  /** Ids of the desktop notifications currently shown. */
  async notifications(): Promise<string[]> {
    const worker = await this.worker();
    const all = await worker.evaluate(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.notifications.getAll(),
    );
    return Object.keys(all).sort();
  }
}
