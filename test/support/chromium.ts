import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumPath } from '../e2e/paths';

export interface LaunchOptions {
  /** Load this unpacked extension (both flags are needed: Playwright disables extensions by default). */
  extensionDir?: string;
  extraArgs?: string[];
  /** Default true; the demo shows a window when the machine has a display. */
  headless?: boolean;
}

/** The flags this machine needs (no background networking: nothing but loopback is reachable). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Debian's Chromium, headless, in a fresh profile, with the flags this machine needs. Closing it removes
 * the profile.
 */
export async function launchChromium(
  options: LaunchOptions = {},
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'pinbridge-chromium-'));
  const extension = options.extensionDir
    ? [`--disable-extensions-except=${options.extensionDir}`, `--load-extension=${options.extensionDir}`]
    : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    args: [...CHROMIUM_ARGS, ...extension, ...(options.extraArgs ?? [])],
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    },
  };
}
