import { useState } from 'react';
import { sendMessage, type MessageResult } from '@/utils/messaging';

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
        steps: [{ check: 'Test', ok: false, detail: error instanceof Error ? error.message : String(error) }],
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="stack">
      <button type="button" onClick={() => void run()} disabled={busy}>
        {busy ? 'Testing…' : 'Test connection'}
      </button>
      {result && (
        <div role={result.ok ? 'status' : 'alert'} aria-label="Connection test result">
          <p className={result.ok ? 'saved' : 'error'}>
            {result.ok ? 'Connection works.' : 'Connection failed.'}
          </p>
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
