import { DEMO_API_KEY, DEMO_EMAIL, DEMO_PASSWORD } from '../stand-in/state';
import { seriousViolations } from './axe';
import { ROOT } from './paths';
import { expect, test, type ExtensionFixtures } from './fixtures';
import type { PopupPage } from './page-objects/popup-page';
import { KeyboardOnly } from './page-objects/keyboard-only';
import type { Locator, Page } from 'playwright-core';

interface Chrome {
  tabs: { query(q: object): Promise<Array<{ url?: string }>> };
}

/** The popup on the gallery page, signed in as the demo user through its own form. */
async function demoPopupOnGallery({
  openTab,
  openPopup,
}: Pick<ExtensionFixtures, 'openTab' | 'openPopup'>): Promise<PopupPage> {
  const { tabId } = await openTab('/gallery.html');
  const popup = await openPopup(tabId);
  await popup.signIn(DEMO_EMAIL, DEMO_PASSWORD);
  return popup;
}

/**
 * Enter pressed twice while the first press's request is still on its way: the stand-in holds that one
 * request, so the second press always lands before any answer (and before the form can close). The
 * presses go to whatever has focus, as a user's would. Returns once the held request has been answered,
 * when anything a second press set going has happened too (it was not held).
 */
async function enterTwiceWhileSending(
  field: Locator,
  standIn: ExtensionFixtures['standIn'],
  path: string,
): Promise<void> {
  const HOLD_MS = 1_500;
  const held = async () =>
    (await standIn.admin.state()).requests.filter(
      (r) => r.method === 'POST' && r.path === path && r.ms >= HOLD_MS,
    ).length;
  const heldBefore = await held();
  await standIn.admin.fault({ method: 'POST', path, delayMs: HOLD_MS, times: 1 });
  await field.focus();
  await field.page().keyboard.press('Enter');
  await field.page().keyboard.press('Enter');
  await expect.poll(held).toBe(heldBefore + 1);
}

test('first run: create an account, connect Pinterest, pick a board and two images, edit titles, publish', async ({
  extension,
  context,
  openTab,
  openPopup,
  standIn,
  pages,
}) => {
  const { tabId } = await openTab('/gallery.html');
  const popup = await openPopup(tabId);

  await popup.createAccount('Ada Pinner', 'ada@example.test', 'long-enough-1');
  const consentOpened = context.waitForEvent('page');
  await popup.page.getByRole('button', { name: 'Connect Pinterest account' }).click();
  const consent = await consentOpened;
  await consent.getByRole('button', { name: 'Allow' }).click();

  // The test site is on loopback, which PinBridge cannot reach: its images go up as assets, a paid feature.
  await standIn.admin.settings({ plan: 'starter' });
  await popup.chooseBoard('Travel bucket list');
  await popup.selectImage('Tall maple');
  await popup.selectImage('Square pumpkin');
  await popup.pin(1).getByLabel('Title').fill('Maple in October');
  await popup.pin(2).getByLabel('Title').fill('Pumpkin season');
  await popup.publish();
  await popup.expectSent('2 pins sent');

  await expect
    .poll(async () => (await extension.outbox()).filter((e) => e.state === 'published').length, {
      timeout: 15_000,
    })
    .toBe(2);
  const state = await standIn.admin.state();
  const board = state.accounts
    .find((a) => a.display_name?.startsWith('Connected'))!
    .boards.find((b) => b.name === 'Travel bucket list')!;
  expect(state.pins.map((p) => [p.title, p.board_id, p.link_url]).sort()).toEqual([
    ['Maple in October', board.id, pages.url('/gallery.html')],
    ['Pumpkin season', board.id, pages.url('/gallery.html')],
  ]);
  // Uploaded by the extension, byte for byte the page's PNGs.
  const assets = new Map(state.assets.map((a) => [a.id, a]));
  expect(state.pins.map((p) => assets.get(p.asset_id ?? '')?.content_type)).toEqual([
    'image/png',
    'image/png',
  ]);
  const entryIds = (await extension.outbox()).map((e) => e.id);
  await expect
    .poll(() => extension.notifications(), { timeout: 10_000 })
    .toEqual(entryIds.map((id) => `pin-published:${id}`).sort());
});

test('schedule one pin ten minutes ahead: the stand-in has a schedule with that run_at', async ({
  extension,
  openTab,
  openPopup,
  standIn,
}) => {
  const popup = await demoPopupOnGallery({ openTab, openPopup });
  await popup.chooseBoard('Garden ideas');
  await popup.selectImage('Orchard at dawn');
  const at = await popup.scheduleIn(10);
  await popup.page
    .getByRole('button', { name: /^Schedule/ })
    .last()
    .click();

  await expect.poll(async () => (await standIn.admin.state()).schedules.length, { timeout: 10_000 }).toBe(1);
  const [schedule] = (await standIn.admin.state()).schedules;
  expect(Date.parse(schedule!.run_at)).toBe(at.getTime());
  expect(schedule!.payload.title).toBe('Autumn gallery');
  await expect.poll(async () => (await extension.outbox())[0]?.state).toBe('queued');
});

