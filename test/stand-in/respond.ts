import type { z } from 'zod';

/** What a route answers; the server adds `X-Request-ID` and serialises it. */
export interface Reply {
  status: number;
  json?: unknown;
  text?: string;
  html?: string;
  /** Raw bytes (asset content). */
  body?: Buffer;
  headers?: Record<string, string>;
}

export const json = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({
  status,
  json: body,
  headers,
});

export const noContent = (): Reply => ({ status: 204 });

/** Shape A: `{"detail": "..."}`, used for plain 401 and 404 answers. */
export const detail = (status: number, message: string): Reply => json(status, { detail: message });

export interface DomainErrorExtra {
  remediation?: string;
  retry_after_seconds?: number;
  upgrade_url?: string;
  connect_url?: string;
  errors?: Array<{ loc: Array<string | number>; msg: string; type: string }>;
}

/**
 * Shape D: the documented envelope with a stable `code`, keeping a legacy `detail` beside it for old
 * clients. `request_id` is filled in by the server.
 */
export function domainError(
  status: number,
  code: string,
  message: string,
  extra: DomainErrorExtra = {},
): Reply {
  const headers: Record<string, string> = {};
  if (extra.retry_after_seconds !== undefined) headers['Retry-After'] = String(extra.retry_after_seconds);
  return json(status, { error: { code, message, ...extra }, detail: { message, code } }, headers);
}

/** Shape B: FastAPI's request validation answer. */
export function validationFailed(
  issues: Array<{ loc: Array<string | number>; msg: string; type: string }>,
): Reply {
  return json(422, { detail: issues });
}

export function fromZod(error: z.ZodError, where: 'body' | 'query' | 'path' = 'body'): Reply {
  return validationFailed(
    error.issues.map((issue) => ({
      loc: [where, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
      msg: issue.message,
      type:
        issue.code === 'too_big'
          ? 'string_too_long'
          : issue.code === 'invalid_type'
            ? 'missing'
            : 'value_error',
    })),
  );
}

export const invalidUuid = (name: string): Reply =>
  validationFailed([
    {
      loc: ['path', name],
      msg: 'Input should be a valid UUID, invalid character: expected an optional prefix of `urn:uuid:`',
      type: 'uuid_parsing',
    },
  ]);

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
