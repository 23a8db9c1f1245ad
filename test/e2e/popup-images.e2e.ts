import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';

test('the popup bound to a tab shows that page’s pinnable images, largest first', async ({
  signedIn: _,
  openTab,
  openPopup,
  pages,
}) => {
  const { tabId } = await openTab('/gallery.html');
  const popup = await openPopup(tabId);

  expect(await popup.imageNames()).toEqual(['Tall maple', 'Square pumpkin', 'Orchard at dawn']);
  expect(await popup.imageSources()).toEqual([
    pages.url('/img/800x1200-2.png'),
    pages.url('/img/600x600-3.png'),
    pages.url('/img/400x300-1.png'),
  ]);
  await expect.poll(() => popup.page.getByText('0 of 3 selected').count()).toBe(1);
});

test('the popup still collects after Chrome stops the idle service worker', async ({
  signedIn: _,
  openTab,
  openPopup,
  serviceWorker,
}) => {
  const { tabId } = await openTab('/gallery.html');
  await serviceWorker.stop();

  const popup = await openPopup(tabId);
  expect(await popup.imageNames()).toEqual(['Tall maple', 'Square pumpkin', 'Orchard at dawn']);
});

test('a page the extension may not read gets a clear message instead of a grid', async ({
  signedIn: _,
  openTab,
  openPopup,
}) => {
  const { tabId } = await openTab('chrome://version');

  const popup = await openPopup(tabId);
  await expect.poll(() => popup.alert.textContent()).toContain('This page cannot be read');
});

test('extension pages run without a content-security-policy violation (zod never tries eval)', async ({
  signedIn: _,
  context,
  extensionId,
  openTab,
  openPopup,
}) => {
  // Recorded from before the page's own scripts run, so a violation at start-up is caught too.
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}`));
  });
  const violations = (page: Page) =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

  const { tabId } = await openTab('/gallery.html');
  const popup = await openPopup(tabId);
  expect(await popup.imageNames()).toEqual(['Tall maple', 'Square pumpkin', 'Orchard at dawn']);
  expect(await violations(popup.page)).toEqual([]);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('button', { name: 'Test connection' }).click();
  await expect
    .poll(() => options.getByLabel('Connection test result').textContent())
    .toContain('Connection works.');
  expect(await violations(options)).toEqual([]);
});

test('page text that looks like markup is shown as text, never turned into elements', async ({
  signedIn: _,
  openTab,
  openPopup,
}) => {
  const { tabId } = await openTab('/markup.html');
  const popup = await openPopup(tabId);
  const alt = '<svg onload="window.pwned=2">Bowl</svg>';
  expect(await popup.imageNames()).toEqual([alt]);

  await popup.selectImage('<svg');
  const pin = popup.pin(1);
  expect(await pin.getByLabel('Title').inputValue()).toBe(
    '<img src=x onerror="window.pwned=1">Soup <b>night</b>',
  );
  expect(await pin.getByLabel('Description').inputValue()).toBe(
    '<a href="javascript:window.pwned=3">Recipe</a> & more',
  );
  expect(await pin.getByLabel('Alt text').inputValue()).toBe(alt);
  // None of it became an element or ran: the popup's own markup has no svg, bold text or javascript: link.
  const planted = await popup.page.evaluate(() => ({
    svg: document.querySelectorAll('svg').length,
    bold: document.querySelectorAll('b').length,
    scriptLinks: document.querySelectorAll('a[href^="javascript:"]').length,
    pwned: (window as unknown as { pwned?: number }).pwned ?? null,
  }));
  expect(planted).toEqual({ svg: 0, bold: 0, scriptLinks: 0, pwned: null });
});
