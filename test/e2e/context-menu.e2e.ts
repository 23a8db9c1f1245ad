import type { BrowserContext, Page } from 'playwright-core';
import { expect, test } from './fixtures';
import type { ExtensionApi } from './page-objects/extension-api';
import { PopupPage } from './page-objects/popup-page';
import type { standInAdmin } from '../support/stand-in-admin';

const composeOpened = (context: BrowserContext) =>
  context.waitForEvent('page', { predicate: (p) => p.url().includes('/compose.html'), timeout: 10_000 });
const composeWindows = (context: BrowserContext) =>
  context.pages().filter((p: Page) => p.url().includes('/compose.html'));

/** The user pinned to "Garden ideas" last: it is the first "Pin to ‹board›" item. */
async function rememberBoard(extension: ExtensionApi, admin: ReturnType<typeof standInAdmin>) {
  const account = (await admin.state()).accounts[0]!;
  const board = account.boards.find((b) => b.name === 'Garden ideas')!;
  await extension.store('lastTarget', {
    accountId: account.id,
    boardId: board.id,
    recentBoardIds: [board.id],
  });
  return board;
}

test('“Pin image…” opens the compose window prefilled for that image; publishing creates the pin', async ({
  signedIn,
  context,
  openTab,
  pages,
  standIn,
}) => {
  const { tabId } = await openTab('/context.html');
  const opened = composeOpened(context);
  const outcome = await signedIn.send('contextMenuClick', {
    menuItemId: 'pin-image',
    tabId,
    srcUrl: pages.url('/img/900x600-6.png'),
  });
  expect(outcome.outcome).toBe('compose');
  const compose = new PopupPage(await opened);

  expect(await compose.imageSources()).toEqual([pages.url('/img/900x600-6.png')]);
  const pin = compose.pin(1);
  await expect
    .poll(() => pin.getByLabel('Description').inputValue())
    .toBe('Wheat field at sunset, from the site');
  expect(await pin.getByLabel('Title').inputValue()).toBe('Harvest notes');
  expect(await pin.getByLabel('Link').inputValue()).toBe(pages.url('/articles/hero'));
  expect(await pin.getByLabel('Alt text').inputValue()).toBe('Hero field');

  await compose.chooseBoard('Garden ideas');
  // Enter in the last field publishes.
  await pin.getByLabel('Alt text').press('Enter');
  await expect
    .poll(async () => (await standIn.admin.state()).pins.map((p) => [p.title, p.link_url]), {
      timeout: 15_000,
    })
    .toEqual([['Harvest notes', pages.url('/articles/hero')]]);
});

test('Esc closes the compose window', async ({ signedIn, context, openTab, pages }) => {
  const { tabId } = await openTab('/context.html');
  const opened = composeOpened(context);
  await signedIn.send('contextMenuClick', {
    menuItemId: 'pin-image',
    tabId,
    srcUrl: pages.url('/img/900x600-6.png'),
  });
  const compose = await opened;
  await compose.getByLabel('Title').waitFor();
  const closed = compose.waitForEvent('close');
  // Only the key going down: the window is gone before a key-up could be delivered, and it may be gone
  // before the key-down's own acknowledgement comes back, which is the success this test waits for.
  await compose.keyboard.down('Escape').catch((error: unknown) => {
    if (!compose.isClosed()) throw error;
  });
  await closed;
});

test('“Pin to ‹recent board›” publishes with no window and exactly one notification', async ({
  signedIn,
  context,
  openTab,
  pages,
  standIn,
}) => {
  const board = await rememberBoard(signedIn, standIn.admin);
  const { tabId } = await openTab('/context.html');
  const outcome = await signedIn.send('contextMenuClick', {
    menuItemId: 'pin-to-recent-0',
    tabId,
    srcUrl: pages.url('/img/900x600-6.png'),
  });
  if (outcome.outcome !== 'published') throw new Error(`not published: ${JSON.stringify(outcome)}`);
  expect(composeWindows(context)).toHaveLength(0);

  await expect
    .poll(async () => (await signedIn.entry(outcome.entryIds[0]!))?.state, { timeout: 15_000 })
    .toBe('published');
  const [pin] = (await standIn.admin.state()).pins;
  expect(pin).toMatchObject({
    title: 'Harvest notes',
    board_id: board.id,
    link_url: pages.url('/articles/hero'),
  });
  await expect
    .poll(() => signedIn.notifications(), { timeout: 10_000 })
    .toEqual([`pin-published:${outcome.entryIds[0]}`]);
  // …and no second one a moment later.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(await signedIn.notifications()).toEqual([`pin-published:${outcome.entryIds[0]}`]);
});

