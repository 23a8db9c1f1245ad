/* eslint-disable no-empty-pattern -- Vitest fixtures must destructure their first argument. */
import { launchChromium } from '../support/chromium';
import { DEMO_EMAIL, DEMO_PASSWORD } from '../stand-in/state';
import type { BrowserContext } from 'playwright-core';
import { expect, test as base } from './fixtures';
import { EXTENSION_DIR } from './paths';

// The same fixtures, in a browser whose interface language is German: the `de` locale must reach the
// pages (React), the background (its errors and test steps) and the shared schemas (their messages).
const test = base.extend<{ context: BrowserContext }>({
  context: async ({}, use) => {
    const browser = await launchChromium({ extensionDir: EXTENSION_DIR, extraArgs: ['--lang=de'] });
    await use(browser.context);
    await browser.close();
  },
});

test('the options page and the background speak German in a German browser', async ({
  extension,
  context,
  extensionId,
}) => {
  expect((await extension.send('getSession', {})).status).toBe('signed-out');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);

  await options.getByRole('heading', { level: 1, name: 'PinBridge-Einstellungen' }).waitFor();
  expect(await options.title()).toBe('PinBridge-Einstellungen');
  expect(await options.evaluate(() => document.documentElement.lang)).toBe('de');
  for (const heading of ['Verbindung', 'Konto', 'Voreinstellungen', 'Verhalten', 'Export und Import'])
    await options.getByRole('heading', { level: 2, name: heading }).waitFor();

  await options.getByRole('button', { name: 'Verbindung testen' }).click();
  const result = options.getByLabel('Ergebnis des Verbindungstests');
  await expect.poll(() => result.textContent()).toContain('✓ PinBridge antwortet');
  expect(await result.textContent()).toContain('✗ Deine Anmeldung wird akzeptiert: Du bist nicht angemeldet');
});

test('the popup signs in in German, with the schemas’ messages in German', async ({
  extension,
  openTab,
  openPopup,
}) => {
  expect((await extension.send('getSession', {})).status).toBe('signed-out');
  const { tabId } = await openTab('gallery.html');
  const popup = await openPopup(tabId);
  const page = popup.page;

  await page.getByRole('heading', { name: 'Bei PinBridge anmelden' }).waitFor();
  expect(await page.title()).toBe('PinBridge');
  await page.getByLabel('E-Mail').fill('not-an-address');
  await page.getByLabel('Passwort').fill('long-enough-password');
  await page.getByRole('button', { name: 'Anmelden', exact: true }).last().click();
  await expect.poll(() => popup.alert.textContent()).toContain('Gib eine gültige E-Mail-Adresse ein.');

  await page.getByLabel('E-Mail').fill(DEMO_EMAIL);
  await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).last().click();
  await page.getByRole('list', { name: 'Bilder der Seite' }).waitFor();
  await page.getByRole('button', { name: 'Alle auswählen' }).waitFor();
  await page.getByLabel('Pinnwand', { exact: true }).waitFor();
  await page.getByRole('tab', { name: 'Aktivität' }).click();
  await page.getByRole('heading', { name: 'Aktivität' }).waitFor();
});
