import { domainError, json, type Reply } from './respond';
import type { Fault, Store } from './state';

/** Takes the next fault that matches this request and phase, counting it down. */
export function takeFault(
  store: Store,
  method: string,
  path: string,
  phase: 'before' | 'after',
): Fault | undefined {
  const index = store.faults.findIndex(
    (f) =>
      (f.phase ?? 'before') === phase &&
      (!f.method || f.method === method) &&
      (f.path.endsWith('*') ? path.startsWith(f.path.slice(0, -1)) : f.path === path),
  );
  if (index < 0) return undefined;
  const fault = store.faults[index]!;
  fault.times -= 1;
  if (fault.times <= 0) store.faults.splice(index, 1);
  return fault;
}

/** The answer the real API (or the proxy in front of it) gives for a status, in its usual body shape. */
export function faultReply(fault: Fault & { status: number }, origin: string): Reply {
  const headers = fault.headers;
  if (fault.body !== undefined) {
    return typeof fault.body === 'string'
      ? { status: fault.status, text: fault.body, headers }
      : json(fault.status, fault.body, headers);
  }
  const reply = defaultReply(fault.status, origin);
  return { ...reply, headers: { ...reply.headers, ...headers } };
}

function defaultReply(status: number, origin: string): Reply {
  switch (status) {
    case 401:
      return json(401, { detail: 'Invalid API key' });
    case 402:
      return domainError(402, 'quota_exceeded', 'Monthly pin quota reached for your plan.', {
        remediation: 'Upgrade your plan or wait for the quota to reset.',
        upgrade_url: `${origin}/billing/upgrade`,
      });
    case 403:
      return domainError(403, 'insufficient_scope', 'This API key lacks the "write" scope.', {
        remediation: 'Create a key with the "write" scope.',
      });
    case 404:
      return json(404, { detail: 'Pinterest account not found' });
    case 409:
      return domainError(
        409,
        'pin_already_published',
        'This pin is already published and cannot be changed.',
      );
    case 422:
      return json(422, {
        detail: [
          {
            loc: ['body', 'title'],
            msg: 'String should have at most 100 characters',
            type: 'string_too_long',
          },
        ],
      });
    case 429:
      return domainError(429, 'rate_limited', 'Too many requests; slow down.', { retry_after_seconds: 1 });
    case 502:
    case 503:
    case 504:
      return { status, text: `error code: ${status}`, headers: { 'Content-Type': 'text/plain' } };
    default:
      return status >= 500
        ? json(status, { detail: 'Internal server error' })
        : json(status, { detail: `HTTP ${status}` });
  }
}