test('signed out, “Pin image…” opens sign-in instead of failing silently', async ({
  extension,
  context,
  openTab,
  pages,
}) => {
  const { tabId } = await openTab('/context.html');
  const opened = composeOpened(context);
  await extension.send('contextMenuClick', {
    menuItemId: 'pin-to-recent-0',
    tabId,
    srcUrl: pages.url('/img/900x600-6.png'),
  });
  const compose = await opened;
  await expect
    .poll(() => compose.getByRole('button', { name: 'Sign in', exact: true }).count())
    .toBeGreaterThan(0);
});

test('a nopin image cannot be pinned through any path', async ({
  signedIn,
  context,
  openTab,
  openPopup,
  pages,
  standIn,
}) => {
  await rememberBoard(signedIn, standIn.admin);
  const { tabId } = await openTab('/context.html');
  const src = pages.url('/img/700x700-7.png');
  for (const menuItemId of ['pin-image', 'pin-to-recent-0']) {
    const outcome = await signedIn.send('contextMenuClick', { menuItemId, tabId, srcUrl: src });
    expect(outcome, menuItemId).toEqual({
      outcome: 'refused',
      message: 'This site asks not to pin this image.',
    });
  }
  expect(composeWindows(context)).toHaveLength(0);
  // The site's wish is said in a notification, not swallowed.
  expect((await signedIn.notifications()).filter((id) => id.startsWith('notice:'))).toHaveLength(2);

  const popup = await openPopup(tabId);
  expect(await popup.imageNames()).not.toContain('Licensed photo');
  expect((await standIn.admin.state()).pins).toHaveLength(0);
});

test('“Pin video…”: the file is uploaded as a video asset with the poster as cover', async ({
  signedIn,
  context,
  openTab,
  pages,
  standIn,
}) => {
  const { tabId } = await openTab('/context.html');
  const opened = composeOpened(context);
  await signedIn.send('contextMenuClick', {
    menuItemId: 'pin-video',
    tabId,
    srcUrl: pages.url('/video/clip.mp4'),
  });
  const compose = new PopupPage(await opened);
  await expect
    .poll(() => compose.page.getByRole('radio', { name: 'The video’s poster' }).isChecked())
    .toBe(true);
  await compose.chooseBoard('Garden ideas');
  await compose.page.getByRole('button', { name: 'Publish video' }).click();

  await expect.poll(async () => (await standIn.admin.state()).pins.length, { timeout: 15_000 }).toBe(1);
  const state = await standIn.admin.state();
  const asset = state.assets.find((a) => a.id === state.pins[0]!.asset_id);
  expect(asset?.content_type).toBe('video/mp4');
});

test('a streaming video is refused with a plain explanation', async ({
  signedIn,
  context,
  openTab,
  pages,
}) => {
  const { tabId } = await openTab('/context.html');
  const outcome = await signedIn.send('contextMenuClick', {
    menuItemId: 'pin-video',
    tabId,
    srcUrl: pages.url('/live/stream.m3u8'),
  });
  expect(outcome.outcome).toBe('refused');
  expect(outcome.outcome === 'refused' && outcome.message).toContain('streams in pieces');
  expect(composeWindows(context)).toHaveLength(0);
});

test('“Pin this page” on a page without pictures opens the compose window with its og:image', async ({
  signedIn,
  context,
  openTab,
  pages,
}) => {
  const { tabId } = await openTab('/page-only.html');
  const opened = composeOpened(context);
  const outcome = await signedIn.send('contextMenuClick', { menuItemId: 'pin-page', tabId });
  expect(outcome.outcome).toBe('compose');
  const compose = new PopupPage(await opened);
  expect(await compose.imageSources()).toEqual([pages.url('/img/1200x630-4.png')]);
  await expect.poll(() => compose.pin(1).getByLabel('Title').inputValue()).toBe('Twelve autumn recipes');
});
