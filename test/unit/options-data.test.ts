import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatReport, type Diagnostics } from '@/utils/diagnostics/report';
import { DEFAULT_PIN_DEFAULTS, fillTemplate, templateFor } from '@/utils/pin-defaults';
import { exportSettings, importSettings } from '@/utils/settings-transfer';
import { apiKeyItem, bearerItem, notificationSettingsItem, pinDefaultsItem } from '@/utils/storage';

describe('description templates', () => {
  const values = {
    title: 'Soup',
    url: 'https://blog.example/soup',
    site: 'Blog',
    alt: 'A bowl',
    selection: '',
  };

  it('fills every placeholder and leaves unknown braces alone', () => {
    expect(fillTemplate('{title} on {site}: {alt} {url} {other}', values)).toBe(
      'Soup on Blog: A bowl https://blog.example/soup {other}',
    );
  });

  it('an empty placeholder leaves no double space', () => {
    expect(fillTemplate('{selection} {title}', values)).toBe('Soup');
  });

  it('takes the variants in turn, else the template', () => {
    const defaults = { ...DEFAULT_PIN_DEFAULTS, descriptionTemplate: 'T', variants: ['A', ' ', 'B'] };
    expect([0, 1, 2].map((turn) => templateFor(defaults, turn))).toEqual(['A', 'B', 'A']);
    expect(templateFor({ ...defaults, variants: [] }, 5)).toBe('T');
  });
});

describe('settings export and import', () => {
  beforeEach(() => fakeBrowser.reset());

  it('exports preferences and never a secret', async () => {
    await bearerItem.setValue({ token: 'secret-bearer-token', expiresAt: 1 });
    await apiKeyItem.setValue({ sealed: { iv: 'iv', data: 'sealed-key' }, keyId: null, name: 'k' });
    const text = JSON.stringify(await exportSettings());
    expect(text).not.toContain('secret-bearer-token');
    expect(text).not.toContain('sealed-key');
    expect(JSON.parse(text).settings.pinDefaults).toEqual(DEFAULT_PIN_DEFAULTS);
  });

  it('round-trips what it exported', async () => {
    await pinDefaultsItem.setValue({ ...DEFAULT_PIN_DEFAULTS, descriptionTemplate: '{title} via {site}' });
    await notificationSettingsItem.setValue({ published: false, failed: true });
    const exported = JSON.stringify(await exportSettings());
    fakeBrowser.reset();
    // The fake browser has no permissions API; the real one grants the production API origin.
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const result = await importSettings(exported);
    expect(result.applied).toEqual(expect.arrayContaining(['notifications', 'pin defaults']));
    expect((await pinDefaultsItem.getValue()).descriptionTemplate).toBe('{title} via {site}');
    expect(await notificationSettingsItem.getValue()).toEqual({ published: false, failed: true });
  });

  it('refuses a file that is not an export, whole, and says why', async () => {
    await expect(importSettings('not json')).rejects.toThrow('not JSON');
    await expect(
      importSettings(
        '{"format":"pinbridge-settings","version":1,"exportedAt":"x","settings":{"pinDefaults":{"link":"bogus"}}}',
      ),
    ).rejects.toThrow(/settings\.pinDefaults/);
  });
});

describe('the diagnostics report', () => {
  it('lists calls with request ids and holds no token', () => {
    const diagnostics: Diagnostics = {
      version: '0.1.0',
      apiBaseUrl: 'http://127.0.0.1:8787',
      authMode: 'bearer',
      calls: [
        {
          at: 0,
          method: 'POST',
          path: '/v1/pins',
          status: 201,
          durationMs: 42,
          requestId: 'req-1',
          errorCode: null,
          auth: 'bearer',
        },
        {
          at: 1,
          method: 'GET',
          path: '/v1/pins/{id}',
          status: 0,
          durationMs: 20000,
          requestId: null,
          errorCode: 'timeout',
          auth: 'bearer',
        },
      ],
      outbox: [],
    };
    const report = formatReport(diagnostics, 'Chrome', 0);
    expect(report).toContain('POST   /v1/pins');
    expect(report).toContain('request req-1');
    expect(report).toContain('no answer');
    expect(report).toContain('error timeout');
  });
});
