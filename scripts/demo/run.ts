// `npm run demo`: the main job in one command. Builds the extension, starts the PinBridge stand-in and a
// sample page, launches Chromium with the extension signed in as the demo user. With a display it stays
// open for you to try; without one it pins an image by itself, step by step, with screenshots.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page, Worker } from 'playwright-core';
import { EXTENSION_DIR, ROOT, buildE2eExtension } from '../../test/e2e/paths';
import { PopupPage } from '../../test/e2e/page-objects/popup-page';
import { launchChromium } from '../../test/support/chromium';
import { startPageServer } from '../../test/support/page-server';
import { signInToStandIn } from '../../test/support/sign-in';
import { standInAdmin } from '../../test/support/stand-in-admin';
import { startStandIn } from '../../test/stand-in/server';
import { DEMO_EMAIL } from '../../test/stand-in/state';

const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || !process.env.DISPLAY;
/** Makes PinBridge refuse the pin (quota used up): the demo must then fail. */
const breakPublish = args.has('--break-publish');
const OUT = process.env.DEMO_OUTPUT_DIR ?? join(ROOT, 'demo-output');
const SITE = fileURLToPath(new URL('./site', import.meta.url));

let step = 0;
async function run<T>(what: string, action: () => Promise<T>): Promise<T> {
  step++;
  const started = performance.now();
  process.stdout.write(`${String(step).padStart(2)}. ${what}… `);
  const result = await action();
  console.log(`done (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}

async function shot(page: Page, name: string): Promise<void> {
  const file = join(OUT, `${String(step).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`    screenshot: ${file}`);
}

interface Chrome {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; result?: unknown; error?: string }> };
  storage: { local: { set(values: object): Promise<void> } };
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  notifications: { getAll(): Promise<Record<string, unknown>> };
}

async function main(): Promise<number> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  console.log(
    `PinBridge demo (${headless ? 'headless: the demo pins by itself' : 'with a window: try it yourself'})\n`,
  );
  if (!args.has('--skip-build')) await run('Building the extension', async () => buildE2eExtension('ignore'));
  const standIn = await run('Starting the PinBridge stand-in', () => startStandIn());
  const admin = standInAdmin(standIn.origin);
  if (breakPublish) await admin.settings({ quota: 0 });
  const site = await run('Serving the sample page', () => startPageServer(SITE));
  const browser = await run('Launching Chromium with the extension', () =>
    launchChromium({ extensionDir: EXTENSION_DIR, headless }),
  );
  const { context } = browser;
  const cleanUp = async () => {
    await browser.close().catch(() => undefined);
    await site.close();
    await standIn.close();
  };
  try {
    const worker: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const settings = await context.newPage();
    await settings.goto(`chrome-extension://${extensionId}/options.html`);
    await run(`Pointing the extension at ${standIn.origin} and signing in as ${DEMO_EMAIL}`, async () => {
      await signInToStandIn(settings, standIn.origin, true);
    });
    const page = await context.newPage();
    await run('Opening the sample page', async () => {
      await page.goto(site.url('/index.html'));
    });
    await shot(page, 'sample-page');
    await settings.close();

    if (!headless) {
      console.log(
        `\nChromium is open with PinBridge signed in as ${DEMO_EMAIL} against the stand-in.\n` +
          'Click the PinBridge toolbar button (or Alt+Shift+P) to pin from the sample page, or right-click\n' +
          'an image. Close the browser window to end the demo.',
      );
      await new Promise<void>((resolve) => context.once('close', () => resolve()));
      return 0;
    }

    const tabId = await worker.evaluate(async (url) => {
      const tabs = await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({});
      return tabs.find((t) => t.url === url)?.id;
    }, page.url());
    if (tabId === undefined) throw new Error('the sample page has no tab id');
    const popupPage = await context.newPage();
    const popup = new PopupPage(popupPage);
    const names = await run('Opening the PinBridge popup on that page', async () => {
      await popupPage.setViewportSize({ width: 420, height: 760 });
      await popupPage.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      return popup.imageNames();
    });
    console.log(`    the popup found ${names.length} images: ${names.join('; ')}`);
    await shot(popupPage, 'popup');
    const image = names[0]!;
    await run(`Choosing the board “Travel bucket list” and the image “${image}”`, async () => {
      await popup.chooseBoard('Travel bucket list');
      await popup.selectImage(image);
    });
    await shot(popupPage, 'composed');
    const refusal = await run('Publishing', async () => {
      await popup.publish();
      const sent = popupPage.getByText(/1 pin sent/);
      await sent.or(popup.alert).first().waitFor({ timeout: 30_000 });
      return (await sent.isVisible()) ? undefined : await popup.alert.first().textContent();
    });
    await shot(popupPage, 'sent');
    if (refusal) {
      console.log(`\nThe pin was NOT published: PinBridge refused it before sending: ${refusal}`);
      return 1;
    }
    const outcome = await run('Waiting for the desktop notification', async () => {
      for (let i = 0; i < 120; i++) {
        const ids = await popupPage.evaluate(async () =>
          Object.keys(await (globalThis as unknown as { chrome: Chrome }).chrome.notifications.getAll()),
        );
        const found = ids.find((id) => id.startsWith('pin-published:') || id.startsWith('pin-failed:'));
        if (found) return found.startsWith('pin-published:') ? 'published' : 'failed';
        await new Promise((r) => setTimeout(r, 250));
      }
      return 'no notification';
    });
    await popupPage.getByRole('tab', { name: 'Activity' }).click();
    await popupPage
      .getByRole('list', { name: /pins/i })
      .first()
      .waitFor({ timeout: 5_000 })
      .catch(() => undefined);
    await shot(popupPage, 'activity');
    const state = await admin.state();
    if (outcome !== 'published') {
      const failure = (await popupPage.getByRole('listitem').allTextContents()).join(' | ');
      console.log(`\nThe pin was NOT published (${outcome}). Activity says: ${failure}`);
      return 1;
    }
    const pin = state.pins[0];
    console.log(
      `\nPublished: “${pin?.title}” (pin ${pin?.id}, status ${pin?.status}). Screenshots are in ${OUT}.`,
    );
    return 0;
  } finally {
    await cleanUp();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`\nThe demo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
