import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { authenticate, requireScope } from './auth';
import type { Ctx, Route } from './context';
import { faultReply, takeFault } from './faults';
import { startLifecycle } from './lifecycle';
import { detail, validationFailed, type Reply } from './respond';
import { adminRoutes } from './routes/admin';
import { assetRoutes } from './routes/assets';
import { authRoutes } from './routes/auth';
import { pinRoutes } from './routes/pins';
import { pinterestRoutes } from './routes/pinterest';
import { scheduleRoutes } from './routes/schedules';
import { systemRoutes } from './routes/system';
import { webhookRoutes } from './routes/webhooks';
import { DEMO_API_KEY, Store, nowIso, type LogEntry } from './state';

export const ROUTES: Route[] = [
  ...systemRoutes,
  ...authRoutes,
  ...pinterestRoutes,
  ...pinRoutes,
  ...scheduleRoutes,
  ...assetRoutes,
  ...webhookRoutes,
  ...adminRoutes,
];

export interface StandInOptions {
  port?: number;
  host?: string;
  apiKey?: string;
  /** Print one line per request. */
  log?: boolean;
}

export interface StandIn {
  origin: string;
  store: Store;
  close(): Promise<void>;
}

const MAX_BODY = 64 * 1024 * 1024;

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function parseJson(req: IncomingMessage, raw: Buffer): { body: unknown } | Reply {
  if (raw.length === 0 || !String(req.headers['content-type'] ?? '').includes('application/json'))
    return { body: undefined };
  try {
    return { body: JSON.parse(raw.toString('utf8')) };
  } catch (error) {
    return validationFailed([
      { loc: ['body', 0], msg: `JSON decode error: ${(error as Error).message}`, type: 'json_invalid' },
    ]);
  }
}

function isReply(value: unknown): value is Reply {
  return (
    typeof value === 'object' &&
    value !== null &&
    'status' in value &&
    typeof (value as Reply).status === 'number'
  );
}

async function dispatch(
  store: Store,
  origin: string,
  req: IncomingMessage,
  url: URL,
  raw: Buffer,
): Promise<Reply> {
  const method = req.method ?? 'GET';
  const matches = ROUTES.map((r) => ({ r, m: r.pattern.exec(url.pathname) })).filter((x) => x.m);
  const hit = matches.find((x) => x.r.method === method);
  if (!hit) return matches.length ? detail(405, 'Method Not Allowed') : detail(404, 'Not Found');
  const parsed = parseJson(req, raw);
  if (isReply(parsed)) return parsed;
  const ctx = {
    store,
    origin,
    method,
    url,
    params: hit.m!.slice(1),
    headers: req.headers,
    raw,
    body: parsed.body,
  } as Ctx;
  if (hit.r.scope !== 'none') {
    const principal = authenticate(store, req.headers);
    if (isReply(principal)) return principal;
    const denied = requireScope(principal, hit.r.scope);
    if (denied) return denied;
    ctx.principal = principal;
  }
  return hit.r.handler(ctx);
}

/** Adds the request id where the contract puts it: the header, the error envelope, 500 bodies. */
function send(res: ServerResponse, reply: Reply, requestId: string): void {
  const headers: Record<string, string> = { 'X-Request-ID': requestId, ...reply.headers };
  let body: string | Buffer | undefined;
  if (reply.json !== undefined) {
    const value = reply.json as { error?: Record<string, unknown>; detail?: unknown };
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (value.error) value.error = { ...value.error, request_id: requestId };
      if (reply.status >= 500 && value.detail === 'Internal server error')
        Object.assign(value, { request_id: requestId });
    }
    body = JSON.stringify(value);
    headers['Content-Type'] ??= 'application/json';
  } else if (reply.html !== undefined) {
    body = reply.html;
    headers['Content-Type'] = 'text/html; charset=utf-8';
  } else if (reply.text !== undefined) {
    body = reply.text;
    headers['Content-Type'] ??= 'text/plain; charset=utf-8';
  } else if (reply.body) {
    body = reply.body;
  }
  res.writeHead(reply.status, headers);
  res.end(reply.status === 204 ? undefined : body);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startStandIn(options: StandInOptions = {}): Promise<StandIn> {
  const store = new Store(options.apiKey ?? DEMO_API_KEY);
  let origin = '';

  const server = createServer((req, res) => {
    const started = performance.now();
    const requestId = randomUUID();
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const method = req.method ?? 'GET';
    const record = (status: number) => {
      const auth = req.headers['x-api-key'] ? 'api-key' : req.headers.authorization ? 'bearer' : 'none';
      const entry: LogEntry = {
        at: nowIso(),
        method,
        path: url.pathname,
        status,
        ms: Math.round(performance.now() - started),
        requestId,
        auth,
      };
      if (!url.pathname.startsWith('/__admin')) store.log.push(entry);
      if (store.log.length > 2000) store.log.splice(0, store.log.length - 2000);
      if (options.log)
        console.log(`${entry.method} ${entry.path} ${status || 'dropped'} ${entry.ms}ms ${requestId}`);
    };
    const handle = async () => {
      const raw = await readBody(req);
      if (!raw) return (send(res, detail(413, 'Request body too large'), requestId), record(413));
      const before = takeFault(store, method, url.pathname, 'before');
      if (before?.delayMs) await sleep(before.delayMs);
      if (before?.dropConnection) return (req.socket.destroy(), record(0));
      if (before?.status)
        return (
          send(res, faultReply({ ...before, status: before.status }, origin), requestId),
          record(before.status)
        );
      const reply = await dispatch(store, origin, req, url, raw);
      const after = takeFault(store, method, url.pathname, 'after');
      if (after?.delayMs) await sleep(after.delayMs);
      if (after?.dropConnection) return (req.socket.destroy(), record(0));
      const final = after?.status ? faultReply({ ...after, status: after.status }, origin) : reply;
      send(res, final, requestId);
      record(final.status);
    };
    handle().catch((error: unknown) => {
      console.error('stand-in: unhandled error', error);
      if (!res.headersSent) send(res, { status: 500, json: { detail: 'Internal server error' } }, requestId);
      record(500);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  origin = `http://${options.host ?? '127.0.0.1'}:${address.port}`;
  const stopLifecycle = startLifecycle(store);

  return {
    origin,
    store,
    close: () =>
      new Promise((resolve) => {
        stopLifecycle();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