test('a 101-character title is refused before anything is sent', async ({
  extension,
  openTab,
  openPopup,
  standIn,
}) => {
  const popup = await demoPopupOnGallery({ openTab, openPopup });
  await popup.chooseBoard('Garden ideas');
  await popup.selectImage('Orchard at dawn');
  await popup.pin(1).getByLabel('Title').fill('x'.repeat(101));

  await expect.poll(() => popup.pin(1).getByText('101/100').count()).toBe(1);
  await expect.poll(() => popup.pin(1).getByText('Title has at most 100 characters.').count()).toBe(1);
  // The field reads out its message and count; only the message is announced while typing, once.
  const title = popup.pin(1).getByLabel('Title');
  expect(await popup.description(title)).toBe('Title has at most 100 characters. 101/100');
  expect(await popup.isAnnounced(popup.pin(1).getByText('Title has at most 100 characters.'))).toBe(true);
  expect(await popup.isAnnounced(popup.pin(1).getByText('101/100'))).toBe(false);
  await popup.publish();
  await expect.poll(() => popup.alert.last().textContent()).toContain('Fix the highlighted fields first.');
  const requests = (await standIn.admin.state()).requests.map((r) => r.path);
  expect(requests).not.toContain('/v1/pins/validate');
  expect(requests).not.toContain('/v1/pins');
  expect(await extension.outbox()).toEqual([]);
});

test('a dry-run failure (the board is gone) is shown next to the board picker', async ({
  extension,
  openTab,
  openPopup,
  standIn,
}) => {
  const popup = await demoPopupOnGallery({ openTab, openPopup });
  await popup.chooseBoard('Home decor');
  const board = (await standIn.admin.state()).accounts[0]!.boards.find((b) => b.name === 'Home decor')!;
  await standIn.admin.deleteBoard(board.id);
  await popup.selectImage('Orchard at dawn');
  await popup.publish();

  const picker = popup.page.getByLabel('Board', { exact: true });
  await expect.poll(() => picker.getAttribute('aria-invalid')).toBe('true');
  const describedBy = (await picker.getAttribute('aria-describedby'))!;
  await expect
    .poll(() => popup.page.locator(`[id="${describedBy}"]`).textContent())
    .toContain('That board does not exist');
  expect((await standIn.admin.state()).pins).toEqual([]);
  expect(await extension.outbox()).toEqual([]);
});

test('a draft typed, popup closed and reopened: the text, the image and the board are still there', async ({
  extension,
  openTab,
  openPopup,
}) => {
  const { tabId } = await openTab('/gallery.html');
  const first = await openPopup(tabId);
  await first.signIn(DEMO_EMAIL, DEMO_PASSWORD);
  await first.chooseBoard('Home decor');
  await first.selectImage('Square pumpkin');
  await first.pin(1).getByLabel('Description').fill('Half-written thoughts about pumpkins');
  // Closed at once, as a click outside the popup closes it: the last keystrokes are kept too.
  await first.page.close();

  const again = await openPopup(tabId);
  expect(await extension.draftKeys()).toHaveLength(1);
  await expect
    .poll(() => again.pin(1).getByLabel('Description').inputValue(), { timeout: 10_000 })
    .toBe('Half-written thoughts about pumpkins');
  expect(await again.imageList.getByRole('checkbox', { name: /^Square pumpkin/ }).isChecked()).toBe(true);
  expect(await again.page.getByLabel('Board', { exact: true }).inputValue()).not.toBe('');
  // Typed, then straight to Activity and back (the compose view leaves and returns): still there.
  await again.pin(1).getByLabel('Description').fill('Thoughts, then a look at Activity');
  await again.page.getByRole('tab', { name: 'Activity' }).click();
  await again.page.getByRole('tab', { name: 'Pin' }).click();
  await expect
    .poll(() => again.pin(1).getByLabel('Description').inputValue())
    .toBe('Thoughts, then a look at Activity');

  // Typed and thrown away at once: the save still pending must not bring the draft back.
  await again.pin(1).getByLabel('Description').fill('Second thoughts');
  await again.page.getByRole('button', { name: 'Discard draft' }).click();
  await expect.poll(() => again.pin(1).count()).toBe(0);
  await again.page.close();

  const third = await openPopup(tabId);
  await third.imageList.waitFor();
  expect(await extension.draftKeys()).toEqual([]);
  expect(await third.imageList.getByRole('checkbox', { checked: true }).count()).toBe(0);
  expect(await third.pin(1).count()).toBe(0);
});

/**
 * Every view of the popup and the options page in one colour scheme, scanned with axe and photographed
 * for the README (the light views, and the compose view in dark), so the screenshots stay current.
 */
