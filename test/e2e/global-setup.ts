import { existsSync } from 'node:fs';
import { firefoxPath } from '../support/firefox';
import { EXTENSION_DIR, FIREFOX_EXTENSION_DIR, buildE2eExtension, chromiumPath } from './paths';

/** Builds the extension (Chrome and Firefox) once for the whole run (skip with E2E_SKIP_BUILD=1 while iterating). */
export default function setup() {
  if (!existsSync(chromiumPath())) {
    throw new Error(
      `Chromium not found at ${chromiumPath()}: install Debian's chromium or set CHROMIUM_PATH.`,
    );
  }
  if (!existsSync(firefoxPath())) {
    throw new Error(
      `Firefox not found at ${firefoxPath()}: install Debian's firefox-esr or set FIREFOX_PATH.`,
    );
  }
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(EXTENSION_DIR) && existsSync(FIREFOX_EXTENSION_DIR))
    return;
  buildE2eExtension();
  buildE2eExtension('inherit', 'firefox');
}
