import { browser } from 'wxt/browser';

/**
 * The tab an extension page works on: `?tabId=N` when the page was opened for a given tab (the compose
 * window, tests), else the active tab of the current window (the toolbar popup).
 */
export async function resolveTargetTabId(search: string = location.search): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery >= 0 && new URLSearchParams(search).has('tabId'))
    return fromQuery;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}
