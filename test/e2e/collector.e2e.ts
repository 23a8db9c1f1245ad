import { expect, test } from './fixtures';

test('the grid shows exactly the pinnable images at their largest URLs, in rank order', async ({
  signedIn: _,
  openTab,
  openPopup,
  pages,
}) => {
  const { tabId } = await openTab('/collector.html');
  const popup = await openPopup(tabId);

  expect(await popup.imageSources()).toEqual(
    [
      '/img/1000x1500-9.png', // data-pin-media: the site's hint ranks first
      '/img/1600x1200-1.png', // srcset: the largest candidate, not the displayed 400w
      '/img/700x700-3.png', // inside an open shadow root
      '/img/500x700-8.png', // only in <noscript>
      '/img/1200x800-5.png', // stylesheet background of a 600×400 box
      '/img/900x600-2.png', // lazy data-src behind a 1×1 placeholder
    ].map((path) => pages.url(path)),
  );
});

test('a page that breaks Array and querySelectorAll in its own world does not break collection', async ({
  signedIn: _,
  openTab,
  openPopup,
  pages,
}) => {
  const { tabId } = await openTab('/hostile.html');
  const popup = await openPopup(tabId);
  expect(await popup.imageSources()).toEqual([pages.url('/img/1280x960-1.png')]);
});

test('a nopin page shows the site’s message and no images', async ({ signedIn: _, openTab, openPopup }) => {
  const { tabId } = await openTab('/nopin.html');
  const popup = await openPopup(tabId);
  await expect
    .poll(() => popup.status.textContent())
    .toContain('Our photos are licensed; please do not pin them.');
  await expect.poll(() => popup.imageList.count()).toBe(0);
});

test('a page with no images of its own offers “Pin this page” with its og:image', async ({
  signedIn: _,
  openTab,
  openPopup,
  pages,
}) => {
  const { tabId } = await openTab('/page-only.html');
  const popup = await openPopup(tabId);
  expect(await popup.imageSources()).toEqual([pages.url('/img/1200x630-4.png')]);

  await popup.page.getByRole('button', { name: 'Pin this page' }).click();
  await expect.poll(() => popup.page.getByText('1 of 1 selected').count()).toBe(1);
  await expect.poll(() => popup.page.getByLabel('Title').inputValue()).toBe('Twelve autumn recipes');
});
