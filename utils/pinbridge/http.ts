import type { z } from 'zod';
import {
  errorFromResponse,
  firstIssue,
  invalidResponseError,
  networkError,
  requestValidationError,
  timeoutError,
} from './errors';

/** How the client proves who it is. API keys go in `X-API-Key`; sign-in tokens as a bearer. */
export type PinBridgeAuth =
  { kind: 'none' } | { kind: 'bearer'; token: string } | { kind: 'apiKey'; key: string };

export type QueryValue = string | number | boolean | readonly string[] | undefined | null;

/** One finished call, for the diagnostics log: never a token, never a body. */
export interface ApiCall {
  at: number;
  method: string;
  /** The endpoint template (`/v1/pins/{id}`), not the full URL. */
  path: string;
  /** 0 when no answer came (network failure, timeout). */
  status: number;
  durationMs: number;
  requestId: string | null;
  errorCode: string | null;
  auth: PinBridgeAuth['kind'];
}

export interface HttpOptions {
  baseUrl: string;
  getAuth: () => PinBridgeAuth;
  fetch: typeof fetch;
  timeoutMs: number;
  onCall?: (call: ApiCall) => void;
}

export interface RequestSpec<T> {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  query?: Record<string, QueryValue>;
  json?: unknown;
  form?: FormData;
  /** The answer's schema; omit for answers without a body (204). */
  schema?: z.ZodType<T>;
  /** Per-call override, e.g. longer for uploads. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface HttpResponse<T> {
  data: T;
  headers: Headers;
  status: number;
}

export function normaliseBaseUrl(baseUrl: string): string {
  return baseUrl.trim().replace(/\/+$/, '');
}

/** Query strings as the API reads them: booleans lowercase, arrays repeated, empty values dropped. */
export function buildQuery(query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, item);
    else params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** `/v1/pins/9f…/retry` → `/v1/pins/{id}/retry`: errors name the endpoint, not the record. */
export function endpointTemplate(path: string): string {
  return path.replace(/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?=\/|$)/gi, '/{id}');
}

function authHeaders(auth: PinBridgeAuth): Record<string, string> {
  if (auth.kind === 'bearer') return { Authorization: `Bearer ${auth.token}` };
  if (auth.kind === 'apiKey') return { 'X-API-Key': auth.key };
  return {};
}

/** Parses what we are about to send; a request PinBridge would refuse is never sent. */
export function checkRequest<S extends z.ZodType>(endpoint: string, schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw requestValidationError(endpoint, parsed.error);
  return parsed.data;
}

export function createHttp(options: HttpOptions) {
  const baseUrl = normaliseBaseUrl(options.baseUrl);

  async function send(spec: RequestSpec<unknown>, endpoint: string): Promise<Response> {
    const timeoutMs = spec.timeoutMs ?? options.timeoutMs;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const onAbort = () => controller.abort();
    spec.signal?.addEventListener('abort', onAbort, { once: true });
    const headers: Record<string, string> = { Accept: 'application/json', ...authHeaders(options.getAuth()) };
    if (spec.json !== undefined) headers['Content-Type'] = 'application/json';
    try {
      return await options.fetch(`${baseUrl}${spec.path}${buildQuery(spec.query)}`, {
        method: spec.method,
        headers,
        body: spec.form ?? (spec.json === undefined ? undefined : JSON.stringify(spec.json)),
        signal: controller.signal,
      });
    } catch (error) {
      if (controller.signal.aborted && !spec.signal?.aborted) throw timeoutError(endpoint, timeoutMs);
      throw networkError(endpoint, error);
    } finally {
      clearTimeout(timer);
      spec.signal?.removeEventListener('abort', onAbort);
    }
  }

  async function request<T>(spec: RequestSpec<T>): Promise<HttpResponse<T>> {
    if (!options.onCall) return attempt(spec);
    const started = Date.now();
    const report = (status: number, requestId: string | null, errorCode: string | null) =>
      options.onCall?.({
        at: started,
        method: spec.method,
        path: endpointTemplate(spec.path),
        status,
        durationMs: Date.now() - started,
        requestId,
        errorCode,
        auth: options.getAuth().kind,
      });
    try {
      const response = await attempt(spec);
      report(response.status, response.headers.get('x-request-id'), null);
      return response;
    } catch (error) {
      const e = error as { status?: number; requestId?: string; code?: string; kind?: string };
      report(e.status ?? 0, e.requestId ?? null, e.code ?? e.kind ?? 'error');
      throw error;
    }
  }

  async function attempt<T>(spec: RequestSpec<T>): Promise<HttpResponse<T>> {
    const endpoint = `${spec.method} ${endpointTemplate(spec.path)}`;
    const response = await send(spec as RequestSpec<unknown>, endpoint);
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw networkError(endpoint, error);
    }
    if (!response.ok) throw errorFromResponse(endpoint, response.status, response.headers, text);
    const requestId = response.headers.get('x-request-id') ?? undefined;
    if (!spec.schema) return { data: undefined as T, headers: response.headers, status: response.status };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw invalidResponseError(endpoint, response.status === 204 ? 'no body' : 'not JSON', requestId);
    }
    const parsed = spec.schema.safeParse(json);
    if (!parsed.success) throw invalidResponseError(endpoint, firstIssue(parsed.error), requestId);
    return { data: parsed.data, headers: response.headers, status: response.status };
  }

  return { baseUrl, request };
}

export type Http = ReturnType<typeof createHttp>;
