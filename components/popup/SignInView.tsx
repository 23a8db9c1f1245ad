import { useId, useState, type FormEvent } from 'react';
import type { AuthInfo } from '@/utils/auth/schema';
import { sendMessage } from '@/utils/messaging';
import { errorText } from './useBackground';
import { t } from '@/utils/i18n';

type Mode = 'signIn' | 'register' | 'apiKey';

const MODES: Array<[Mode, () => string]> = [
  ['signIn', () => t('signInModeSignIn')],
  ['register', () => t('signInModeRegister')],
  ['apiKey', () => t('signInModeApiKey')],
];

/** Signed out: sign in, create an account, or paste an API key. Errors say what to do. */
export function SignInView({
  reason,
  onSignedIn,
}: {
  reason?: 'expired' | 'revoked';
  onSignedIn: (info: AuthInfo) => void;
}) {
  const [mode, setMode] = useState<Mode>('signIn');
  const [fields, setFields] = useState({ fullName: '', email: '', password: '', key: '', stay: true });
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const ids = { name: useId(), email: useId(), password: useId(), key: useId(), stay: useId() };
  const set = (key: keyof typeof fields) => (value: string | boolean) =>
    setFields((f) => ({ ...f, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const info =
        mode === 'apiKey'
          ? await sendMessage('useApiKey', { key: fields.key })
          : mode === 'register'
            ? await sendMessage('register', {
                fullName: fields.fullName,
                email: fields.email,
                password: fields.password,
                staySignedIn: fields.stay,
              })
            : await sendMessage('signIn', {
                email: fields.email,
                password: fields.password,
                staySignedIn: fields.stay,
              });
      onSignedIn(info);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="sign-in-heading" className="stack">
      <h2 id="sign-in-heading">{t('signInHeading')}</h2>
      {reason === 'expired' && (
        <p role="alert" className="error">
          {t('signInExpired')}
        </p>
      )}
      <div role="group" aria-label={t('signInHow')} className="segmented">
        {MODES.map(([value, label]) => (
          <button key={value} type="button" aria-pressed={mode === value} onClick={() => setMode(value)}>
            {label()}
          </button>
        ))}
      </div>
      <form onSubmit={(e) => void submit(e)} className="stack" noValidate>
        {mode === 'register' && (
          <>
            <label htmlFor={ids.name}>{t('signInFullName')}</label>
            <input
              id={ids.name}
              autoComplete="name"
              value={fields.fullName}
              onChange={(e) => set('fullName')(e.target.value)}
              required
            />
          </>
        )}
        {mode !== 'apiKey' ? (
          <>
            <label htmlFor={ids.email}>{t('signInEmail')}</label>
            <input
              id={ids.email}
              type="email"
              autoComplete="email"
              value={fields.email}
              onChange={(e) => set('email')(e.target.value)}
              required
            />
            <label htmlFor={ids.password}>{t('signInPassword')}</label>
            <input
              id={ids.password}
              type="password"
              autoComplete={mode === 'register' ? 'new-password' : 'current-password'}
              value={fields.password}
              onChange={(e) => set('password')(e.target.value)}
              required
            />
            <div className="check">
              <input
                id={ids.stay}
                type="checkbox"
                checked={fields.stay}
                onChange={(e) => set('stay')(e.target.checked)}
              />
              <label htmlFor={ids.stay}>{t('signInStay')}</label>
            </div>
          </>
        ) : (
          <>
            <label htmlFor={ids.key}>{t('signInApiKey')}</label>
            <input
              id={ids.key}
              type="password"
              autoComplete="off"
              value={fields.key}
              onChange={(e) => set('key')(e.target.value)}
              required
            />
            <p className="hint">{t('signInApiKeyHint')}</p>
          </>
        )}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? t('signInBusy') : mode === 'register' ? t('signInModeRegister') : t('signInModeSignIn')}
        </button>
      </form>
    </section>
  );
}
