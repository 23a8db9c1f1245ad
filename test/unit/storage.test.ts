import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_API_BASE_URL, apiBaseUrlItem, storageItems } from '@/utils/storage';

describe('storage module', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('declares every key once', () => {
    const keys = Object.values(storageItems).map((item) => item.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('falls back to PinBridge production for the API base URL', async () => {
    expect(await apiBaseUrlItem.getValue()).toBe(DEFAULT_API_BASE_URL);
    await apiBaseUrlItem.setValue('http://127.0.0.1:8787');
    expect(await apiBaseUrlItem.getValue()).toBe('http://127.0.0.1:8787');
  });
});
