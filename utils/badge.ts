import { browser } from 'wxt/browser';
import { isInFlight } from './outbox/machine';
import type { OutboxEntry } from './outbox/schema';

/** The toolbar badge counts pins in flight; it is empty when there are none. */
export async function showInFlightCount(entries: OutboxEntry[]): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  const count = entries.filter(isInFlight).length;
  await action.setBadgeText({ text: count ? String(count) : '' });
  if (count) await action.setBadgeBackgroundColor({ color: '#c8001e' });
}