async function scanEveryView(
  {
    extension,
    openTab,
    openPopup,
    extensionId,
    context,
  }: Pick<ExtensionFixtures, 'extension' | 'openTab' | 'openPopup' | 'extensionId' | 'context'>,
  colorScheme: 'light' | 'dark',
) {
  const { tabId } = await openTab('/gallery.html');
  const popup = await openPopup(tabId);
  await popup.page.emulateMedia({ colorScheme });
  // The theme follows the system: the page background is the scheme's, not the default white.
  const background = (page: Page) =>
    page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(await background(popup.page)).toBe(
    colorScheme === 'dark' ? 'rgb(30, 31, 34)' : 'rgb(255, 255, 255)',
  );
  const scan = async (view: string) => {
    if (colorScheme === 'light' || view === 'compose') {
      const suffix = colorScheme === 'light' ? '' : `-${colorScheme}`;
      await popup.page
        .locator('main')
        .screenshot({ path: `${ROOT}docs/screenshots/popup-${view.replaceAll(' ', '-')}${suffix}.png` });
    }
    return { view, colorScheme, violations: await seriousViolations(popup.page) };
  };
  const results = [];

  await popup.page.getByRole('heading', { name: 'Sign in to PinBridge' }).waitFor();
  results.push(await scan('sign in'));
  await popup.page.getByRole('button', { name: 'Create account' }).first().click();
  results.push(await scan('create account'));
  await popup.page.getByRole('button', { name: 'Use an API key' }).click();
  results.push(await scan('API key'));

  await popup.page.getByRole('button', { name: 'Create account' }).first().click();
  await popup.page.getByLabel('Full name').fill('Axe Tester');
  await popup.page.getByLabel('Email').fill('axe@example.test');
  await popup.page.getByLabel('Password').fill('long-enough-1');
  await popup.page.getByRole('button', { name: 'Create account' }).last().click();
  await popup.page.getByRole('button', { name: 'Connect Pinterest account' }).waitFor();
  results.push(await scan('connect account'));

  await extension.send('signOut', {});
  await popup.page.reload();
  await popup.signIn(DEMO_EMAIL, DEMO_PASSWORD);
  await popup.selectImage('Tall maple');
  await popup.page.getByRole('button', { name: 'Create board' }).click();
  results.push(await scan('compose'));
  await popup.page.getByRole('tab', { name: 'Activity' }).click();
  await popup.page.getByRole('heading', { name: 'Activity' }).waitFor();
  results.push(await scan('activity'));

  const options = await context.newPage();
  await options.emulateMedia({ colorScheme });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('heading', { name: 'PinBridge settings' }).waitFor();
  expect(await background(options)).toBe(await background(popup.page));
  await options.getByText('Webhooks (advanced)').click();
  await options.getByText('Diagnostics', { exact: true }).click();
  await options.getByLabel('Report').waitFor();
  await options.getByRole('list', { name: 'Connected Pinterest accounts' }).waitFor();
  results.push({ view: 'options', colorScheme, violations: await seriousViolations(options) });

  expect(results.map((r) => r.view)).toHaveLength(7);
  return results.filter((r) => r.violations.length > 0);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation in any view (${colorScheme} theme)`, async ({
    extension,
    openTab,
    openPopup,
    extensionId,
    context,
  }) => {
    const fixtures = { extension, openTab, openPopup, extensionId, context };
    expect(await scanEveryView(fixtures, colorScheme)).toEqual([]);
  });
}

test('each image is prefilled from the page, its description from the template in Settings, variants in turn', async ({
  extension,
  openTab,
  openPopup,
  pages,
}) => {
  await extension.page.getByLabel('Description template').fill('{title} | {alt} | {url}');
  const { tabId } = await openTab('/gallery.html');
  let popup = await openPopup(tabId);
  await popup.signIn(DEMO_EMAIL, DEMO_PASSWORD);
  await popup.selectImage('Tall maple');
  await popup.selectImage('Square pumpkin');
  const fields = async (n: number) =>
    Promise.all(
      ['Title', 'Description', 'Link', 'Alt text'].map((label) =>
        popup.pin(n).getByLabel(label).inputValue(),
      ),
    );
  const page = pages.url('/gallery.html');
  expect(await fields(1)).toEqual([
    'Autumn gallery',
    `Autumn gallery | Tall maple | ${page}`,
    page,
    'Tall maple',
  ]);
  expect(await fields(2)).toEqual([
    'Autumn gallery',
    `Autumn gallery | Square pumpkin | ${page}`,
    page,
    'Square pumpkin',
  ]);
  await popup.page.getByRole('button', { name: 'Discard draft' }).click();
  await popup.page.close();

  // Variants take the template's place, one after the other, so pins in a row do not read the same.
  await extension.page.getByLabel(/^Variants/).fill('First: {alt}\nSecond: {alt}');
  popup = await openPopup(tabId);
  await popup.selectImage('Tall maple');
  await popup.selectImage('Square pumpkin');
  expect((await fields(1))[1]).toBe('First: Tall maple');
  expect((await fields(2))[1]).toBe('Second: Square pumpkin');
});

test('keyword suggestions for the title’s words are added to the description with a click', async ({
  extension: _,
  openTab,
  openPopup,
}) => {
  const popup = await demoPopupOnGallery({ openTab, openPopup });
  await popup.selectImage('Tall maple');
  await popup.pin(1).getByLabel('Title').fill('Maple leaves');
  await popup.pin(1).getByRole('button', { name: 'Suggest keywords' }).click();
  await popup.pin(1).getByRole('button', { name: 'Add keyword maple ideas' }).click();
  await expect.poll(() => popup.pin(1).getByLabel('Description').inputValue()).toContain('#mapleideas');
});

test('one image to two boards makes two pins; pinning it again to the same board asks first', async ({
  extension,
  openTab,
  openPopup,
  standIn,
}) => {
  const popup = await demoPopupOnGallery({ openTab, openPopup });
  await popup.chooseBoard('Garden ideas');
  await popup.page.getByText('Also pin to other boards').click();
  await popup.page.getByRole('checkbox', { name: 'Travel bucket list' }).check();
  await popup.selectImage('Orchard at dawn');
  await popup.publish();
  await expect.poll(async () => (await extension.outbox()).length).toBe(2);
  const boards = (await standIn.admin.state()).accounts[0]!.boards;
  const names = (ids: string[]) => ids.map((id) => boards.find((b) => b.id === id)?.name).sort();
  await expect
    .poll(async () => names((await standIn.admin.state()).pins.map((p) => p.board_id)))
    .toEqual(['Garden ideas', 'Travel bucket list']);

  await popup.selectImage('Orchard at dawn');
  await expect.poll(() => popup.alert.filter({ hasText: 'Already pinned' }).count()).toBe(1);
  await popup.publish();
  await expect
    .poll(() => popup.alert.filter({ hasText: 'Pin them again anyway' }).count())
    .toBeGreaterThan(0);
  expect((await standIn.admin.state()).pins).toHaveLength(2);
  await popup.page.getByRole('checkbox', { name: 'Pin them again anyway' }).check();
  await popup.publish();
  await expect.poll(async () => (await standIn.admin.state()).pins.length).toBe(4);
});

test('a data: image and an image on a loopback host are published through asset uploads', async ({
  signedIn: _,
  extension,
  openTab,
  openPopup,
  standIn,
}) => {
  const { tabId } = await openTab('/uploads.html');
  const popup = await openPopup(tabId);
  await popup.chooseBoard('Garden ideas');
  await popup.selectImage('Drawn on a canvas');
  await popup.selectImage('Local photo');
  await popup.publish();
  await popup.expectSent('2 pins sent');
  await expect
    .poll(async () => (await extension.outbox()).filter((e) => e.state === 'published').length, {
      timeout: 15_000,
    })
    .toBe(2);

  const state = await standIn.admin.state();
  expect(state.assets).toHaveLength(2);
  expect(state.pins.map((p) => p.asset_id).sort()).toEqual(state.assets.map((a) => a.id).sort());
  expect(state.assets.every((a) => a.content_type === 'image/png' && a.file_size_bytes > 1000)).toBe(true);
});

test('on a plan without uploads, a loopback image is refused with the plan’s message and nothing is lost', async ({
  signedIn: _,
  openTab,
  openPopup,
  standIn,
}) => {
  await standIn.admin.settings({ plan: 'free' });
  const { tabId } = await openTab('/uploads.html');
  const popup = await openPopup(tabId);
  await popup.chooseBoard('Garden ideas');
  await popup.selectImage('Local photo');
  await popup.pin(1).getByLabel('Title').fill('Kept after the refusal');
  await popup.publish();
  await expect.poll(() => popup.alert.last().textContent(), { timeout: 20_000 }).toContain('paid plan');
  expect(await popup.pin(1).getByLabel('Title').inputValue()).toBe('Kept after the refusal');
  expect((await standIn.admin.state()).pins).toHaveLength(0);
});

test('keyboard only: sign in, choose a board, pick a range of images, write a title, publish', async ({
  extension,
  openTab,
  openPopup,
  standIn,
}) => {
  const { tabId } = await openTab('/gallery.html');
  const popup = await openPopup(tabId);
  const { page } = popup;
  const keys = new KeyboardOnly(page);

  await page.getByRole('heading', { name: 'Sign in to PinBridge' }).waitFor();
  await keys.tabTo(page.getByLabel('Email'));
  await page.keyboard.type(DEMO_EMAIL);
  await keys.tab();
  await keys.expectFocus(page.getByLabel('Password'));
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');

  const board = page.getByLabel('Board', { exact: true });
  await board.waitFor();
  await keys.tabTo(board);
  await keys.chooseOption(board, 'Garden ideas');

  const image = (name: string) => popup.imageList.getByRole('checkbox', { name: new RegExp(`^${name}\\b`) });
  await keys.tabTo(image('Tall maple'));
  await page.keyboard.press('Space');
  await keys.tab();
  await keys.tab();
  await keys.expectFocus(image('Orchard at dawn'));
  // Shift picks the range from the last one picked, as shift-click does.
  await page.keyboard.press('Shift+Space');
  await expect.poll(() => page.getByText('3 of 3 selected').count()).toBe(1);

  await keys.tabTo(popup.pin(1).getByLabel('Title'));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Maple by keyboard');
  await keys.tabTo(page.getByRole('button', { name: /^Publish/ }));
  await page.keyboard.press('Enter');

  await popup.expectSent('3 pins sent');
  await expect
    .poll(async () => (await extension.outbox()).filter((e) => e.state === 'published').length, {
      timeout: 15_000,
    })
    .toBe(3);
  const state = await standIn.admin.state();
  const garden = state.accounts[0]!.boards.find((b) => b.name === 'Garden ideas')!;
  expect(state.pins.map((p) => p.board_id)).toEqual([garden.id, garden.id, garden.id]);
  expect(state.pins.map((p) => p.title)).toContain('Maple by keyboard');

  // The sections are tabs: one stop in the Tab order, arrow keys move between them.
  const pinTab = page.getByRole('tab', { name: 'Pin' });
  const activityTab = page.getByRole('tab', { name: 'Activity' });
  await keys.tabTo(pinTab);
  await keys.tab();
  expect(await activityTab.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(false);
  await page.keyboard.press('Shift+Tab');
  await keys.expectFocus(pinTab);
  await page.keyboard.press('ArrowRight');
  await keys.expectFocus(activityTab);
  expect(await activityTab.getAttribute('aria-selected')).toBe('true');
  await page.getByRole('tabpanel', { name: 'Activity' }).getByRole('list', { name: 'Recent pins' }).waitFor();
  await page.keyboard.press('Home');
  await keys.expectFocus(pinTab);
  await page.getByRole('tabpanel', { name: 'Pin' }).getByLabel('Board', { exact: true }).waitFor();
});

test('sign-in errors are said in the form with what to do, and what was typed stays', async ({
  extension,
  serviceWorker,
  openTab,
  openPopup,
  standIn,
}) => {
  const { tabId } = await openTab('/gallery.html');
  const popup = await openPopup(tabId);
  const signInAgain = () => popup.signInButton.click();
  const alert = () => popup.alert.last().textContent();

  await popup.submitSignIn(DEMO_EMAIL, 'not-the-password');
  await expect.poll(alert).toBe('Incorrect email or password. Check your email and password and try again.');

  await popup.page.getByLabel('Password').fill(DEMO_PASSWORD);
  await standIn.admin.fault({ method: 'POST', path: '/v1/auth/login', status: 503, times: 10 });
  await signInAgain();
  await expect
    .poll(alert)
    .toMatch(
      /^PinBridge is having trouble \(HTTP 503.*\)\. PinBridge may be down: try again in a few minutes\.$/,
    );
  await standIn.admin.clearFaults();

  // Nothing listens on port 9: no network path to PinBridge.
  await extension.setApiBaseUrl('http://127.0.0.1:9');
  await signInAgain();
  await expect
    .poll(alert)
    .toBe(
      'PinBridge could not be reached. Check your internet connection and the PinBridge address under Settings, then try again.',
    );
  expect(await popup.page.getByLabel('Email').inputValue()).toBe(DEMO_EMAIL);
  expect(await popup.page.getByLabel('Password').inputValue()).toBe(DEMO_PASSWORD);

  // Settings is one click away from the popup, to fix the address (Chrome brings an open settings tab
  // forward rather than opening a second one).
  await popup.page.getByRole('button', { name: 'Settings' }).click();
  const activeTabs = async () =>
    (await serviceWorker.current()).evaluate(async () => {
      const api = (globalThis as unknown as { chrome: Chrome }).chrome;
      return (await api.tabs.query({ active: true })).map((tab) => tab.url ?? '');
    });
  await expect
    .poll(activeTabs)
    .toContainEqual(expect.stringMatching(/^chrome-extension:\/\/[a-p]{32}\/options\.html/));
  await extension.setApiBaseUrl(standIn.origin);
  await signInAgain();
  await popup.imageList.waitFor();
  expect(await popup.alert.count()).toBe(0);
});

test('an API key signs in from the popup; a wrong key is refused with what to do', async ({
  extension: _,
  openTab,
  openPopup,
}) => {
  const { tabId } = await openTab('/gallery.html');
  const popup = await openPopup(tabId);
  await popup.page.getByRole('button', { name: 'Use an API key' }).click();
  const key = popup.page.getByLabel('API key');
  const signIn = () => popup.signInButton.click();

  await key.fill('pb_test_not_a_key');
  await signIn();
  await expect
    .poll(() => popup.alert.last().textContent())
    .toBe('Invalid API key. Check that you pasted the whole key and that it has not been revoked.');
  expect(await key.inputValue()).toBe('pb_test_not_a_key');

  await key.fill(DEMO_API_KEY);
  await signIn();
  await popup.imageList.waitFor();
  expect(await popup.alert.count()).toBe(0);
});

test('images are picked with a click, a range with shift-click, and all at once with Select all', async ({
  extension: _,
  openTab,
  openPopup,
}) => {
  const { tabId } = await openTab('/collector.html');
  const popup = await openPopup(tabId);
  await popup.signIn(DEMO_EMAIL, DEMO_PASSWORD);
  const boxes = popup.imageList.getByRole('checkbox');
  const total = (await popup.imageNames()).length;
  expect(await boxes.count()).toBe(total);
  expect(total).toBeGreaterThan(4);
  const checked = () => boxes.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).checked));
  const counter = () => popup.page.getByText(/^\d+ of \d+ selected$/).textContent();
  const pins = () => popup.page.getByRole('group', { name: /^Pin \d+:/ }).count();

  await boxes.nth(0).click();
  await boxes.nth(3).click({ modifiers: ['Shift'] });
  await expect.poll(checked).toEqual([true, true, true, true, ...Array(total - 4).fill(false)]);
  await expect.poll(counter).toBe(`4 of ${total} selected`);
  await expect.poll(pins).toBe(4);

  // Shift-click on a picked image unpicks the range back to the last one clicked.
  await boxes.nth(1).click({ modifiers: ['Shift'] });
  await expect.poll(checked).toEqual([true, false, false, false, ...Array(total - 4).fill(false)]);

  await popup.page.getByRole('button', { name: 'Select all' }).click();
  await expect.poll(checked).toEqual(Array(total).fill(true));
  await expect.poll(counter).toBe(`${total} of ${total} selected`);
  await popup.page.getByRole('button', { name: 'Select none' }).click();
  await expect.poll(checked).toEqual(Array(total).fill(false));
  await expect.poll(pins).toBe(0);
});

test('one text for all selected images: every pin gets the text shown, even untouched', async ({
  extension,
  openTab,
  openPopup,
  standIn,
}) => {
  // The test site is on loopback: its images go up as assets, a paid feature.
  await standIn.admin.settings({ plan: 'starter' });
  const popup = await demoPopupOnGallery({ openTab, openPopup });
  await popup.chooseBoard('Garden ideas');
  await popup.selectImage('Tall maple');
  await popup.selectImage('Square pumpkin');
  await popup.page.getByLabel('Use the same text for all selected images').check();
  const all = popup.page.getByRole('group', { name: 'All pins' });
  await popup.page.getByRole('group', { name: /^Pin 2:/ }).waitFor({ state: 'detached' });
  const shown = {
    title: await all.getByLabel('Title').inputValue(),
    alt_text: await all.getByLabel('Alt text').inputValue(),
  };
  expect(shown.alt_text).toBe('Tall maple');
  await popup.publish();

  await expect
    .poll(async () => (await extension.outbox()).filter((e) => e.state === 'published').length, {
      timeout: 15_000,
    })
    .toBe(2);
  const { pins } = await standIn.admin.state();
  expect(pins.map((p) => ({ title: p.title, alt_text: p.alt_text }))).toEqual([shown, shown]);
});

test('several pins scheduled and spread over time, with a word that schedules carry no alt text', async ({
  extension: _,
  openTab,
  openPopup,
  standIn,
}) => {
  const popup = await demoPopupOnGallery({ openTab, openPopup });
  await popup.chooseBoard('Garden ideas');
  await popup.selectImage('Tall maple');
  await popup.selectImage('Square pumpkin');
  const at = await popup.scheduleIn(10);
  // PinBridge's schedules have no alt text: the form says so rather than dropping it silently.
  await expect.poll(() => popup.page.getByText('Scheduled pins go out without alt text').count()).toBe(1);
  await popup.page.getByLabel('Minutes between pins').fill('30');
  await popup.page.getByRole('button', { name: /^Schedule 2/ }).click();

  await expect.poll(async () => (await standIn.admin.state()).schedules.length, { timeout: 10_000 }).toBe(2);
  const schedules = (await standIn.admin.state()).schedules;
  expect(schedules.map((s) => Date.parse(s.run_at)).sort()).toEqual([
    at.getTime(),
    at.getTime() + 30 * 60_000,
  ]);
});

test('Activity: live status, the reason for a wait or a failure, Retry, the link to Pinterest, and the quota', async ({
  extension,
  openTab,
  openPopup,
  standIn,
}) => {
  const popup = await demoPopupOnGallery({ openTab, openPopup });
  const [account] = await extension.send('getAccounts', {});
  const [board] = await extension.send('getBoards', { accountId: account!.id });
  const pin = (title: string) => ({
    accountId: account!.id,
    boardId: board!.id,
    title,
    imageUrl: 'https://images.example/soup.jpg',
  });
  await standIn.admin.settings({ quota: 0 });
  await extension.send('publish', { pins: [pin('Over quota')] });

  await popup.page.getByRole('tab', { name: 'Activity' }).click();
  const item = (title: string) =>
    popup.page.getByRole('list', { name: 'Recent pins' }).getByRole('listitem').filter({ hasText: title });
  await expect
    .poll(() => popup.page.getByText(/^\d+ of \d+ pins used this month \(.+ plan\)\.$/).count())
    .toBe(1);

  // Refused for the plan: failed, with PinBridge's reason and remedy, an upgrade link and Retry.
  await expect.poll(() => item('Over quota').textContent(), { timeout: 15_000 }).toContain('Failed');
  expect(await item('Over quota').textContent()).toContain(
    'Monthly pin quota of 0 reached for your plan. Upgrade your plan or wait for the quota to reset.',
  );
  expect(await item('Over quota').getByRole('link', { name: 'Upgrade' }).getAttribute('href')).toBe(
    `${standIn.origin}/billing/upgrade`,
  );
  await standIn.admin.settings({ quota: null });
  await item('Over quota').getByRole('button', { name: 'Retry “Over quota”' }).click();
  await expect.poll(() => item('Over quota').textContent(), { timeout: 15_000 }).toContain('Published');
  expect(
    await item('Over quota').getByRole('link', { name: 'Open on Pinterest' }).getAttribute('href'),
  ).toMatch(/^https:\/\/www\.pinterest\.com\/pin\/\d+\/?$/);
  expect(await item('Over quota').getByRole('button').count()).toBe(0);

  // Paced by PinBridge: waiting, not failed, with PinBridge's reason.
  await standIn.admin.settings({ tokens: 0, pacing: { capacity: 50, refillPerSecond: 0.001 } });
  const {
    entryIds: [paced],
  } = await extension.send('publish', { pins: [pin('Paced pin')] });
  await expect.poll(() => item('Paced pin').textContent(), { timeout: 15_000 }).toContain('Waiting (paced)');
  const note = (await extension.entry(paced!))!.note;
  expect(note).toBeTruthy();
  expect(await item('Paced pin').textContent()).toContain(note);
  expect(await item('Paced pin').getByRole('button').count()).toBe(0);
});

test('board picker: secret boards marked, type to search, create one inline, recent first and remembered', async ({
  extension: _,
  openTab,
  openPopup,
  standIn,
}) => {
  // The test site is on loopback: its images go up as assets, a paid feature.
  await standIn.admin.settings({ plan: 'starter' });
  const { tabId } = await openTab('/gallery.html');
  let popup = await openPopup(tabId);
  await popup.signIn(DEMO_EMAIL, DEMO_PASSWORD);
  const picker = () => popup.page.getByLabel('Board', { exact: true });
  const group = (label: string) => picker().locator(`optgroup[label="${label}"] option`).allTextContents();
  const chosen = () =>
    picker().evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent);
  await expect.poll(() => group('All boards')).toContain('Weeknight dinners');

  expect(await group('All boards')).toEqual([
    'Garden ideas',
    'Gift ideas (private) (secret)',
    'Home decor',
    'Travel bucket list',
    'Weeknight dinners',
  ]);
  expect(await group('Recent')).toEqual([]);

  await popup.page.getByLabel('Search boards').fill('IDEAS');
  expect(await group('All boards')).toEqual(['Garden ideas', 'Gift ideas (private) (secret)']);
  // Enter in the search takes the first board shown; it never publishes.
  await popup.selectImage('Square pumpkin');
  await popup.page.getByLabel('Search boards').press('Enter');
  await expect.poll(chosen).toBe('Garden ideas');
  expect(await popup.alert.count()).toBe(0);
  expect((await standIn.admin.state()).requests.filter((r) => r.path.startsWith('/v1/pins'))).toEqual([]);
  await popup.selectImage('Square pumpkin', false);
  await popup.page.getByLabel('Search boards').fill('nothing like it');
  expect(await picker().locator('option').first().textContent()).toBe('No board matches');
  await popup.page.getByLabel('Search boards').fill('');

  await popup.page.getByRole('button', { name: 'Create board' }).click();
  const form = popup.page.getByRole('group', { name: 'New board' });
  await form.getByLabel('Board name').fill('Soup bowls');
  await form.getByLabel('Board description').fill('Bowls worth a photo');
  await form.getByLabel('Secret board').check();
  // Enter in the new board's fields makes the board (once, even pressed twice), not a publish.
  await popup.selectImage('Orchard at dawn');
  await enterTwiceWhileSending(form.getByLabel('Board name'), standIn, '/v1/pinterest/boards');
  await expect.poll(chosen).toBe('Soup bowls (secret)');
  const state = await standIn.admin.state();
  const created = state.accounts[0]!.boards.filter((b) => b.name === 'Soup bowls');
  expect(created).toEqual([
    expect.objectContaining({ privacy: 'SECRET', description: 'Bowls worth a photo' }),
  ]);
  expect(state.requests.filter((r) => r.path.startsWith('/v1/pins'))).toEqual([]);

  await popup.publish();
  await popup.expectSent('1 pin sent');

  // Reopened: the last board is chosen again and heads the recent ones.
  await popup.page.close();
  popup = await openPopup(tabId);
  await expect.poll(chosen).toBe('Soup bowls (secret)');
  expect(await group('Recent')).toEqual(['Soup bowls (secret)']);
  expect(await group('All boards')).not.toContain('Soup bowls (secret)');
});

test('account switcher: names by display name, else username; a broken account is marked; the choice is remembered', async ({
  extension: _,
  openTab,
  openPopup,
  standIn,
}) => {
  await standIn.admin.settings({ plan: 'starter' });
  const garden = await standIn.admin.connectAccount({ username: 'garden_corner', display_name: null });
  const broken = await standIn.admin.connectAccount({ username: 'old_shop', display_name: 'Old Shop' });
  await standIn.admin.account(broken.id, { reconnect_required: true });
  const { tabId } = await openTab('/gallery.html');
  let popup = await openPopup(tabId);
  await popup.signIn(DEMO_EMAIL, DEMO_PASSWORD);
  const accountPicker = () => popup.page.getByLabel('Account', { exact: true });
  const chosen = (select: Locator) =>
    select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent);
  const options = () =>
    accountPicker()
      .locator('option')
      .evaluateAll((els) => els.map((el) => [el.textContent, (el as HTMLOptionElement).disabled]));

  await expect.poll(options).toEqual([
    ['Demo Kitchen', false],
    ['garden_corner', false],
    ['Old Shop — reconnect needed', true],
  ]);
  await accountPicker().selectOption({ label: 'garden_corner' });
  await popup.chooseBoard('Garden ideas');
  await popup.selectImage('Orchard at dawn');
  await popup.pin(1).getByLabel('Title').fill('For the garden account');
  await popup.publish();
  await popup.expectSent('1 pin sent');

  const state = await standIn.admin.state();
  const gardenBoard = state.accounts
    .find((a) => a.id === garden.id)!
    .boards.find((b) => b.name === 'Garden ideas')!;
  await expect
    .poll(async () => (await standIn.admin.state()).pins.map((p) => [p.title, p.board_id]))
    .toEqual([['For the garden account', gardenBoard.id]]);

  await popup.page.close();
  popup = await openPopup(tabId);
  await expect.poll(() => chosen(accountPicker())).toBe('garden_corner');
  await expect.poll(() => chosen(popup.page.getByLabel('Board', { exact: true }))).toBe('Garden ideas');
});

test('a double click on Publish, or Enter pressed twice, sends each pin once', async ({
  extension,
  openTab,
  openPopup,
  standIn,
}) => {
  const popup = await demoPopupOnGallery({ openTab, openPopup });
  await popup.chooseBoard('Garden ideas');
  await popup.selectImage('Orchard at dawn');
  await popup.pin(1).getByLabel('Title').fill('Clicked twice');
  await popup.page.getByRole('button', { name: /^Publish/ }).dblclick();
  await popup.expectSent('1 pin sent');

  // Two images this time, so the status of this send differs from the last one's.
  await popup.selectImage('Tall maple');
  await popup.selectImage('Square pumpkin');
  const title = popup.pin(1).getByLabel('Title');
  await title.fill('Entered twice');
  await enterTwiceWhileSending(title, standIn, '/v1/pins/validate');
  await popup.expectSent('2 pins sent');

  // Enter in the alt text (a text area) sends too; another board, or the image counts as pinned already.
  await popup.chooseBoard('Home decor');
  await popup.selectImage('Orchard at dawn');
  const altText = popup.pin(1).getByLabel('Alt text');
  await popup.pin(1).getByLabel('Title').fill('Entered twice in the alt text');
  await enterTwiceWhileSending(altText, standIn, '/v1/pins/validate');
  await popup.expectSent('1 pin sent');

  await expect
    .poll(async () => (await extension.outbox()).filter((e) => e.state === 'published').length, {
      timeout: 15_000,
    })
    .toBe(4);
  expect(await extension.outbox()).toHaveLength(4);
  expect((await standIn.admin.state()).pins.map((p) => p.title).sort()).toEqual([
    'Autumn gallery',
    'Clicked twice',
    'Entered twice',
    'Entered twice in the alt text',
  ]);
});

test('a dry-run warning (the account is paced) is said, and the pin is sent all the same', async ({
  extension,
  openTab,
  openPopup,
  standIn,
}) => {
  await standIn.admin.settings({ plan: 'starter' });
  const popup = await demoPopupOnGallery({ openTab, openPopup });
  await popup.chooseBoard('Garden ideas');
  await popup.selectImage('Orchard at dawn');
  await standIn.admin.settings({ tokens: 0, pacing: { capacity: 50, refillPerSecond: 0.001 } });
  await popup.publish();

  await expect
    .poll(() => popup.status.last().textContent(), { timeout: 20_000 })
    .toBe(
      '1 pin sent. PinBridge is pacing this account, so publishing may take a little while. See how it goes under Activity.',
    );
  expect(await popup.alert.count()).toBe(0);
  const [entry] = await extension.outbox();
  await expect
    .poll(async () => (await extension.entry(entry!.id))?.state, { timeout: 15_000 })
    .toBe('deferred');
});
