import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';

const COLLECTOR_FILE = '/collector.js';

export class PageAccessError extends Error {
  override name = 'PageAccessError';
}

/**
 * Runs the collector in the tab's top frame and resolves to what it answered, unchecked. Kept apart from
 * the schema so the popup can start it before its main bundle (React, zod) has loaded.
 */
export async function injectCollector(tabId: number): Promise<unknown> {
  try {
    const results = await browser.scripting.executeScript({ target: { tabId }, files: [COLLECTOR_FILE] });
    return results[0]?.result;
  } catch (error) {
    throw new PageAccessError(
      `${t('pageUnreadable', error instanceof Error ? error.message : String(error))} ${t('pageOffLimits')}`,
    );
  }
}
