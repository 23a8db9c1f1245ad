import { existsSync } from 'node:fs';
import { EXTENSION_DIR, buildE2eExtension, chromiumPath } from './paths';

/** Builds the extension once for the whole run (skip with E2E_SKIP_BUILD=1 while iterating). */
export default function setup() {
  if (!existsSync(chromiumPath())) {
    throw new Error(
      `Chromium not found at ${chromiumPath()}: install Debian's chromium or set CHROMIUM_PATH.`,
    );
  }
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(EXTENSION_DIR)) return;
  buildE2eExtension();
}
