import { useState } from 'react';
import { browser } from 'wxt/browser';
import { ActivityList } from '@/components/popup/ActivityList';
import { ComposeView } from '@/components/popup/ComposeView';
import { SectionTabs } from '@/components/popup/SectionTabs';
import { SignedInGate, useSession } from '@/components/popup/SignedInGate';
import { sendMessage } from '@/utils/messaging';
import type { EarlyRequests } from './early-requests';
import type { PageCollection } from './page-collection';
import { usePageMedia } from './usePageMedia';
import { t } from '@/utils/i18n';

type Tab = 'pin' | 'activity';

export function PopupApp({
  collection,
  early,
}: {
  collection: Promise<PageCollection>;
  early: EarlyRequests;
}) {
  // The page is being read already (see main.tsx), while the session and accounts load.
  const media = usePageMedia(collection);
  const [session, setSession] = useSession(early.session);
  const [tab, setTab] = useState<Tab>('pin');

  return (
    <main className="popup stack">
      <header className="row spread">
        <h1>{t('popupHeading')}</h1>
        <div className="row">
          {/* Where the PinBridge address, defaults and notifications are set, signed in or not. */}
          <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('popupSettings')}
          </button>
          {session?.status === 'signed-in' && (
            <button
              type="button"
              className="link"
              onClick={() => void sendMessage('signOut', {}).then(setSession)}
              title={session.email ?? undefined}
            >
              {t('signOut')}
            </button>
          )}
        </div>
      </header>
      <SignedInGate session={session} onSession={setSession} earlyAccounts={early.accounts}>
        {(accounts) => (
          <SectionTabs
            label={t('popupSections')}
            tabs={[
              { key: 'pin', label: t('popupTabPin') },
              { key: 'activity', label: t('activityHeading') },
            ]}
            current={tab}
            onChange={setTab}
          >
            {tab === 'pin' ? (
              <ComposeView media={media} accounts={accounts} onSent={() => undefined} />
            ) : (
              <ActivityList />
            )}
          </SectionTabs>
        )}
      </SignedInGate>
    </main>
  );
}
