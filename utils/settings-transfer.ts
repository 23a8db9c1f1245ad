import { z } from '@/utils/zod';
import { lazySchema } from '@/utils/lazy-schema';
import { browser } from 'wxt/browser';
import { apiBaseUrlSchema, originPattern } from './api-base-url';
import { pinDefaultsSchema } from './pin-defaults';
import {
  apiBaseUrlItem,
  consoleLoggingItem,
  hoverButtonItem,
  notificationSettingsItem,
  pinDefaultsItem,
  readChecked,
  storedSchemas,
} from './storage';
import { t } from '@/utils/i18n';

const FORMAT = 'pinbridge-settings';

/** What an export holds: preferences only. Tokens, keys, drafts, caches and history never leave. */
export const exportedSettingsSchema = lazySchema(() =>
  z.object({
    format: z.literal(FORMAT),
    version: z.literal(1),
    exportedAt: z.string(),
    settings: z
      .object({
        apiBaseUrl: apiBaseUrlSchema,
        notifications: storedSchemas.notificationSettings,
        hoverButton: storedSchemas.hoverButton,
        pinDefaults: pinDefaultsSchema,
        consoleLogging: z.boolean(),
      })
      .partial(),
  }),
);
export type ExportedSettings = z.infer<typeof exportedSettingsSchema>;

export async function exportSettings(now = new Date()): Promise<ExportedSettings> {
  return {
    format: FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    settings: {
      apiBaseUrl: await apiBaseUrlItem.getValue(),
      notifications: await readChecked(notificationSettingsItem, storedSchemas.notificationSettings),
      hoverButton: await readChecked(hoverButtonItem, storedSchemas.hoverButton),
      pinDefaults: await readChecked(pinDefaultsItem, storedSchemas.pinDefaults),
      consoleLogging: await consoleLoggingItem.getValue(),
    },
  };
}

export interface ImportResult {
  applied: string[];
  /** Settings that need a permission only a click on their own switch can grant. */
  skipped: string[];
}

/** Applies an export; a file that is not one is refused whole, with the first problem named. */
export async function importSettings(text: string): Promise<ImportResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(t('importNotJson'));
  }
  const parsed = exportedSettingsSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(t('importInvalid', `${issue?.path.join('.') || 'file'}: ${issue?.message}`));
  }
  const { settings } = parsed.data;
  const result: ImportResult = { applied: [], skipped: [] };
  if (settings.apiBaseUrl) {
    const origins = [originPattern(settings.apiBaseUrl)];
    if (await browser.permissions.contains({ origins })) {
      await apiBaseUrlItem.setValue(settings.apiBaseUrl);
      result.applied.push(t('importApiAddress'));
    } else result.skipped.push(t('importApiAddressSkipped', settings.apiBaseUrl));
  }
  if (settings.notifications) {
    await notificationSettingsItem.setValue(settings.notifications);
    result.applied.push(t('importNotifications'));
  }
  if (settings.pinDefaults) {
    await pinDefaultsItem.setValue(settings.pinDefaults);
    result.applied.push(t('importPinDefaults'));
  }
  if (settings.consoleLogging !== undefined) {
    await consoleLoggingItem.setValue(settings.consoleLogging);
    result.applied.push(t('importConsoleLogging'));
  }
  if (settings.hoverButton) {
    const granted = await browser.permissions.contains({ origins: ['https://*/*', 'http://*/*'] });
    if (!settings.hoverButton.enabled || granted) {
      await hoverButtonItem.setValue(settings.hoverButton);
      result.applied.push(t('importPinButton'));
    } else result.skipped.push(t('importPinButtonSkipped'));
  }
  return result;
}
