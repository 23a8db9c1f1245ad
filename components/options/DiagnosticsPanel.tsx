import { useEffect, useId, useState } from 'react';
import { errorText, useBackground } from '@/components/popup/useBackground';
import { formatReport } from '@/utils/diagnostics/report';
import { consoleLoggingItem } from '@/utils/storage';

/** What a support person needs: versions, settings, the last API calls, the outbox; "Copy report". */
export function DiagnosticsPanel() {
  const loggingId = useId();
  const [diagnostics, reload] = useBackground('getDiagnostics', {});
  const [logging, setLogging] = useState<boolean>();
  const [copied, setCopied] = useState<string>();
  useEffect(() => {
    void consoleLoggingItem.getValue().then(setLogging);
  }, []);

  if (diagnostics.status === 'loading') return <p role="status">Loading…</p>;
  if (diagnostics.status === 'error')
    return (
      <p role="alert" className="error">
        {diagnostics.message}
      </p>
    );
  const d = diagnostics.value;
  const report = formatReport(d, navigator.userAgent);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(report);
      setCopied('Report copied. Paste it into your message to support.');
    } catch (error) {
      setCopied(`Could not copy (${errorText(error)}); select the text below instead.`);
    }
  };

  return (
    <div className="stack">
      <dl className="facts">
        <dt>Extension version</dt>
        <dd>{d.version}</dd>
        <dt>API base URL</dt>
        <dd>{d.apiBaseUrl}</dd>
        <dt>Auth mode</dt>
        <dd>{d.authMode}</dd>
      </dl>
      <table aria-label="Last API calls">
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Call</th>
            <th scope="col">Status</th>
            <th scope="col">Duration</th>
            <th scope="col">Request id</th>
            <th scope="col">Error</th>
          </tr>
        </thead>
        <tbody>
          {[...d.calls].reverse().map((c, i) => (
            <tr key={`${c.at}-${i}`}>
              <td>{new Date(c.at).toLocaleTimeString()}</td>
              <td>
                {c.method} {c.path}
              </td>
              <td>{c.status || 'no answer'}</td>
              <td>{c.durationMs} ms</td>
              <td>{c.requestId ?? '–'}</td>
              <td>{c.errorCode ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>Outbox: {d.outbox.length} entries.</p>
      <div className="row">
        <button type="button" onClick={() => void copy()}>
          Copy report
        </button>
        <button type="button" onClick={reload}>
          Refresh
        </button>
      </div>
      {copied && <p role="status">{copied}</p>}
      <label>
        Report
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
        <label htmlFor={loggingId}>Log every API call to the background console (for developers)</label>
      </div>
    </div>
  );
}
