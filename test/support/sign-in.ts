import type { Page } from 'playwright-core';
import { DEMO_EMAIL, DEMO_PASSWORD } from '../stand-in/state';

export interface SignInReply {
  ok: boolean;
  error?: string;
}

/**
 * A script for an extension page: points the extension at a stand-in and signs in as its demo user,
 * through the same message the popup sends. A string, so that tools other than Playwright can run it.
 */
export function signInScript(origin: string, staySignedIn: boolean): string {
  const data = { email: DEMO_EMAIL, password: DEMO_PASSWORD, staySignedIn };
  return `(async () => {
    await chrome.storage.local.set({ apiBaseUrl: ${JSON.stringify(origin)} });
    return chrome.runtime.sendMessage({ channel: 'pinbridge', type: 'signIn', data: ${JSON.stringify(data)} });
  })()`;
}

export function assertSignedIn(reply: SignInReply): void {
  if (!reply.ok) throw new Error(`sign-in to the stand-in failed: ${reply.error}`);
}

/** From an extension page: signs in to the stand-in at `origin` as its demo user. */
export async function signInToStandIn(page: Page, origin: string, staySignedIn: boolean): Promise<void> {
  assertSignedIn(await page.evaluate<SignInReply>(signInScript(origin, staySignedIn)));
}
