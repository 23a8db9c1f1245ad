import { useEffect, useId, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { apiBaseUrlSchema, originPattern } from '@/utils/api-base-url';
import { DEFAULT_API_BASE_URL, apiBaseUrlItem } from '@/utils/storage';
import { t } from '@/utils/i18n';

type Feedback = { kind: 'error' | 'saved'; text: string } | undefined;

/** Asks for access to a custom API origin at the moment the user chooses it (a user gesture). */
async function ensureOriginAccess(baseUrl: string): Promise<boolean> {
  const origins = [originPattern(baseUrl)];
  if (await browser.permissions.contains({ origins })) return true;
  return browser.permissions.request({ origins });
}

export function ApiBaseUrlForm() {
  const inputId = useId();
  const hintId = useId();
  const [value, setValue] = useState('');
  const [feedback, setFeedback] = useState<Feedback>();

  useEffect(() => {
    void apiBaseUrlItem.getValue().then(setValue);
  }, []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = apiBaseUrlSchema.safeParse(value);
    if (!parsed.success) {
      setFeedback({ kind: 'error', text: parsed.error.issues[0]?.message ?? t('apiInvalid') });
      return;
    }
    if (!(await ensureOriginAccess(parsed.data))) {
      setFeedback({ kind: 'error', text: t('apiNotGranted') });
      return;
    }
    await apiBaseUrlItem.setValue(parsed.data);
    setValue(parsed.data);
    setFeedback({ kind: 'saved', text: t('saved') });
  };

  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      <label htmlFor={inputId}>{t('apiBaseUrl')}</label>
      <input
        id={inputId}
        type="url"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        aria-describedby={hintId}
        aria-invalid={feedback?.kind === 'error'}
        spellCheck={false}
      />
      <p id={hintId} className="hint">
        {t('apiHint', DEFAULT_API_BASE_URL)}
      </p>
      <div className="row">
        <button type="submit">{t('save')}</button>
        <button type="button" onClick={() => setValue(DEFAULT_API_BASE_URL)}>
          {t('apiUseProduction')}
        </button>
      </div>
      {feedback && (
        <p role={feedback.kind === 'error' ? 'alert' : 'status'} className={feedback.kind}>
          {feedback.text}
        </p>
      )}
    </form>
  );
}
