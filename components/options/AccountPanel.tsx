import { FeedbackMessage, NotReady } from '@/components/Feedback';
import { useBackground } from '@/components/popup/useBackground';
import { useSession } from '@/components/popup/SignedInGate';
import { sendMessage } from '@/utils/messaging';
import { useAction } from './useAction';
import { t } from '@/utils/i18n';

/** Who is signed in, how, on which plan with how much quota left, and the connected Pinterest accounts. */
export function AccountPanel() {
  const [session, setSession] = useSession();
  const signedIn = session?.status === 'signed-in';
  const [billing] = useBackground('getBilling', signedIn ? {} : undefined);
  const [accounts, reload] = useBackground('getAccounts', signedIn ? { refresh: true } : undefined);
  const { feedback, act } = useAction(reload);

  if (!session) return <p role="status">{t('loading')}</p>;
  if (session.status === 'signed-out') return <p>{t('accountSignedOut')}</p>;

  return (
    <div className="stack">
      <dl className="facts">
        <dt>{t('accountSignedInAs')}</dt>
        <dd>{[session.name, session.email].filter(Boolean).join(' · ') || t('unknown')}</dd>
        <dt>{t('accountAuthMode')}</dt>
        <dd>
          {session.mode === 'apiKey'
            ? session.keyName
              ? t('accountApiKeyNamed', session.keyName)
              : t('accountApiKey')
            : t('accountToken')}
        </dd>
        <dt>{t('accountWorkspace')}</dt>
        <dd>{session.workspace ?? t('unknown')}</dd>
        <dt>{t('accountPlan')}</dt>
        <dd>
          {billing.status === 'ready'
            ? t(
                'accountQuota',
                billing.value.plan,
                String(billing.value.calls_used),
                String(billing.value.quota_calls_monthly),
              )
            : billing.status === 'error'
              ? billing.message
              : t('loading')}
        </dd>
      </dl>
      <button type="button" onClick={() => void sendMessage('signOut', {}).then(setSession)}>
        {t('signOut')}
      </button>
      <h3>{t('accountPinterest')}</h3>
      {accounts.status !== 'ready' && <NotReady state={accounts} />}
      {accounts.status === 'ready' && (
        <ul aria-label={t('accountConnected')} className="stack">
          {accounts.value.length === 0 && <li>{t('accountNone')}</li>}
          {accounts.value.map((account) => (
            <li key={account.id} className="row spread">
              <span>
                {account.name}
                {account.needsReconnect && ` — ${account.healthMessage ?? t('accountNeedsReconnect')}`}
              </span>
              <span className="row">
                <button
                  type="button"
                  onClick={() => void act(() => sendMessage('connectAccount', {}), t('accountFinishInTab'))}
                >
                  {t('accountReconnect', account.name)}
                </button>
                <button
                  type="button"
                  onClick={() =>
                    confirm(t('accountConfirmDisconnect', account.name)) &&
                    void act(
                      () => sendMessage('disconnectAccount', { accountId: account.id }),
                      t('accountDisconnected', account.name),
                    )
                  }
                >
                  {t('accountDisconnect', account.name)}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        onClick={() => void act(() => sendMessage('connectAccount', {}), t('accountFinishInTab'))}
      >
        {t('accountConnectAnother')}
      </button>
      <FeedbackMessage feedback={feedback} />
    </div>
  );
}
