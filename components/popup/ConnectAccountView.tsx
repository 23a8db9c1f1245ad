import { useEffect, useState } from 'react';
import { sendMessage } from '@/utils/messaging';
import { oauthFlowItem, type OAuthFlow } from '@/utils/storage';
import { errorText } from './useBackground';

/** No Pinterest account yet: one clear action. The flow finishes in the background, in its own tab. */
export function ConnectAccountView({
  onConnected,
  reconnect = false,
}: {
  onConnected: () => void;
  reconnect?: boolean;
}) {
  const [flow, setFlow] = useState<OAuthFlow | null>(null);
  const [error, setError] = useState<string>();

  useEffect(() => {
    void oauthFlowItem.getValue().then(setFlow);
    return oauthFlowItem.watch((next) => {
      setFlow(next);
      if (next?.status === 'connected') onConnected();
    });
  }, [onConnected]);

  const connect = async () => {
    setError(undefined);
    try {
      await sendMessage('connectAccount', {});
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <section aria-labelledby="connect-heading" className="stack">
      <h2 id="connect-heading">
        {reconnect ? 'Reconnect your Pinterest account' : 'Connect a Pinterest account'}
      </h2>
      <p>
        PinBridge publishes to Pinterest accounts you connect. Pinterest will ask you to allow access in a new
        tab.
      </p>
      <button type="button" onClick={() => void connect()}>
        Connect Pinterest account
      </button>
      {flow?.status === 'waiting' && (
        <p role="status">Waiting for you to allow access in the Pinterest tab…</p>
      )}
      {flow?.status === 'failed' && (
        <p role="alert" className="error">
          {flow.message}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
