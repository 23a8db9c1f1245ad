import { useEffect, useState } from 'react';
import { pinterestPinUrl } from '@/utils/notifications';
import type { OutboxEntry } from '@/utils/outbox/schema';
import { sendMessage } from '@/utils/messaging';
import { outboxItem } from '@/utils/storage';
import { useBackground } from './useBackground';
import { t, type MessageKey } from '@/utils/i18n';

const STATE_LABEL: Record<OutboxEntry['state'], MessageKey> = {
  sending: 'stateSending',
  queued: 'stateQueued',
  deferred: 'stateDeferred',
  publishing: 'statePublishing',
  published: 'statePublished',
  failed: 'stateFailed',
  'needs-auth': 'stateNeedsAuth',
  offline: 'stateOffline',
};

/** Recent pins with live status, the reason for any wait or failure, and Retry. */
export function ActivityList() {
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  const [billing] = useBackground('getBilling', {});

  useEffect(() => {
    void sendMessage('getOutbox', {}).then(setEntries);
    return outboxItem.watch((next) => setEntries(next));
  }, []);

  const recent = [...entries].sort((a, b) => b.createdAt - a.createdAt).slice(0, 50);
  return (
    <section aria-labelledby="activity-heading" className="stack">
      <h2 id="activity-heading">{t('activityHeading')}</h2>
      {billing.status === 'ready' && (
        <p>
          {t(
            'activityQuota',
            String(billing.value.calls_used),
            String(billing.value.quota_calls_monthly),
            billing.value.plan,
          )}
        </p>
      )}
      {recent.length === 0 ? (
        <p>{t('activityNone')}</p>
      ) : (
        <ul className="activity" aria-label={t('activityLabel')}>
          {recent.map((entry) => (
            <li key={entry.id}>
              <div className="row spread">
                <strong>{entry.title}</strong>
                <span className={`state state-${entry.state}`}>{t(STATE_LABEL[entry.state])}</span>
              </div>
              <div className="hint">
                {entry.target.boardName}
                {entry.runAt && t('activityScheduledFor', new Date(entry.runAt).toLocaleString())}
                {entry.removedAt && t('activityRemoved')}
              </div>
              {entry.state === 'deferred' && entry.note && <div className="hint">{entry.note}</div>}
              {entry.lastError && entry.state !== 'published' && (
                <div className="error">
                  {entry.lastError.message} {entry.lastError.action}
                  {entry.lastError.upgradeUrl && (
                    <>
                      {' '}
                      <a href={entry.lastError.upgradeUrl} target="_blank" rel="noreferrer">
                        {t('activityUpgrade')}
                      </a>
                    </>
                  )}
                </div>
              )}
              {entry.state === 'published' && entry.pinterestPinId && (
                <a href={pinterestPinUrl(entry.pinterestPinId)} target="_blank" rel="noreferrer">
                  {t('activityOpen')}
                </a>
              )}
              {entry.state === 'failed' && (
                <button type="button" onClick={() => void sendMessage('retryEntry', { id: entry.id })}>
                  {t('activityRetry', entry.title)}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
