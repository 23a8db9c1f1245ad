import { useEffect, useId, useState } from 'react';
import { NotReady } from '@/components/Feedback';
import { errorText, useBackground } from '@/components/popup/useBackground';
import { formatReport } from '@/utils/diagnostics/report';
import { consoleLoggingItem } from '@/utils/storage';
import { t } from '@/utils/i18n';

/** What a support person needs: versions, settings, the last API calls, the outbox; "Copy report". */
export function DiagnosticsPanel() {
  const loggingId = useId();
  const [diagnostics, reload] = useBackground('getDiagnostics', {});
  const [logging, setLogging] = useState<boolean>();
  const [copied, setCopied] = useState<string>();
  useEffect(() => {
    void consoleLoggingItem.getValue().then(setLogging);
  }, []);

  if (diagnostics.status !== 'ready') return <NotReady state={diagnostics} />;
  const d = diagnostics.value;
  const report = formatReport(d, navigator.userAgent);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(report);
      setCopied(t('diagCopied'));
    } catch (error) {
      setCopied(t('diagCopyFailed', errorText(error)));
    }
  };

  return (
    <div className="stack">
      <dl className="facts">
        <dt>{t('diagVersion')}</dt>
        <dd>{d.version}</dd>
        <dt>{t('apiBaseUrl')}</dt>
        <dd>{d.apiBaseUrl}</dd>
        <dt>{t('accountAuthMode')}</dt>
        <dd>{d.authMode}</dd>
      </dl>
      <table aria-label={t('diagCalls')}>
        <thead>
          <tr>
            <th scope="col">{t('diagTime')}</th>
            <th scope="col">{t('diagCall')}</th>
            <th scope="col">{t('diagStatus')}</th>
            <th scope="col">{t('diagDuration')}</th>
            <th scope="col">{t('diagRequestId')}</th>
            <th scope="col">{t('diagError')}</th>
          </tr>
        </thead>
        <tbody>
          {[...d.calls].reverse().map((c, i) => (
            <tr key={`${c.at}-${i}`}>
              <td>{new Date(c.at).toLocaleTimeString()}</td>
              <td>
                {c.method} {c.path}
              </td>
              <td>{c.status || t('diagNoAnswer')}</td>
              <td>{t('diagMs', String(c.durationMs))}</td>
              <td>{c.requestId ?? '–'}</td>
              <td>{c.errorCode ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('diagOutbox', String(d.outbox.length))}</p>
      <div className="row">
        <button type="button" onClick={() => void copy()}>
          {t('diagCopy')}
        </button>
        <button type="button" onClick={reload}>
          {t('diagRefresh')}
        </button>
      </div>
      {copied && <p role="status">{copied}</p>}
      <label>
        {t('diagReport')}
        <textarea readOnly rows={10} value={report} className="report" />
      </label>
      <div className="check">
        <input
          id={loggingId}
          type="checkbox"
          checked={logging ?? false}
          onChange={(e) => {
            setLogging(e.target.checked);
            void consoleLoggingItem.setValue(e.target.checked);
          }}
        />
        <label htmlFor={loggingId}>{t('diagLogging')}</label>
      </div>
    </div>
  );
}
