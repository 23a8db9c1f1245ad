import { z } from '@/utils/zod';
import { lazySchema } from '@/utils/lazy-schema';
import { t } from '@/utils/i18n';

export type PinBridgeErrorKind =
  | 'auth'
  | 'forbidden'
  | 'quota'
  | 'not_found'
  | 'conflict'
  | 'validation'
  | 'rate_limited'
  | 'server'
  | 'network'
  | 'timeout'
  | 'invalid_response';

export interface FieldError {
  /** Dotted path of the field, without FastAPI's leading `body`/`query`. */
  field: string;
  message: string;
}

export interface PinBridgeErrorInit {
  kind: PinBridgeErrorKind;
  message: string;
  endpoint: string;
  status?: number;
  code?: string;
  requestId?: string;
  retryAfterSeconds?: number;
  remediation?: string;
  upgradeUrl?: string;
  connectUrl?: string;
  fieldErrors?: FieldError[];
  cause?: unknown;
}

/** The one error every client call throws: what went wrong, in words a user can act on, and why. */
export class PinBridgeError extends Error {
  override name = 'PinBridgeError';
  readonly kind: PinBridgeErrorKind;
  readonly endpoint: string;
  readonly status?: number;
  readonly code?: string;
  readonly requestId?: string;
  readonly retryAfterSeconds?: number;
  readonly remediation?: string;
  readonly upgradeUrl?: string;
  readonly connectUrl?: string;
  readonly fieldErrors: FieldError[];

  constructor(init: PinBridgeErrorInit) {
    super(init.message, { cause: init.cause });
    this.kind = init.kind;
    this.endpoint = init.endpoint;
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.remediation = init.remediation;
    this.upgradeUrl = init.upgradeUrl;
    this.connectUrl = init.connectUrl;
    this.fieldErrors = init.fieldErrors ?? [];
  }

  /** What the user can do about it: the server's remediation when it gave one, else ours. */
  get action(): string {
    return this.remediation ?? t(DEFAULT_ACTIONS[this.kind]);
  }

  /** Plain data for storage and messages (errors do not survive structured cloning intact). */
  toJSON() {
    return {
      kind: this.kind,
      message: this.message,
      action: this.action,
      endpoint: this.endpoint,
      status: this.status,
      code: this.code,
      requestId: this.requestId,
      retryAfterSeconds: this.retryAfterSeconds,
      upgradeUrl: this.upgradeUrl,
      connectUrl: this.connectUrl,
      fieldErrors: this.fieldErrors,
    };
  }
}

const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

// `action` is written for the outbox, which retries these by itself; a request the user just made
// (boards, a dry run, a sign-in) is not retried, so its advice is to try again.
const RIGHT_NOW_ACTIONS: Partial<Record<PinBridgeErrorKind, MessageKey>> = {
  network: 'actionNowNetwork',
  timeout: 'actionNowTimeout',
  server: 'actionNowServer',
  rate_limited: 'actionNowRateLimited',
};

