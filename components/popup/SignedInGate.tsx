import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { AuthInfo } from '@/utils/auth/schema';
import { sendMessage, type AccountView } from '@/utils/messaging';
import { authInfoItem } from '@/utils/storage';
import { ConnectAccountView } from './ConnectAccountView';
import { SignInView } from './SignInView';
import { useBackground } from './useBackground';
import { t } from '@/utils/i18n';

/** The session as the extension's pages see it, following sign-in and sign-out anywhere. */
export function useSession(): [AuthInfo | undefined, (info: AuthInfo) => void] {
  const [session, setSession] = useState<AuthInfo>();
  useEffect(() => {
    void sendMessage('getSession', {}).then((info) => {
      performance.mark('pinbridge:session');
      setSession(info);
    });
    return authInfoItem.watch((next) => setSession(next));
  }, []);
  return [session, setSession];
}

/**
 * Sign in, then connect a Pinterest account, then `children`: the path every pinning view (popup,
 * compose window) goes through first.
 */
export function SignedInGate({
  session,
  onSession,
  children,
}: {
  session: AuthInfo | undefined;
  onSession: (info: AuthInfo) => void;
  children: (accounts: AccountView[]) => ReactNode;
}) {
  const signedIn = session?.status === 'signed-in';
  const [accounts, reloadAccounts] = useBackground('getAccounts', signedIn ? {} : undefined);
  const connected = useCallback(() => reloadAccounts(), [reloadAccounts]);

  if (!session) return <p role="status">{t('loading')}</p>;
  if (session.status === 'signed-out') return <SignInView reason={session.reason} onSignedIn={onSession} />;
  if (accounts.status === 'loading') return <p role="status">{t('loadingAccounts')}</p>;
  if (accounts.status === 'error')
    return (
      <p role="alert" className="error">
        {accounts.message}
      </p>
    );
  if (!accounts.value.some((a) => !a.needsReconnect))
    return <ConnectAccountView onConnected={connected} reconnect={accounts.value.length > 0} />;
  return <>{children(accounts.value)}</>;
}
