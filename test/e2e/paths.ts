import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The e2e build: production code plus loopback host access for the test server and the stand-in. */
export const EXTENSION_DIR = `${ROOT}.output/chrome-mv3-e2e`;
export const PAGES_DIR = `${ROOT}test/e2e/site`;
/** The same flavour built for Firefox (MV2), and the add-on id its manifest declares. */
export const FIREFOX_EXTENSION_DIR = `${ROOT}.output/firefox-mv2-e2e`;
export const FIREFOX_EXTENSION_ID = 'extension@pinbridge.io';

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/**
 * Builds the e2e flavour. WXT sets NODE_ENV to the mode's name, which would give React's development
 * build; the e2e build must run the same code as the store build.
 */
export function buildE2eExtension(stdio: 'inherit' | 'ignore' = 'inherit', browser = 'chrome'): void {
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e', '-b', browser], {
    cwd: ROOT,
    stdio,
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
