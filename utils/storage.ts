import { storage } from 'wxt/utils/storage';

/*
 * Every stored key of the extension, declared once. Values are only read through these items so that
 * fallbacks and migrations apply everywhere.
 */

export const DEFAULT_API_BASE_URL = 'https://api.pinbridge.io';

/** The PinBridge API origin the extension talks to (production, or a stand-in during development). */
export const apiBaseUrlItem = storage.defineItem<string>('local:apiBaseUrl', {
  fallback: DEFAULT_API_BASE_URL,
  version: 1,
});

export const storageItems = { apiBaseUrl: apiBaseUrlItem } as const;
