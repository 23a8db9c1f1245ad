import { useCallback, useEffect, useState } from 'react';
import { ActivityList } from '@/components/popup/ActivityList';
import { ComposeView } from '@/components/popup/ComposeView';
import { ConnectAccountView } from '@/components/popup/ConnectAccountView';
import { SignInView } from '@/components/popup/SignInView';
import { useBackground } from '@/components/popup/useBackground';
import type { AuthInfo } from '@/utils/auth/schema';
import { sendMessage } from '@/utils/messaging';
import { authInfoItem } from '@/utils/storage';
import type { PageCollection } from './page-collection';
import { usePageMedia } from './usePageMedia';

type Tab = 'pin' | 'activity';

export function PopupApp({ collection }: { collection: Promise<PageCollection> }) {
  // The page is being read already (see main.tsx), while the session and accounts load.
  const media = usePageMedia(collection);
  const [session, setSession] = useState<AuthInfo>();
  const [tab, setTab] = useState<Tab>('pin');

  useEffect(() => {
    void sendMessage('getSession', {}).then((info) => {
      performance.mark('pinbridge:session');
      setSession(info);
    });
    return authInfoItem.watch((next) => setSession(next));
  }, []);

  const signedIn = session?.status === 'signed-in';
  const [accounts, reloadAccounts] = useBackground('getAccounts', signedIn ? {} : undefined);
  const connected = useCallback(() => reloadAccounts(), [reloadAccounts]);

  let body;
  if (!session) body = <p role="status">Loading…</p>;
  else if (session.status === 'signed-out')
    body = <SignInView reason={session.reason} onSignedIn={setSession} />;
  else if (accounts.status === 'loading') body = <p role="status">Loading your Pinterest accounts…</p>;
  else if (accounts.status === 'error')
    body = (
      <p role="alert" className="error">
        {accounts.message}
      </p>
    );
  else if (!accounts.value.some((a) => !a.needsReconnect))
    body = <ConnectAccountView onConnected={connected} reconnect={accounts.value.length > 0} />;
  else
    body = (
      <>
        <div role="tablist" aria-label="Popup sections" className="segmented">
          <button role="tab" type="button" aria-selected={tab === 'pin'} onClick={() => setTab('pin')}>
            Pin
          </button>
          <button
            role="tab"
            type="button"
            aria-selected={tab === 'activity'}
            onClick={() => setTab('activity')}
          >
            Activity
          </button>
        </div>
        <div role="tabpanel" aria-label={tab === 'pin' ? 'Pin' : 'Activity'}>
          {tab === 'pin' ? (
            <ComposeView media={media} accounts={accounts.value} onSent={() => undefined} />
          ) : (
            <ActivityList />
          )}
        </div>
      </>
    );

  return (
    <main className="popup stack">
      <header className="row spread">
        <h1>Pin from this page</h1>
        {signedIn && (
          <button
            type="button"
            className="link"
            onClick={() => void sendMessage('signOut', {}).then(setSession)}
            title={session.email ?? undefined}
          >
            Sign out
          </button>
        )}
      </header>
      {body}
    </main>
  );
}
