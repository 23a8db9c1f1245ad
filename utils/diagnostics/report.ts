import type { MessageResult } from '../messaging';

export type Diagnostics = MessageResult<'getDiagnostics'>;

const time = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z');

/**
 * A plain-text report a support person can read: versions, settings, the last API calls with their
 * request ids, the outbox. Built only from what diagnostics hold, which never includes a token or a body.
 */
export function formatReport(d: Diagnostics, userAgent: string, now = Date.now()): string {
  const lines = [
    'PinBridge extension diagnostics',
    `Created:       ${time(now)}`,
    `Version:       ${d.version}`,
    `Browser:       ${userAgent}`,
    `API base URL:  ${d.apiBaseUrl}`,
    `Auth mode:     ${d.authMode}`,
    '',
    `Last ${d.calls.length} API calls (newest last):`,
    ...d.calls.map(
      (c) =>
        `  ${time(c.at)}  ${c.method.padEnd(6)} ${c.path.padEnd(34)} ${String(c.status || 'no answer').padEnd(9)} ${String(c.durationMs).padStart(5)} ms  ${c.auth.padEnd(6)}  request ${c.requestId ?? '-'}${c.errorCode ? `  error ${c.errorCode}` : ''}`,
    ),
    '',
    `Outbox (${d.outbox.length} entries, newest first):`,
    ...[...d.outbox]
      .sort((a, b) => b.createdAt - a.createdAt)
      .map(
        (e) =>
          `  ${time(e.createdAt)}  ${e.kind.padEnd(8)} ${e.state.padEnd(11)} attempts ${e.attempts}  board ${e.target.boardName}  pin ${e.pinId ?? '-'}${e.lastError ? `  error ${e.lastError.code ?? e.lastError.kind}: ${e.lastError.message} (request ${e.lastError.requestId ?? '-'})` : ''}`,
      ),
  ];
  return `${lines.join('\n')}\n`;
}
