import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { AuthInfo } from '@/utils/auth/schema';
import { sendMessage, type AccountView } from '@/utils/messaging';
import { authInfoItem } from '@/utils/storage';
import { NotReady } from '@/components/Feedback';
import { ConnectAccountView } from './ConnectAccountView';
import { SignInView } from './SignInView';
import { answerOf, settledAnswer, useBackground } from './useBackground';
import { t } from '@/utils/i18n';

/** The session as the extension's pages see it, following sign-in and sign-out anywhere. */
export function useSession(early?: Promise<unknown>): [AuthInfo | undefined, (info: AuthInfo) => void] {
  const [session, setSession] = useState<AuthInfo | undefined>(() => {
    const settled = settledAnswer('getSession', early);
    if (settled) performance.mark('pinbridge:session');
    return settled;
  });
  const known = session !== undefined;
  useEffect(() => {
    if (!known) {
      const pending = early ? answerOf('getSession', {}, early) : sendMessage('getSession', {});
      void pending.then((info) => {
        performance.mark('pinbridge:session');
        setSession(info);
      });
    }
    return authInfoItem.watch((next) => setSession(next));
    // Asked once: a session known at the first render is followed through storage from then on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [early]);
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
  earlyAccounts,
}: {
  session: AuthInfo | undefined;
  onSession: (info: AuthInfo) => void;
  children: (accounts: AccountView[]) => ReactNode;
  /** The accounts, asked for before this view loaded (the popup's first script). */
  earlyAccounts?: Promise<unknown>;
}) {
  const signedIn = session?.status === 'signed-in';
  const [accounts, reloadAccounts] = useBackground('getAccounts', signedIn ? {} : undefined, earlyAccounts);
  const connected = useCallback(() => reloadAccounts(), [reloadAccounts]);

  if (!session) return <p role="status">{t('loading')}</p>;
  if (session.status === 'signed-out') return <SignInView reason={session.reason} onSignedIn={onSession} />;
  if (accounts.status !== 'ready') return <NotReady state={accounts} loading={t('loadingAccounts')} />;
  if (!accounts.value.some((a) => !a.needsReconnect))
    return <ConnectAccountView onConnected={connected} reconnect={accounts.value.length > 0} />;
  return <>{children(accounts.value)}</>;
}
