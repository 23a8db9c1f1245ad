import { browser } from 'wxt/browser';
import type { MessageHandlers } from '@/utils/messaging';
import { collectFromTab } from '@/utils/page-media/from-tab';
import { apiBaseUrlItem } from '@/utils/storage';

export function createMessageHandlers(): MessageHandlers {
  return {
    collectPage: ({ tabId }) => collectFromTab(tabId),
    getStatus: async () => ({
      version: browser.runtime.getManifest().version,
      apiBaseUrl: await apiBaseUrlItem.getValue(),
    }),
  };
}
