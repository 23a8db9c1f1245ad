import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  bundle: string;
  files: string[];
  rawKb: number;
  gzipKb: number;
  limitKb: number;
  ok: boolean;
}

const kb = (bytes: number) => Number((bytes / 1024).toFixed(2));
const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** Every chunk a page loads: its entry script, what that imports statically, and what it loads later. */
function pageScripts(dir: string, html: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(join(dir, file))) return;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const match of code.matchAll(/["'`](?:\.\.?\/|\/)?((?:chunks\/)?[\w.-]+\.js)["'`]/g)) {
      const name = match[1]!.startsWith('chunks/') ? match[1]! : `chunks/${match[1]}`;
      visit(name);
    }
  };
  const page = readFileSync(join(dir, html), 'utf8');
  for (const match of page.matchAll(/(?:src|href)="\/(chunks\/[\w.-]+\.js)"/g)) visit(match[1]!);
  return [...seen];
}

/** The store build's bundles, gzipped (level 9), against the product's limits. */
export function bundleSizes(root: string): BundleSize[] {
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
  const dir = join(root, '.output/chrome-mv3');
  const measure = (bundle: string, files: string[], limitKb: number): BundleSize => {
    const buffers = files.map((f) => readFileSync(join(dir, f)));
    const raw = buffers.reduce((n, b) => n + b.length, 0);
    const zipped = buffers.reduce((n, b) => n + gzip(b), 0);
    return { bundle, files, rawKb: kb(raw), gzipKb: kb(zipped), limitKb, ok: kb(zipped) <= limitKb };
  };
  return [
    measure('injected script: collector', ['collector.js'], 12),
    measure('content script: pin target', ['content-scripts/pin-target.js'], 12),
    measure('content script: hover button', ['content-scripts/hover.js'], 12),
    measure('background', ['background.js'], 60),
    measure('popup (all chunks it loads)', pageScripts(dir, 'popup.html'), 120),
  ];
}
