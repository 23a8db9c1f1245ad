import { injectCollector } from '@/utils/page-media/inject';
import { resolveTargetTabId } from '@/utils/target-tab';

/** The target tab and the collector's raw, unchecked answer; `usePageMedia` checks it. */
export interface PageCollection {
  tabId: number | undefined;
  raw: unknown;
}

export async function startPageCollection(): Promise<PageCollection> {
  const tabId = await resolveTargetTabId();
  const raw = tabId === undefined ? undefined : await injectCollector(tabId);
  performance.mark('pinbridge:collected');
  return { tabId, raw };
}
