import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { expect, test } from 'vitest';
import { launchChromium } from '../support/chromium';
import { launchFirefox } from '../support/firefox';
import { FIREFOX_EXTENSION_ID, ROOT } from './paths';

const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const zipPath = (kind: string) => join(ROOT, `.output/pinbridge-extension-${version}-${kind}.zip`);

async function unpack(file: string): Promise<{ dir: string; names: string[] }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const dir = mkdtempSync(join(tmpdir(), 'pinbridge-zip-'));
  const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
  for (const name of names) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), await zip.files[name]!.async('nodebuffer'));
  }
  return { dir, names };
}

test('npm run package makes the Chrome, Firefox and sources zips, versioned, with no stray files', async () => {
  execFileSync('npm', ['run', 'package'], { cwd: ROOT, stdio: 'ignore' });
  const chrome = await unpack(zipPath('chrome'));
  const firefox = await unpack(zipPath('firefox'));
  const sources = await unpack(zipPath('sources'));

  for (const { dir, names } of [chrome, firefox]) {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { version: string };
    expect(manifest.version).toBe(version);
    expect(names.filter((n) => /\.(map|ts|tsx)$|^\.|test/.test(n))).toEqual([]);
  }
  // No Firefox-only keys in the Chrome manifest, and no loopback access in a store build.
  const chromeManifest = readFileSync(join(chrome.dir, 'manifest.json'), 'utf8');
  expect(chromeManifest).not.toContain('browser_specific_settings');
  expect(chromeManifest).not.toContain('127.0.0.1');
  expect(readFileSync(join(firefox.dir, 'manifest.json'), 'utf8')).toContain('extension@pinbridge.io');

  expect(sources.names).toContain('package.json');
  expect(sources.names.filter((n) => /^(node_modules|\.output|demo-output|bench-results)\//.test(n))).toEqual(
    [],
  );
}, 120_000);

test('the Chrome zip loads: its service worker starts', async () => {
  const { dir } = await unpack(zipPath('chrome'));
  const browser = await launchChromium({ extensionDir: dir });
  try {
    const worker =
      browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
    expect(worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
  } finally {
    await browser.close();
  }
});

test('the Firefox zip loads in firefox-esr: its pages render and its background answers', async () => {
  const firefox = await launchFirefox({
    extensionPath: zipPath('firefox'),
    extensionId: FIREFOX_EXTENSION_ID,
  });
  try {
    const options = await firefox.openTab(`${firefox.extensionOrigin}/options.html`);
    expect(await firefox.waitFor(options, `document.querySelector('h1')?.textContent`)).toBe(
      'PinBridge settings',
    );
    const reply = await firefox.evaluate<{ ok: boolean; result?: { status: string } }>(
      options,
      `browser.runtime.sendMessage({ channel: 'pinbridge', type: 'getSession', data: {} })`,
    );
    expect(reply).toMatchObject({ ok: true, result: { status: 'signed-out' } });
  } finally {
    await firefox.close();
  }
}, 60_000);