/**
 * The failure of a request the user is waiting for, as they read it: what happened, then what to do
 * now. Anything that is not a PinBridge error is its message.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof PinBridgeError)) return error instanceof Error ? error.message : String(error);
  const now = RIGHT_NOW_ACTIONS[error.kind];
  const action = error.remediation ?? (now ? t(now) : error.action);
  return `${sentence(error.message.trim())} ${action}`.trim();
}

const DEFAULT_ACTIONS: Record<PinBridgeErrorKind, MessageKey> = {
  auth: 'actionAuth',
  forbidden: 'actionForbidden',
  quota: 'actionQuota',
  not_found: 'actionNotFound',
  conflict: 'actionConflict',
  validation: 'actionValidation',
  rate_limited: 'actionRateLimited',
  server: 'actionServer',
  network: 'actionNetwork',
  timeout: 'actionTimeout',
  invalid_response: 'actionInvalidResponse',
};

// Without a final stop: callers add the status or detail in brackets.
const GENERIC_MESSAGES: Record<PinBridgeErrorKind, MessageKey> = {
  auth: 'errorAuth',
  forbidden: 'errorForbidden',
  quota: 'errorQuota',
  not_found: 'errorNotFound',
  conflict: 'errorConflict',
  validation: 'errorValidation',
  rate_limited: 'errorRateLimited',
  server: 'errorServer',
  network: 'errorNetwork',
  timeout: 'errorTimeout',
  invalid_response: 'errorInvalidResponse',
};

export function kindForStatus(status: number): PinBridgeErrorKind {
  if (status === 401) return 'auth';
  if (status === 402) return 'quota';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate_limited';
  if (status === 408) return 'timeout';
  if (status >= 500) return 'server';
  return 'validation';
}

const fastApiIssueSchema = lazySchema(() =>
  z.object({
    loc: z.array(z.union([z.string(), z.number()])).optional(),
    msg: z.string(),
  }),
);
const errorObjectSchema = lazySchema(() =>
  z.object({
    code: z.string().optional(),
    message: z.string().optional(),
    remediation: z.string().optional(),
    request_id: z.string().optional(),
    errors: z.array(fastApiIssueSchema).optional(),
    retry_after_seconds: z.number().optional(),
    upgrade_url: z.string().optional(),
    connect_url: z.string().optional(),
  }),
);
// Every documented body shape (A–E) fits this one liberal description; F is not JSON at all.
const errorBodySchema = lazySchema(() =>
  z.object({
    error: errorObjectSchema.optional(),
    detail: z
      .union([
        z.string(),
        z.array(fastApiIssueSchema),
        z.object({
          error: errorObjectSchema.optional(),
          message: z.string().optional(),
          code: z.string().optional(),
        }),
      ])
      .optional(),
    message: z.string().optional(),
    request_id: z.string().optional(),
  }),
);
type ErrorBody = z.infer<typeof errorBodySchema>;

function toFieldErrors(issues: z.infer<typeof fastApiIssueSchema>[] | undefined): FieldError[] {
  return (issues ?? []).map((issue) => {
    const path = (issue.loc ?? []).filter((part, i) => !(i === 0 && (part === 'body' || part === 'query')));
    return { field: path.join('.'), message: issue.msg };
  });
}

function describeIssue(issue: FieldError): string {
  return issue.field ? `${issue.field}: ${issue.message}` : issue.message;
}

/** The contract's extraction order: `error.message`, `detail` (string, list, `error`, `message`), `message`. */
function extractMessage(body: ErrorBody): string | undefined {
  const detail = body.detail;
  if (body.error?.message) return body.error.message;
  if (typeof detail === 'string') return detail;
  if (Array.isArray(detail)) {
    const [first] = toFieldErrors(detail.slice(0, 1));
    return first && describeIssue(first);
  }
  return detail?.error?.message ?? detail?.message ?? body.message;
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function parseBody(text: string): ErrorBody | undefined {
  try {
    const parsed = errorBodySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Turns a non-2xx answer, in any of the body shapes the API uses, into one `PinBridgeError`. */
export function errorFromResponse(
  endpoint: string,
  status: number,
  headers: Headers,
  text: string,
): PinBridgeError {
  const kind = kindForStatus(status);
  const body = parseBody(text);
  const detailObject =
    typeof body?.detail === 'object' && !Array.isArray(body.detail) ? body.detail : undefined;
  const envelope = body?.error ?? detailObject?.error;
  const listed = body?.error?.errors ?? (Array.isArray(body?.detail) ? body.detail : undefined);
  const fallback = `${t(GENERIC_MESSAGES[kind])} (HTTP ${status}${body || kind !== 'server' ? '' : `, ${t('errorNotPinBridge')}`}).`;
  return new PinBridgeError({
    kind,
    status,
    endpoint,
    message: (body && extractMessage(body)) || fallback,
    code: envelope?.code ?? detailObject?.code,
    requestId: envelope?.request_id ?? headers.get('x-request-id') ?? body?.request_id,
    retryAfterSeconds: envelope?.retry_after_seconds ?? parseRetryAfter(headers.get('retry-after')),
    remediation: envelope?.remediation,
    upgradeUrl: envelope?.upgrade_url,
    connectUrl: envelope?.connect_url,
    fieldErrors: toFieldErrors(listed),
  });
}

export function networkError(endpoint: string, cause: unknown): PinBridgeError {
  return new PinBridgeError({ kind: 'network', endpoint, message: `${t(GENERIC_MESSAGES.network)}.`, cause });
}

function formatSeconds(ms: number): string {
  return `${ms < 10_000 ? Number((ms / 1000).toFixed(1)) : Math.round(ms / 1000)} s`;
}

export function timeoutError(endpoint: string, timeoutMs: number): PinBridgeError {
  return new PinBridgeError({
    kind: 'timeout',
    endpoint,
    message: `${t(GENERIC_MESSAGES.timeout)} (${t('errorNoAnswerWithin', formatSeconds(timeoutMs))}).`,
  });
}

/** A 2xx answer that does not match its schema: name the endpoint and the first field that is off. */
export function invalidResponseError(endpoint: string, detail: string, requestId?: string): PinBridgeError {
  return new PinBridgeError({
    kind: 'invalid_response',
    endpoint,
    requestId,
    message: `${t(GENERIC_MESSAGES.invalid_response)} (${endpoint}: ${detail}).`,
  });
}

/** A request we refuse to send: checked against the same rules PinBridge applies. */
export function requestValidationError(endpoint: string, error: z.ZodError): PinBridgeError {
  const fieldErrors = error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
  return new PinBridgeError({
    kind: 'validation',
    endpoint,
    message: fieldErrors.map(describeIssue).join(' '),
    fieldErrors,
  });
}

export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'unexpected shape';
  return `${issue.path.length ? `"${issue.path.join('.')}"` : 'the body'}: ${issue.message}`;
}
