import { useEffect, useId, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { apiBaseUrlSchema, originPattern } from '@/utils/api-base-url';
import { DEFAULT_API_BASE_URL, apiBaseUrlItem } from '@/utils/storage';

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
      setFeedback({ kind: 'error', text: parsed.error.issues[0]?.message ?? 'Invalid address.' });
      return;
    }
    if (!(await ensureOriginAccess(parsed.data))) {
      setFeedback({ kind: 'error', text: 'Access to that address was not granted, so it was not saved.' });
      return;
    }
    await apiBaseUrlItem.setValue(parsed.data);
    setValue(parsed.data);
    setFeedback({ kind: 'saved', text: 'Saved.' });
  };

  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      <label htmlFor={inputId}>API base URL</label>
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
        PinBridge production is {DEFAULT_API_BASE_URL}. A local stand-in runs at http://127.0.0.1:8787.
      </p>
      <div className="row">
        <button type="submit">Save</button>
        <button type="button" onClick={() => setValue(DEFAULT_API_BASE_URL)}>
          Use PinBridge production
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
