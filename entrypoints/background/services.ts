import { browser } from 'wxt/browser';
import { showInFlightCount } from '@/utils/badge';
import { createSession } from '@/utils/auth/session';
import { indexedDbKeyStore } from '@/utils/auth/vault';
import { createOAuthFlow } from '@/utils/oauth';
import { apiLogger } from '@/utils/diagnostics/api-log';
import { createOutbox } from '@/utils/outbox/engine';
import { notifyOutcome } from '@/utils/notifications';

const OUTBOX_ALARM = 'outbox-wake';

/** The background's long-lived parts, built once per worker start. */
export function createServices() {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const session = createSession({
    keyStore: indexedDbKeyStore,
    // Called only after start-up, when `outbox` exists: what waited for sign-in goes on.
    onSignedIn: () => void outbox.authRestored(),
    onCall: apiLogger,
  });
  const outbox = createOutbox({
    getClient: () => session.client(),
    onUnauthorized: () => session.expire(),
    notify: notifyOutcome,
    // A timer while the worker lives; an alarm in case Chrome stops it first.
    wakeAt(at) {
      clearTimeout(timer);
      if (at === undefined) {
        void browser.alarms.clear(OUTBOX_ALARM);
        return;
      }
      timer = setTimeout(() => void outbox.process(), Math.max(0, at - Date.now()));
      void browser.alarms.create(OUTBOX_ALARM, { when: Math.max(at, Date.now() + 500) });
    },
    onChange: (entries) => void showInFlightCount(entries).catch(() => undefined),
    isOnline: () => navigator.onLine,
    now: Date.now,
  });
  return { session, outbox, oauth: createOAuthFlow(session), OUTBOX_ALARM };
}

export type Services = ReturnType<typeof createServices>;
