import { z } from '@/utils/zod';
import { idSchema } from './schemas/common';
import { assetSchema, type Asset } from './schemas/assets';
import {
  apiKeyCreateRequestSchema,
  apiKeyCreatedSchema,
  apiKeySchema,
  authResponseSchema,
  loginRequestSchema,
  meSchema,
  registerRequestSchema,
  type ApiKeyCreateRequest,
  type LoginRequest,
  type RegisterRequest,
} from './schemas/auth';
import {
  boardCreateRequestSchema,
  boardSchema,
  oauthStartSchema,
  pinterestAccountSchema,
  relatedTermsSchema,
  type BoardCreateRequest,
} from './schemas/pinterest';
import {
  jobStatusSchema,
  pinCreateSchema,
  pinDeleteResultSchema,
  pinListQuerySchema,
  pinRetryRequestSchema,
  pinSchema,
  pinValidationSchema,
  type PinCreate,
  type PinListQuery,
} from './schemas/pins';
import {
  scheduleCreateSchema,
  scheduleListQuerySchema,
  scheduleSchema,
  type ScheduleCreate,
  type ScheduleListQuery,
} from './schemas/schedules';
import { billingStatusSchema, healthSchema, rateMeterSchema } from './schemas/system';
import {
  webhookCreateSchema,
  webhookSchema,
  webhookUpdateSchema,
  type WebhookCreate,
  type WebhookUpdate,
} from './schemas/webhooks';
import { checkRequest, createHttp, type ApiCall, type PinBridgeAuth, type QueryValue } from './http';
import { toPage } from './pages';

export interface PinBridgeClientOptions {
  baseUrl: string;
  auth?: PinBridgeAuth;
  fetch?: typeof fetch;
  /** Per-request time limit; uploads get four times as long. Default 20 s. */
  timeoutMs?: number;
  /** Told about every finished call (the diagnostics log). */
  onCall?: (call: ApiCall) => void;
}

const DEFAULT_TIMEOUT_MS = 20_000;
const DEFAULT_PAGE = 50;

/** Ids in paths are checked first: a malformed one would only earn a 422 from the server. */
function pathId(endpoint: string, value: string): string {
  return encodeURIComponent(checkRequest(endpoint, idSchema, value));
}

function pathSegment(endpoint: string, value: string): string {
  return encodeURIComponent(checkRequest(endpoint, z.string().min(1), value));
}

/**
 * The PinBridge API client: one method per endpoint the extension uses, every request checked before it
 * is sent, every answer parsed, every failure a `PinBridgeError`.
 */
