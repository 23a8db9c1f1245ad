import { FeedbackMessage } from '@/components/Feedback';
import { useBackground } from '@/components/popup/useBackground';
import { useSession } from '@/components/popup/SignedInGate';
import { sendMessage } from '@/utils/messaging';
import { useAction } from './useAction';

/** Who is signed in, how, on which plan with how much quota left, and the connected Pinterest accounts. */
export function AccountPanel() {
  const [session, setSession] = useSession();
  const signedIn = session?.status === 'signed-in';
  const [billing] = useBackground('getBilling', signedIn ? {} : undefined);
  const [accounts, reload] = useBackground('getAccounts', signedIn ? { refresh: true } : undefined);
  const { feedback, act } = useAction(reload);

  if (!session) return <p role="status">Loading…</p>;
  if (session.status === 'signed-out')
    return <p>Not signed in. Click the PinBridge toolbar button to sign in or create an account.</p>;

  return (
    <div className="stack">
      <dl className="facts">
        <dt>Signed in as</dt>
        <dd>{[session.name, session.email].filter(Boolean).join(' · ') || 'unknown'}</dd>
        <dt>Auth mode</dt>
        <dd>
          {session.mode === 'apiKey'
            ? `API key${session.keyName ? ` (${session.keyName})` : ''}`
            : 'Sign-in token'}
        </dd>
        <dt>Workspace</dt>
        <dd>{session.workspace ?? 'unknown'}</dd>
        <dt>Plan and quota</dt>
        <dd>
          {billing.status === 'ready'
            ? `${billing.value.plan}: ${billing.value.calls_used} of ${billing.value.quota_calls_monthly} calls used this month`
            : billing.status === 'error'
              ? billing.message
              : 'Loading…'}
        </dd>
      </dl>
      <button type="button" onClick={() => void sendMessage('signOut', {}).then(setSession)}>
        Sign out
      </button>
      <h3>Pinterest accounts</h3>
      {accounts.status === 'loading' && <p role="status">Loading…</p>}
      {accounts.status === 'error' && (
        <p role="alert" className="error">
          {accounts.message}
        </p>
      )}
      {accounts.status === 'ready' && (
        <ul aria-label="Connected Pinterest accounts" className="stack">
          {accounts.value.length === 0 && <li>None connected yet.</li>}
          {accounts.value.map((account) => (
            <li key={account.id} className="row spread">
              <span>
                {account.name}
                {account.needsReconnect && ` — ${account.healthMessage ?? 'needs reconnecting'}`}
              </span>
              <span className="row">
                <button
                  type="button"
                  onClick={() =>
                    void act(
                      () => sendMessage('connectAccount', {}),
                      'Finish connecting in the tab that opened.',
                    )
                  }
                >
                  Reconnect {account.name}
                </button>
                <button
                  type="button"
                  onClick={() =>
                    confirm(`Disconnect ${account.name} from your PinBridge workspace?`) &&
                    void act(
                      () => sendMessage('disconnectAccount', { accountId: account.id }),
                      `${account.name} was disconnected.`,
                    )
                  }
                >
                  Disconnect {account.name}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        onClick={() =>
          void act(() => sendMessage('connectAccount', {}), 'Finish connecting in the tab that opened.')
        }
      >
        Connect another Pinterest account
      </button>
      <FeedbackMessage feedback={feedback} />
    </div>
  );
}
