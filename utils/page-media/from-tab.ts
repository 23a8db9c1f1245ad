import { PageAccessError, injectCollector } from './inject';
import { pageMediaSchema, type PageMedia } from './schema';

export { PageAccessError };

/** Checks what the collector answered: the page is untrusted. */
export function parseCollected(raw: unknown): PageMedia {
  const parsed = pageMediaSchema.safeParse(raw);
  if (!parsed.success) {
    throw new PageAccessError('The page answered with something that is not a list of images.');
  }
  return parsed.data;
}

/** Runs the collector in the tab's top frame and checks what it answers. */
export async function collectFromTab(tabId: number): Promise<PageMedia> {
  return parseCollected(await injectCollector(tabId));
}