export function createPinBridgeClient(options: PinBridgeClientOptions) {
  let auth: PinBridgeAuth = options.auth ?? { kind: 'none' };
  const http = createHttp({
    baseUrl: options.baseUrl,
    getAuth: () => auth,
    // Unbound `fetch` throws "Illegal invocation" in service workers.
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    onCall: options.onCall,
  });
  const uploadTimeoutMs = (options.timeoutMs ?? DEFAULT_TIMEOUT_MS) * 4;

  const get = async <T>(path: string, schema: z.ZodType<T>, query?: Record<string, QueryValue>) =>
    (await http.request({ method: 'GET', path, schema, query })).data;
  const post = async <T>(path: string, schema: z.ZodType<T>, json?: unknown) =>
    (await http.request({ method: 'POST', path, schema, json })).data;

  async function list<T>(path: string, schema: z.ZodType<T>, query: Record<string, QueryValue>) {
    const limit = Number(query.limit ?? DEFAULT_PAGE);
    const offset = Number(query.offset ?? 0);
    const response = await http.request({
      method: 'GET',
      path,
      query: { ...query, limit, offset },
      schema: z.array(schema),
    });
    return toPage(response.data, response.headers, offset, limit);
  }

  async function upload(path: string, file: Blob, filename: string) {
    const form = new FormData();
    form.append('file', file, filename);
    return (
      await http.request({ method: 'POST', path, form, schema: assetSchema, timeoutMs: uploadTimeoutMs })
    ).data;
  }

  return {
    baseUrl: http.baseUrl,
    /** Which credential is in use: shown in the UI and diagnostics, never the secret itself. */
    get authMode(): PinBridgeAuth['kind'] {
      return auth.kind;
    },
    setAuth(next: PinBridgeAuth) {
      auth = next;
    },

    system: {
      health: async () => get('/healthz', healthSchema),
    },

    auth: {
      login: async (body: LoginRequest) =>
        post(
          '/v1/auth/login',
          authResponseSchema,
          checkRequest('POST /v1/auth/login', loginRequestSchema, body),
        ),
      register: async (body: RegisterRequest) =>
        post(
          '/v1/auth/register',
          authResponseSchema,
          checkRequest('POST /v1/auth/register', registerRequestSchema, body),
        ),
      me: async () => get('/v1/auth/me', meSchema),
    },

    apiKeys: {
      create: async (body: ApiKeyCreateRequest) =>
        post(
          '/v1/api-keys',
          apiKeyCreatedSchema,
          checkRequest('POST /v1/api-keys', apiKeyCreateRequestSchema, body),
        ),
      list: async () => get('/v1/api-keys', z.array(apiKeySchema)),
      delete: async (keyId: string) => {
        await http.request({
          method: 'DELETE',
          path: `/v1/api-keys/${pathId('DELETE /v1/api-keys/{id}', keyId)}`,
        });
      },
    },

    pinterest: {
      /** Disconnects the account from the workspace (204). */
      deleteAccount: async (accountId: string) => {
        await http.request({
          method: 'DELETE',
          path: `/v1/pinterest/accounts/${pathId('DELETE /v1/pinterest/accounts/{id}', accountId)}`,
        });
      },
      startOAuth: async () => get('/v1/pinterest/oauth/start', oauthStartSchema),
      listAccounts: async () => get('/v1/pinterest/accounts', z.array(pinterestAccountSchema)),
      listBoards: async (accountId: string) =>
        get('/v1/pinterest/boards', z.array(boardSchema), {
          account_id: checkRequest('GET /v1/pinterest/boards', idSchema, accountId),
        }),
      createBoard: async (body: BoardCreateRequest) =>
        post(
          '/v1/pinterest/boards',
          boardSchema,
          checkRequest('POST /v1/pinterest/boards', boardCreateRequestSchema, body),
        ),
      relatedTerms: async (accountId: string, terms: readonly string[], exactMatch = false) =>
        get('/v1/pinterest/terms/related', relatedTermsSchema, {
          account_id: checkRequest('GET /v1/pinterest/terms/related', idSchema, accountId),
          terms: terms.map((t) => t.trim()).filter(Boolean),
          exact_match: exactMatch,
        }),
    },

    pins: {
      create: async (body: PinCreate) =>
        post('/v1/pins', pinSchema, checkRequest('POST /v1/pins', pinCreateSchema, body)),
      validate: async (body: PinCreate) =>
        post(
          '/v1/pins/validate',
          pinValidationSchema,
          checkRequest('POST /v1/pins/validate', pinCreateSchema, body),
        ),
      get: async (pinId: string) => get(`/v1/pins/${pathId('GET /v1/pins/{id}', pinId)}`, pinSchema),
      list: async (query: PinListQuery = {}) =>
        list('/v1/pins', pinSchema, checkRequest('GET /v1/pins', pinListQuerySchema, query)),
      retry: async (pinId: string, body?: { board_id?: string; account_id?: string }) =>
        post(
          `/v1/pins/${pathId('POST /v1/pins/{id}/retry', pinId)}/retry`,
          pinSchema,
          body && checkRequest('POST /v1/pins/{id}/retry', pinRetryRequestSchema, body),
        ),
      /** Deletes the PinBridge record; with `deleteFromPinterest` also the pin on Pinterest. */
      delete: async (pinId: string, deleteFromPinterest = false) => {
        const response = await http.request({
          method: 'DELETE',
          path: `/v1/pins/${pathId('DELETE /v1/pins/{id}', pinId)}`,
          query: { delete_from_pinterest: deleteFromPinterest || undefined },
          schema: deleteFromPinterest ? pinDeleteResultSchema : undefined,
        });
        return response.data;
      },
    },

    jobs: {
      get: async (jobId: string) => get(`/v1/jobs/${pathId('GET /v1/jobs/{id}', jobId)}`, jobStatusSchema),
    },

    assets: {
      uploadImage: async (file: Blob, filename = 'image') => upload('/v1/assets/images', file, filename),
      uploadVideo: async (file: Blob, filename = 'video') => upload('/v1/assets/videos', file, filename),
    },

    schedules: {
      create: async (body: ScheduleCreate) =>
        post('/v1/schedules', scheduleSchema, checkRequest('POST /v1/schedules', scheduleCreateSchema, body)),
      list: async (query: ScheduleListQuery = {}) =>
        list(
          '/v1/schedules',
          scheduleSchema,
          checkRequest('GET /v1/schedules', scheduleListQuerySchema, query),
        ),
      get: async (scheduleId: string) =>
        get(`/v1/schedules/${pathId('GET /v1/schedules/{id}', scheduleId)}`, scheduleSchema),
      cancel: async (scheduleId: string) =>
        post(`/v1/schedules/${pathId('POST /v1/schedules/{id}/cancel', scheduleId)}/cancel`, scheduleSchema),
    },

    webhooks: {
      list: async () => get('/v1/webhooks', z.array(webhookSchema)),
      create: async (body: WebhookCreate) =>
        post('/v1/webhooks', webhookSchema, checkRequest('POST /v1/webhooks', webhookCreateSchema, body)),
      update: async (webhookId: string, body: WebhookUpdate) =>
        (
          await http.request({
            method: 'PATCH',
            path: `/v1/webhooks/${pathId('PATCH /v1/webhooks/{id}', webhookId)}`,
            json: checkRequest('PATCH /v1/webhooks/{id}', webhookUpdateSchema, body),
            schema: webhookSchema,
          })
        ).data,
      delete: async (webhookId: string) => {
        await http.request({
          method: 'DELETE',
          path: `/v1/webhooks/${pathId('DELETE /v1/webhooks/{id}', webhookId)}`,
        });
      },
    },

    billing: {
      status: async () => get('/v1/billing/status', billingStatusSchema),
    },

    rateMeter: {
      get: async (accountId: string) =>
        get('/v1/rate-meter', rateMeterSchema, {
          account_id: pathSegment('GET /v1/rate-meter', accountId),
        }),
    },
  };
}

export type PinBridgeClient = ReturnType<typeof createPinBridgeClient>;
export type { Asset };
