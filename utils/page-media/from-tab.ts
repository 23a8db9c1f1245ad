import { browser } from 'wxt/browser';
import { pageMediaSchema, type PageMedia } from './schema';

const COLLECTOR_FILE = '/content-scripts/collector.js';

export class PageAccessError extends Error {
  override name = 'PageAccessError';
}

/** Runs the collector in the tab's top frame and checks what it answers: the page is untrusted. */
export async function collectFromTab(tabId: number): Promise<PageMedia> {
  let results;
  try {
    results = await browser.scripting.executeScript({ target: { tabId }, files: [COLLECTOR_FILE] });
  } catch (error) {
    throw new PageAccessError(
      `This page cannot be read (${error instanceof Error ? error.message : String(error)}). ` +
        'Browser pages and the web store are off limits to extensions; open the page you want to pin from.',
    );
  }
  const parsed = pageMediaSchema.safeParse(results[0]?.result);
  if (!parsed.success) {
    throw new PageAccessError('The page answered with something that is not a list of images.');
  }
  return parsed.data;
}
