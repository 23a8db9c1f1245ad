import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefox, type Firefox } from '../support/firefox';
import { startPageServer, type PageServer } from '../support/page-server';
import { standInAdmin } from '../support/stand-in-admin';
import { startStandIn, type StandIn } from '../stand-in/server';
import { DEMO_EMAIL, DEMO_PASSWORD } from '../stand-in/state';
import { FIREFOX_EXTENSION_DIR, FIREFOX_EXTENSION_ID, PAGES_DIR } from './paths';

// Debian's firefox-esr with the Firefox (MV2) build: the background runs and talks to PinBridge, the
// collector reads a page through `scripting.executeScript`, the popup shows its grid, and a published
// pin reaches PinBridge and the outbox. Driven over WebDriver BiDi; see test/support/firefox.ts.
let firefox: Firefox;
let standIn: StandIn;
let pages: PageServer;
let options: string;

/** A message to the background, from an extension page, as the popup sends it. */
const send = <T>(type: string, data: object) =>
  firefox.evaluate<{ ok: boolean; result?: T; error?: string }>(
    options,
    `browser.runtime.sendMessage(${JSON.stringify({ channel: 'pinbridge', type, data })})`,
  );

beforeAll(async () => {
  [standIn, pages] = await Promise.all([startStandIn(), startPageServer(PAGES_DIR)]);
  await standInAdmin(standIn.origin).settings({ queuedMs: 100, publishingMs: 300 });
  firefox = await launchFirefox({ extensionPath: FIREFOX_EXTENSION_DIR, extensionId: FIREFOX_EXTENSION_ID });
  options = await firefox.openTab(`${firefox.extensionOrigin}/options.html`);
}, 90_000);

afterAll(async () => {
  await firefox?.close();
  await Promise.all([standIn?.close(), pages?.close()]);
});

test('the options page renders and the background answers, signed out', async () => {
  expect(await firefox.waitFor<string>(options, `document.querySelector('h1')?.textContent`)).toBe(
    'PinBridge settings',
  );
  const session = await send<{ status: string }>('getSession', {});
  expect(session).toEqual({ ok: true, result: expect.objectContaining({ status: 'signed-out' }) });
});

test('the background signs in against PinBridge (the stand-in) and lists the boards', async () => {
  await firefox.evaluate(
    options,
    `browser.storage.local.set({ apiBaseUrl: ${JSON.stringify(standIn.origin)} })`,
  );
  const signedIn = await send<{ status: string; email: string }>('signIn', {
    email: DEMO_EMAIL,
    password: DEMO_PASSWORD,
    staySignedIn: false,
  });
  expect(signedIn.result).toMatchObject({ status: 'signed-in', email: DEMO_EMAIL });
  const accounts = await send<Array<{ id: string }>>('getAccounts', {});
  const boards = await send<Array<{ id: string }>>('getBoards', { accountId: accounts.result![0]!.id });
  expect(boards.result!.length).toBeGreaterThan(0);
});

test('the popup collects the page through the collector and shows its images, largest first', async () => {
  const url = pages.url('/gallery.html');
  await firefox.openTab(url);
  // Match patterns cannot carry the test server's port: find the tab by its exact URL.
  const [tab] = await firefox.evaluate<Array<{ id: number }>>(
    options,
    `browser.tabs.query({}).then((tabs) => tabs.filter((tab) => tab.url === ${JSON.stringify(url)}))`,
  );
  const popup = await firefox.openTab(`${firefox.extensionOrigin}/popup.html?tabId=${tab!.id}`);

  const sources = await firefox.waitFor<string[]>(
    popup,
    `(() => {
      const imgs = [...document.querySelectorAll('[aria-label="Page images"] img')];
      return imgs.length ? imgs.map((img) => img.src) : undefined;
    })()`,
  );
  expect(sources).toEqual([
    pages.url('/img/800x1200-2.png'),
    pages.url('/img/600x600-3.png'),
    pages.url('/img/400x300-1.png'),
  ]);
});

test('a published pin reaches PinBridge and the outbox follows it to published', async () => {
  const accounts = await send<Array<{ id: string }>>('getAccounts', {});
  const accountId = accounts.result![0]!.id;
  const boards = await send<Array<{ id: string }>>('getBoards', { accountId });
  const boardId = boards.result![0]!.id;
  const published = await send<{ entryIds: string[] }>('publish', {
    pins: [{ accountId, boardId, title: 'Pinned from Firefox', imageUrl: 'https://images.example/fox.jpg' }],
  });
  const [id] = published.result!.entryIds;

  await expect
    .poll(
      async () => {
        const outbox = await send<Array<{ id: string; state: string }>>('getOutbox', {});
        return outbox.result!.find((entry) => entry.id === id)?.state;
      },
      { timeout: 20_000, interval: 200 },
    )
    .toBe('published');
  const state = await standInAdmin(standIn.origin).state();
  expect(state.pins).toMatchObject([{ title: 'Pinned from Firefox', board_id: boardId }]);
});

test('nothing the extension ran threw an uncaught error or left a rejection unhandled', () => {
  // Firefox prints those as `JavaScript error: moz-extension://…` (checked with a deliberate throw).
  const errors = firefox
    .output()
    .split('\n')
    .filter((line) => line.startsWith('JavaScript error: moz-extension:'));
  expect(errors).toEqual([]);
});
