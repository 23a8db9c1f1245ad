import { expect, test } from './fixtures';

interface Scripting {
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string }>> };
}

// Turning the option on asks Chrome for host access with a prompt automation cannot answer; the e2e
// build has access to the test site already, so the test sets the option as the options page would.
test('with the hover option on, the button shows on a large image, not on a data-pin-nohover or nopin one', async ({
  signedIn,
  serviceWorker,
  context,
  openTab,
}) => {
  await signedIn.store('hoverButton', { enabled: true });
  await expect
    .poll(async () =>
      (await serviceWorker.current()).evaluate(async () =>
        (
          await (
            globalThis as unknown as { chrome: Scripting }
          ).chrome.scripting.getRegisteredContentScripts()
        ).map((s) => s.id),
      ),
    )
    .toEqual(['pinbridge-hover-button']);

  const { page } = await openTab('/context.html');
  // Tall enough that hovering needs no scrolling: a scroll hides the button until the pointer moves again.
  await page.setViewportSize({ width: 1280, height: 2400 });
  const button = page.getByRole('button', { name: 'Pin this image with PinBridge' });
  await page.getByRole('img', { name: 'Hero field' }).hover();
  await expect.poll(() => button.isVisible()).toBe(true);
  await page.getByRole('img', { name: 'No hover here' }).hover();
  await expect.poll(() => button.isVisible()).toBe(false);
  await page.getByRole('img', { name: 'Licensed photo' }).hover();
  await expect.poll(() => button.isVisible()).toBe(false);

  await page.getByRole('img', { name: 'Hero field' }).hover();
  const opened = context.waitForEvent('page', { predicate: (p) => p.url().includes('/compose.html') });
  await button.click();
  const compose = await opened;
  await expect.poll(() => compose.getByLabel('Alt text').inputValue()).toBe('Hero field');
});
