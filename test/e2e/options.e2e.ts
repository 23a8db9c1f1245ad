import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStandIn } from '../stand-in/server';
import { DEMO_EMAIL, DEMO_PASSWORD } from '../stand-in/state';
import { expect, test } from './fixtures';

interface Chrome {
  storage: { session: { get(key: string): Promise<Record<string, { token?: string } | undefined>> } };
}

test('Test connection: success against the stand-in, then a clear failure once it is stopped', async ({
  extension,
  context,
  extensionId,
}) => {
  const own = await startStandIn();
  try {
    await extension.setApiBaseUrl(own.origin);
    await extension.send('signIn', { email: DEMO_EMAIL, password: DEMO_PASSWORD, staySignedIn: false });
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const result = options.getByLabel('Connection test result');

    await options.getByRole('button', { name: 'Test connection' }).click();
    await expect.poll(() => result.textContent()).toContain('Connection works.');
    expect(await result.textContent()).toContain(
      '✓ Your sign-in is accepted: Signed in with a sign-in token',
    );

    await own.close();
    await options.getByRole('button', { name: 'Test connection' }).click();
    await expect.poll(() => result.textContent()).toContain('Connection failed.');
    expect(await result.getByRole('alert').count()).toBe(0);
    expect(await result.textContent()).toMatch(/✗ PinBridge answers: http:\/\/127\.0\.0\.1:\d+: .*reach/i);
  } finally {
    await own.close().catch(() => undefined);
  }
});

test('settings export → change → import brings the exported settings back', async ({
  signedIn: _,
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const template = options.getByLabel('Description template');
  await template.fill('{title} — found on {site}');
  await options.getByLabel('When a pin is published').uncheck();

  const downloading = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export settings' }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'pinbridge-export-')), 'settings.json');
  await (await downloading).saveAs(file);
  expect(readFileSync(file, 'utf8')).not.toMatch(/token|sealed/i);

  await template.fill('something else');
  await options.getByLabel('When a pin is published').check();
  await options.getByLabel('Import settings').setInputFiles(file);
  await expect
    .poll(() => options.getByRole('status').allTextContents())
    .toContainEqual(expect.stringContaining('Imported:'));
  await options.reload();
  await expect
    .poll(() => options.getByLabel('Description template').inputValue())
    .toBe('{title} — found on {site}');
  expect(await options.getByLabel('When a pin is published').isChecked()).toBe(false);
});

test('the diagnostics report lists the last calls with request ids and contains no token', async ({
  signedIn,
  context,
  extensionId,
  standIn,
}) => {
  await signedIn.send('getAccounts', { refresh: true });
  // The call just made; the options page makes more of its own once open.
  const requestIds = (await standIn.admin.state()).requests
    .filter((r) => r.path === '/v1/pinterest/accounts')
    .map((r) => r.requestId);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByText('Diagnostics', { exact: true }).click();
  const report = await options.getByLabel('Report').inputValue();

  expect(requestIds.length).toBeGreaterThan(0);
  expect(report).toContain(`request ${requestIds.at(-1)}`);
  expect(report).toContain('Auth mode:     bearer');
  expect(
    await options.getByRole('table', { name: 'Last API calls' }).getByRole('row').count(),
  ).toBeGreaterThan(1);

  const bearer = await options.evaluate(
    async () =>
      (await (globalThis as unknown as { chrome: Chrome }).chrome.storage.session.get('bearer')).bearer,
  );
  expect(bearer?.token?.length).toBeGreaterThan(10);
  expect(report).not.toContain(bearer!.token!);
});

test('the account panel shows plan and quota, and disconnects a Pinterest account after asking', async ({
  signedIn: _,
  context,
  extensionId,
  standIn,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const account = (await standIn.admin.state()).accounts[0]!;
  const accounts = options.getByRole('list', { name: 'Connected Pinterest accounts' });
  await accounts.getByRole('button', { name: `Disconnect ${account.display_name}` }).waitFor();
  await expect.poll(() => options.getByText(/calls used this month/).count()).toBe(1);

  options.once('dialog', (dialog) => void dialog.accept());
  await accounts.getByRole('button', { name: `Disconnect ${account.display_name}` }).click();
  await expect
    .poll(() => options.getByRole('status').allTextContents())
    .toContainEqual(`${account.display_name} was disconnected.`);
  expect((await standIn.admin.state()).accounts.map((a) => a.id)).not.toContain(account.id);
  await expect.poll(() => accounts.getByRole('listitem').allTextContents()).toEqual(['None connected yet.']);
});
