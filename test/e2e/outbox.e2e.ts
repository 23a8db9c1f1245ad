import { DEMO_EMAIL, DEMO_PASSWORD } from '../stand-in/state';
import type { ExtensionApi } from './page-objects/extension-api';
import { expect, test } from './fixtures';

const IMAGE = 'https://images.example/soup.jpg';

async function signInAndTarget(extension: ExtensionApi) {
  await extension.send('signIn', { email: DEMO_EMAIL, password: DEMO_PASSWORD, staySignedIn: false });
  const [account] = await extension.send('getAccounts', {});
  const boards = await extension.send('getBoards', { accountId: account!.id });
  return { accountId: account!.id, boardId: boards[0]!.id, boardName: boards[0]!.name };
}

async function publish(
  extension: ExtensionApi,
  target: { accountId: string; boardId: string },
  title: string,
) {
  const { entryIds } = await extension.send('publish', {
    pins: [{ ...target, title, imageUrl: IMAGE, link: 'https://blog.example/soup' }],
  });
  return entryIds[0]!;
}

const settled = (extension: ExtensionApi, id: string, state: string, timeout = 15_000) =>
  expect.poll(async () => (await extension.entry(id))?.state, { timeout, interval: 100 }).toBe(state);

test('publishing one pin: the stand-in has it, the entry reaches published, one notification', async ({
  extension,
  standIn,
}) => {
  const target = await signInAndTarget(extension);
  const id = await publish(extension, target, 'Autumn soup');

  await settled(extension, id, 'published');
  const entry = (await extension.entry(id))!;
  const state = await standIn.admin.state();
  expect(state.pins).toMatchObject([
    { title: 'Autumn soup', board_id: target.boardId, link_url: 'https://blog.example/soup' },
  ]);
  expect(state.publishCount).toEqual({ [entry.idempotencyKey]: 1 });
  expect(entry.pinterestPinId).toMatch(/^\d+$/);
  await expect.poll(() => extension.notifications(), { timeout: 10_000 }).toEqual([`pin-published:${id}`]);
  await expect.poll(() => extension.badge()).toBe('');
});

test('with "when a pin is published" turned off in options, publishing shows no notification', async ({
  extension,
}) => {
  await extension.page.reload();
  await extension.page.getByRole('checkbox', { name: 'When a pin is published' }).uncheck();
  const target = await signInAndTarget(extension);
  const id = await publish(extension, target, 'Quietly');

  await settled(extension, id, 'published');
  // A notification would follow the stored outcome within moments: give it the time, then check.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(await extension.notifications()).toEqual([]);
});

test('the worker is stopped after the request is accepted and again while publishing: one pin, one notification', async ({
  extension,
  standIn,
  serviceWorker,
}) => {
  await standIn.admin.settings({ queuedMs: 300, publishingMs: 2_000 });
  const target = await signInAndTarget(extension);
  const id = await publish(extension, target, 'Survives restarts');

  await serviceWorker.stop();
  await serviceWorker.start();
  await expect
    .poll(async () => (await standIn.admin.state()).pins[0]?.status, { timeout: 10_000, interval: 50 })
    .toBe('publishing');
  await serviceWorker.stop();
  await serviceWorker.start();

  await settled(extension, id, 'published');
  const state = await standIn.admin.state();
  expect(state.pins).toHaveLength(1);
  expect(Object.values(state.publishCount)).toEqual([1]);
  await expect.poll(() => extension.notifications(), { timeout: 10_000 }).toEqual([`pin-published:${id}`]);
});

test.for([
  ['500 three times', [{ method: 'POST', path: '/v1/pins', status: 500, times: 3 }]],
  ['429 with retry-after', [{ method: 'POST', path: '/v1/pins', status: 429, times: 1 }]],
  [
    'a dropped connection after the pin was created',
    [{ method: 'POST', path: '/v1/pins', dropConnection: true, phase: 'after' as const }],
  ],
] as const)('%s: published exactly once, notified once', async ([, faults], { extension, standIn }) => {
  const target = await signInAndTarget(extension);
  for (const fault of faults) await standIn.admin.fault(fault);
  const id = await publish(extension, target, 'Through faults');

  await settled(extension, id, 'published', 20_000);
  const state = await standIn.admin.state();
  expect(state.publishCount).toEqual({ [(await extension.entry(id))!.idempotencyKey]: 1 });
  expect(state.pins).toHaveLength(1);
  await expect.poll(() => extension.notifications(), { timeout: 10_000 }).toEqual([`pin-published:${id}`]);
});

