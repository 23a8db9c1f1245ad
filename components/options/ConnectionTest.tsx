import { useState } from 'react';
import { sendMessage, type MessageResult } from '@/utils/messaging';
import { t } from '@/utils/i18n';

/** "Test connection": `/healthz`, then an authenticated call, each with what exactly failed. */
export function ConnectionTest() {
  const [result, setResult] = useState<MessageResult<'testConnection'>>();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      setResult(await sendMessage('testConnection', {}));
    } catch (error) {
      setResult({
        ok: false,
        steps: [
          {
            check: t('connStepTest'),
            ok: false,
            detail: error instanceof Error ? error.message : String(error),
          },
        ],
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="stack">
      <button type="button" onClick={() => void run()} disabled={busy}>
        {busy ? t('connTesting') : t('connTest')}
      </button>
      {result && (
        <div role={result.ok ? 'status' : 'alert'} aria-label={t('connResult')}>
          <p className={result.ok ? 'saved' : 'error'}>{result.ok ? t('connWorks') : t('connFailed')}</p>
          <ul>
            {result.steps.map((step) => (
              <li key={step.check}>
                {step.ok ? '✓' : '✗'} {step.check}: {step.detail}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
