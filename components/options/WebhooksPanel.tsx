import { useId, useState, type FormEvent } from 'react';
import { FeedbackMessage, NotReady } from '@/components/Feedback';
import { useBackground } from '@/components/popup/useBackground';
import { sendMessage } from '@/utils/messaging';
import { useAction } from './useAction';
import { t } from '@/utils/i18n';

const EVENTS = ['pin.published', 'pin.failed'];

/** The workspace's webhooks, for users who also run a backend: list, add, switch on or off, delete. */
export function WebhooksPanel() {
  const ids = { url: useId(), secret: useId() };
  const [hooks, reload] = useBackground('listWebhooks', {});
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState('');
  const [events, setEvents] = useState(EVENTS);
  const { feedback, act } = useAction(reload);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (await act(() => sendMessage('createWebhook', { url, secret, events }), t('webhookAdded'))) {
      setUrl('');
      setSecret('');
    }
  };

  return (
    <div className="stack">
      {hooks.status !== 'ready' && <NotReady state={hooks} />}
      {hooks.status === 'ready' && (
        <ul aria-label={t('optionsWebhooks')} className="stack">
          {hooks.value.length === 0 && <li>{t('webhookNone')}</li>}
          {hooks.value.map((hook) => (
            <li key={hook.id} className="row spread">
              <label className="check">
                <input
                  type="checkbox"
                  checked={hook.is_enabled}
                  onChange={(e) =>
                    void act(
                      () => sendMessage('setWebhookEnabled', { id: hook.id, enabled: e.target.checked }),
                      e.target.checked ? t('webhookOn') : t('webhookOff'),
                    )
                  }
                />
                {hook.url} ({hook.events.join(', ')})
              </label>
              <button
                type="button"
                onClick={() =>
                  void act(() => sendMessage('deleteWebhook', { id: hook.id }), t('webhookDeleted'))
                }
              >
                {t('webhookDelete', hook.url)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="stack" onSubmit={(e) => void add(e)} noValidate>
        <label htmlFor={ids.url}>{t('webhookUrl')}</label>
        <input id={ids.url} type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
        <label htmlFor={ids.secret}>{t('webhookSecret')}</label>
        <input id={ids.secret} type="password" value={secret} onChange={(e) => setSecret(e.target.value)} />
        <fieldset>
          <legend>{t('webhookEvents')}</legend>
          {EVENTS.map((name) => (
            <label key={name} className="check">
              <input
                type="checkbox"
                checked={events.includes(name)}
                onChange={(e) =>
                  setEvents((all) => (e.target.checked ? [...all, name] : all.filter((x) => x !== name)))
                }
              />
              {name}
            </label>
          ))}
        </fieldset>
        <button type="submit">{t('webhookAdd')}</button>
      </form>
      <FeedbackMessage feedback={feedback} />
    </div>
  );
}
