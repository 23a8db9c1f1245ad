import { useEffect, useState } from 'react';
import { pinterestPinUrl } from '@/utils/notifications';
import type { OutboxEntry } from '@/utils/outbox/schema';
import { sendMessage } from '@/utils/messaging';
import { outboxItem } from '@/utils/storage';
import { useBackground } from './useBackground';

const STATE_LABEL: Record<OutboxEntry['state'], string> = {
  sending: 'Sending',
  queued: 'Queued',
  deferred: 'Waiting (paced)',
  publishing: 'Publishing',
  published: 'Published',
  failed: 'Failed',
  'needs-auth': 'Waiting for sign-in',
  offline: 'Waiting for a connection',
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
      <h2 id="activity-heading">Activity</h2>
      {billing.status === 'ready' && (
        <p>
          {billing.value.calls_used} of {billing.value.quota_calls_monthly} pins used this month (
          {billing.value.plan} plan).
        </p>
      )}
      {recent.length === 0 ? (
        <p>No pins yet.</p>
      ) : (
        <ul className="activity" aria-label="Recent pins">
          {recent.map((entry) => (
            <li key={entry.id}>
              <div className="row spread">
                <strong>{entry.title}</strong>
                <span className={`state state-${entry.state}`}>{STATE_LABEL[entry.state]}</span>
              </div>
              <div className="hint">
                {entry.target.boardName}
                {entry.runAt && ` · scheduled for ${new Date(entry.runAt).toLocaleString()}`}
                {entry.removedAt && ' · removed from Pinterest'}
              </div>
              {entry.state === 'deferred' && entry.note && <div className="hint">{entry.note}</div>}
              {entry.lastError && entry.state !== 'published' && (
                <div className="error">
                  {entry.lastError.message} {entry.lastError.action}
                  {entry.lastError.upgradeUrl && (
                    <>
                      {' '}
                      <a href={entry.lastError.upgradeUrl} target="_blank" rel="noreferrer">
                        Upgrade
                      </a>
                    </>
                  )}
                </div>
              )}
              {entry.state === 'published' && entry.pinterestPinId && (
                <a href={pinterestPinUrl(entry.pinterestPinId)} target="_blank" rel="noreferrer">
                  Open on Pinterest
                </a>
              )}
              {entry.state === 'failed' && (
                <button type="button" onClick={() => void sendMessage('retryEntry', { id: entry.id })}>
                  Retry “{entry.title}”
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
