import { browser } from 'wxt/browser';
import { parseNotificationId, pinterestPinUrl } from '@/utils/notifications';
import type { Services } from './services';

/** Wakes the outbox: on start (resume), on its alarm, and when connectivity returns. */
export function registerOutboxWakeups({ outbox, OUTBOX_ALARM }: Services): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void outbox.process();
  });
  globalThis.addEventListener?.('online', () => void outbox.online());
  void outbox.process();
}

/** Published: open the pin on Pinterest. Failed: the Retry button. */
export function registerNotificationActions({ outbox }: Services): void {
  browser.notifications.onClicked.addListener((id) => {
    const parsed = parseNotificationId(id);
    if (!parsed) return;
    void browser.notifications.clear(id);
    if (parsed.outcome !== 'published') return;
    void outbox.list().then((entries) => {
      const pinId = entries.find((e) => e.id === parsed.entryId)?.pinterestPinId;
      if (pinId) void browser.tabs.create({ url: pinterestPinUrl(pinId) });
    });
  });
  browser.notifications.onButtonClicked?.addListener((id, button) => {
    const parsed = parseNotificationId(id);
    if (parsed?.outcome !== 'failed' || button !== 0) return;
    void browser.notifications.clear(id);
    void outbox.retry(parsed.entryId);
  });
}
