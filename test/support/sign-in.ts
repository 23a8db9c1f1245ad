import type { Page } from 'playwright-core';
import { DEMO_EMAIL, DEMO_PASSWORD } from '../stand-in/state';

interface Chrome {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; error?: string }> };
  storage: { local: { set(values: object): Promise<void> } };
}

/**
 * From an extension page: points the extension at a stand-in and signs in as its demo user, through
 * the same message the popup sends.
 */
export async function signInToStandIn(page: Page, origin: string, staySignedIn: boolean): Promise<void> {
  const reply = await page.evaluate(
    async ([apiBaseUrl, email, password, stay]) => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      await chrome.storage.local.set({ apiBaseUrl });
      return chrome.runtime.sendMessage({
        channel: 'pinbridge',
        type: 'signIn',
        data: { email, password, staySignedIn: stay },
      });
    },
    [origin, DEMO_EMAIL, DEMO_PASSWORD, staySignedIn] as const,
  );
  if (!reply.ok) throw new Error(`sign-in to the stand-in failed: ${reply.error}`);
}
