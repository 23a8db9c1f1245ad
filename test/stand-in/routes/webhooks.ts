import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { route, type Ctx, type Route } from '../context';
import { detail, fromZod, invalidUuid, json, noContent, UUID } from '../respond';
import { nowIso, type WebhookRecord } from '../state';

const createBody = z.object({
  url: z.string().regex(/^https?:\/\//i, "URL scheme should be 'http' or 'https'"),
  secret: z.string().min(16, 'String should have at least 16 characters').max(255),
  events: z.array(z.string()).optional(),
  is_enabled: z.boolean().optional(),
});
const updateBody = createBody.partial();

export function webhookJson({ secret: _secret, ...hook }: WebhookRecord) {
  return hook;
}

function findHook({ store, principal, params }: Ctx) {
  const id = params[0]!;
  if (!UUID.test(id)) return { reply: invalidUuid('webhook_id') };
  const hook = store.webhooks.find((w) => w.id === id && w.workspace_id === principal.workspace.id);
  return hook ? { hook } : { reply: detail(404, 'Webhook not found') };
}

function create({ store, principal, body }: Ctx) {
  const parsed = createBody.safeParse(body);
  if (!parsed.success) return fromZod(parsed.error);
  const now = nowIso();
  const hook: WebhookRecord = {
    id: randomUUID(),
    workspace_id: principal.workspace.id,
    url: parsed.data.url,
    secret: parsed.data.secret,
    events: parsed.data.events ?? ['pin.published', 'pin.failed'],
    is_enabled: parsed.data.is_enabled ?? true,
    created_at: now,
    updated_at: now,
  };
  store.webhooks.push(hook);
  return json(201, webhookJson(hook));
}

function update(ctx: Ctx) {
  const found = findHook(ctx);
  if (found.reply) return found.reply;
  const parsed = updateBody.safeParse(ctx.body);
  if (!parsed.success) return fromZod(parsed.error);
  if (Object.keys(parsed.data).length === 0) {
    return json(422, {
      detail: [{ loc: ['body'], msg: 'At least one field must be provided', type: 'value_error' }],
    });
  }
  Object.assign(found.hook, parsed.data, { updated_at: nowIso() });
  return json(200, webhookJson(found.hook));
}

function remove(ctx: Ctx) {
  const found = findHook(ctx);
  if (found.reply) return found.reply;
  ctx.store.webhooks = ctx.store.webhooks.filter((w) => w !== found.hook);
  return noContent();
}

export const webhookRoutes: Route[] = [
  route('GET', '/v1/webhooks', 'read', ({ store, principal }) =>
    json(200, store.webhooks.filter((w) => w.workspace_id === principal.workspace.id).map(webhookJson)),
  ),
  route('POST', '/v1/webhooks', 'write', create),
  route('GET', '/v1/webhooks/{webhook_id}', 'read', (ctx) => {
    const found = findHook(ctx);
    return found.reply ?? json(200, webhookJson(found.hook));
  }),
  route('PATCH', '/v1/webhooks/{webhook_id}', 'write', update),
  route('DELETE', '/v1/webhooks/{webhook_id}', 'write', remove),
];
