// `npm run bench`: the project's performance benchmarks. Prints a table and JSON; writes bench-results/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../e2e/paths';
import { launchChromium } from '../support/chromium';
import { benchCollection } from './collector';
import { benchPopupLoad } from './popup';

const TARGETS: Record<number, number> = { 1000: 15, 5000: 60 };
const BUNDLE_LIMITS_KB: Record<string, number> = { 'content-scripts/collector.js': 12 };

function bundleSizes() {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  return Object.entries(BUNDLE_LIMITS_KB).map(([file, limitKb]) => {
    const bytes = readFileSync(join(ROOT, '.output/chrome-mv3', file));
    const gzipKb = Number((gzipSync(bytes, { level: 9 }).length / 1024).toFixed(2));
    return { file, rawKb: Number((bytes.length / 1024).toFixed(2)), gzipKb, limitKb, ok: gzipKb <= limitKb };
  });
}

const browser = await launchChromium({ extraArgs: ['--host-resolver-rules=MAP cdn.bench.test ~NOTFOUND'] });
const context = browser.context;
try {
  const collection = await benchCollection(context, ROOT, [1000, 5000, 20000]);
  const popup = await benchPopupLoad();
  const sizes = bundleSizes();
  const first = collection[0]!;
  const last = collection[collection.length - 1]!;
  const growth = Number((last.warmMedianMs / first.warmMedianMs / (last.images / first.images)).toFixed(2));

  console.log(
    '\nCollection in headless Chromium: cold = first run on a freshly loaded page (median of 7 pages),',
  );
  console.log('warm = median of 9 runs on one page after 2 warm-ups');
  console.table(
    collection.map((r) => ({
      images: r.images,
      'cold ms': r.coldMedianMs,
      'warm ms': r.warmMedianMs,
      target: TARGETS[r.images] ? `≤ ${TARGETS[r.images]} ms` : '',
      'cold ok': TARGETS[r.images] ? r.coldMedianMs <= TARGETS[r.images]! : '',
      'warm ok': TARGETS[r.images] ? r.warmMedianMs <= TARGETS[r.images]! : '',
      'images found': r.found,
    })),
  );
  console.log(`Growth ${first.images} → ${last.images} images (warm): ${growth}× per image (1.0 = linear)`);
  console.log(`\nPopup load to image grid, ${popup.images}-image page, signed in (target ≤ 150 ms)`);
  console.table([
    { open: 'first after start', ms: popup.firstMs, ok: popup.firstMs <= 150 },
    { open: `median of the next ${popup.runs.length - 1}`, ms: popup.medianMs, ok: popup.medianMs <= 150 },
  ]);
  console.log('\nBundle sizes');
  console.table(
    sizes.map((s) => ({
      file: s.file,
      'raw KB': s.rawKb,
      'gzip KB': s.gzipKb,
      limit: `≤ ${s.limitKb} KB`,
      ok: s.ok,
    })),
  );

  const report = {
    date: new Date().toISOString(),
    chromium: context.browser()?.version() ?? null,
    collection,
    growthPerImage: growth,
    bundles: sizes,
  };
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-results/bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report));
} finally {
  await browser.close();
}
