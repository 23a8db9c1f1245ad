import { browser } from 'wxt/browser';
import { t } from './i18n';
import type { OutboxEntry } from './outbox/schema';
import { notificationSettingsItem } from './storage';

/*
 * One desktop notification per pin outcome. Ids are derived from the entry, so a repeat (after a worker
 * restart between showing and recording it) replaces the notification instead of adding a second.
 */

export const notificationId = (outcome: 'published' | 'failed', entryId: string) =>
  `pin-${outcome}:${entryId}`;

export function parseNotificationId(
  id: string,
): { outcome: 'published' | 'failed'; entryId: string } | undefined {
  const match = /^pin-(published|failed):(.+)$/.exec(id);
  return match ? { outcome: match[1] as 'published' | 'failed', entryId: match[2]! } : undefined;
}

export function pinterestPinUrl(pinterestPinId: string): string {
  return `https://www.pinterest.com/pin/${encodeURIComponent(pinterestPinId)}/`;
}

export async function notifyOutcome(entry: OutboxEntry, outcome: 'published' | 'failed'): Promise<void> {
  const settings = await notificationSettingsItem.getValue();
  if (!settings[outcome]) return;
  const iconUrl = browser.runtime.getURL('/icon/128.png');
  if (outcome === 'published') {
    await browser.notifications.create(notificationId('published', entry.id), {
      type: 'basic',
      iconUrl,
      title: t('notifyPublishedTitle', entry.target.boardName),
      message: entry.title,
      contextMessage: t('notifyPublishedContext'),
    });
    return;
  }
  const error = entry.lastError;
  await browser.notifications.create(notificationId('failed', entry.id), {
    type: 'basic' as const,
    iconUrl,
    title: t('notifyFailedTitle', entry.title),
    message: error ? `${error.message} ${error.action}` : t('notifyFailedFallback'),
    contextMessage: t('notifyFailedContext', entry.target.boardName),
    // Chrome shows buttons; Firefox ignores them (the popup's Activity list has Retry too).
    ...(import.meta.env.FIREFOX ? {} : { buttons: [{ title: t('notifyRetry') }], requireInteraction: true }),
  });
}

/** Anything else the user must hear about when no window is open (a refused right-click, a site's nopin). */
export async function notifyNotice(title: string, message: string): Promise<void> {
  await browser.notifications.create(`notice:${Date.now()}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
  });
}