test('402 quota: failed, with the plan message, the upgrade link and a failure notification', async ({
  extension,
  standIn,
}) => {
  const target = await signInAndTarget(extension);
  await standIn.admin.settings({ quota: 0 });
  const id = await publish(extension, target, 'Over quota');

  await settled(extension, id, 'failed');
  expect((await extension.entry(id))!.lastError).toMatchObject({
    kind: 'quota',
    code: 'quota_exceeded',
    upgradeUrl: `${standIn.origin}/billing/upgrade`,
  });
  await expect.poll(() => extension.notifications(), { timeout: 10_000 }).toEqual([`pin-failed:${id}`]);
});

test('404 for a revoked account: failed with "Pinterest account not found"', async ({
  extension,
  standIn,
}) => {
  const target = await signInAndTarget(extension);
  await standIn.admin.account(target.accountId, { revoked: true });
  const id = await publish(extension, target, 'Gone account');

  await settled(extension, id, 'failed');
  expect((await extension.entry(id))!.lastError).toMatchObject({
    kind: 'not_found',
    message: 'Pinterest account not found',
  });
});

test('401: the session ends, the pin waits as needs-auth, and goes out after signing in again', async ({
  extension,
  standIn,
}) => {
  const target = await signInAndTarget(extension);
  await standIn.admin.fault({ method: 'POST', path: '/v1/pins', status: 401 });
  const id = await publish(extension, target, 'After sign-in');

  await settled(extension, id, 'needs-auth');
  expect(await extension.send('getSession', {})).toEqual({ status: 'signed-out', reason: 'expired' });
  await expect.poll(() => extension.badge()).toBe('1');
  expect((await standIn.admin.state()).pins).toHaveLength(0);

  await extension.send('signIn', { email: DEMO_EMAIL, password: DEMO_PASSWORD, staySignedIn: false });
  await settled(extension, id, 'published');
  expect((await standIn.admin.state()).pins).toHaveLength(1);
});

test('twenty pins at once while PinBridge paces the account: all published, none twice', async ({
  extension,
  standIn,
}) => {
  const target = await signInAndTarget(extension);
  // Slow enough that the first status check (after about a second) meets deferred pins, even when a
  // busy machine takes seconds to send the twenty (at 3 per second, a CI run once sent them no faster
  // than the bucket refilled, and none was ever deferred).
  await standIn.admin.settings({ tokens: 0, pacing: { capacity: 50, refillPerSecond: 1 } });
  const { entryIds } = await extension.send('publish', {
    pins: Array.from({ length: 20 }, (_, i) => ({
      ...target,
      title: `Paced ${i + 1}`,
      imageUrl: `${IMAGE}?n=${i}`,
    })),
  });

  await expect
    .poll(async () => (await extension.outbox()).some((e) => e.state === 'deferred'), {
      timeout: 10_000,
      interval: 50,
    })
    .toBe(true);
  await expect
    .poll(async () => (await extension.outbox()).filter((e) => e.state === 'published').length, {
      timeout: 50_000,
      interval: 250,
    })
    .toBe(20);
  const state = await standIn.admin.state();
  expect(state.pins).toHaveLength(20);
  expect(Object.values(state.publishCount)).toEqual(Array(20).fill(1));
  // Chrome closes an unpinned notification after a while, so the first of twenty may be gone by the
  // time the last is published: the outbox records each one it showed, and nothing else is on screen.
  await expect
    .poll(async () => (await extension.outbox()).filter((e) => e.notified.join() === 'published').length, {
      timeout: 10_000,
    })
    .toBe(20);
  const expected = entryIds.map((id) => `pin-published:${id}`);
  const shown = await extension.notifications();
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.filter((id) => !expected.includes(id))).toEqual([]);
}, 90_000);

test('connecting a Pinterest account through the consent page', async ({ extension, context }) => {
  await signInAndTarget(extension);
  const opened = context.waitForEvent('page');
  await extension.send('connectAccount', {});
  const consent = await opened;
  await consent.waitForLoadState();
  await consent.getByRole('button', { name: 'Allow' }).click();

  await expect
    .poll(async () => (await extension.send('getAccounts', {})).length, { timeout: 10_000 })
    .toBe(2);
  await expect.poll(() => consent.isClosed(), { timeout: 5_000 }).toBe(true);
});
