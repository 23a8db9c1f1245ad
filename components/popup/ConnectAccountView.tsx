import { useEffect, useState } from 'react';
import { sendMessage } from '@/utils/messaging';
import { oauthFlowItem, type OAuthFlow } from '@/utils/storage';
import { errorText } from './useBackground';
import { t } from '@/utils/i18n';

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
      <h2 id="connect-heading">{reconnect ? t('connectHeadingReconnect') : t('connectHeading')}</h2>
      <p>{t('connectExplain')}</p>
      <button type="button" onClick={() => void connect()}>
        {t('connectButton')}
      </button>
      {flow?.status === 'waiting' && <p role="status">{t('connectWaiting')}</p>}
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
