import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The e2e build: production code plus loopback host access for the test server and the stand-in. */
export const EXTENSION_DIR = `${ROOT}.output/chrome-mv3-e2e`;
export const PAGES_DIR = `${ROOT}test/e2e/site`;

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}
