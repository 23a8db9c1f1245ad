import { z } from '@/utils/zod';
import { lazySchema } from '@/utils/lazy-schema';
import { browser, type Browser } from 'wxt/browser';
import { authInfoSchema } from './auth/schema';
import { CHANNEL, requestUnchecked } from './messaging-envelope';
import { publishRequestSchema } from './outbox/new-entry';
import { outboxEntrySchema } from './outbox/schema';
import { boardSchema } from './pinbridge/schemas/pinterest';
import { pinValidationSchema } from './pinbridge/schemas/pins';
import { billingStatusSchema } from './pinbridge/schemas/system';
import { webhookSchema } from './pinbridge/schemas/webhooks';
import { apiCallSchema } from './diagnostics/api-call-schema';
import { describeError } from './pinbridge/errors';
import { t } from '@/utils/i18n';

/*
 * One typed protocol for every runtime message. We do not use @webext-core/messaging here: its v4
 * talks to the callback-style `chrome.*` API, which the fake browser of our unit tests does not honour,
 * and we want each message's data and answer checked by zod on arrival anyway.
 */

/** Who may send a message: an extension page (popup, options, compose window) or a content script. */
type Origin = 'extension-page' | 'content-script';

interface MessageSpec {
  from: Origin;
  data: z.ZodType;
  result: z.ZodType;
}

/** A Pinterest account as the UI shows it. */
export const accountViewSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    username: z.string().nullable(),
    needsReconnect: z.boolean(),
    healthMessage: z.string().nullable(),
  }),
);
export type AccountView = z.infer<typeof accountViewSchema>;

const empty = lazySchema(() => z.object({}));

/** What a right-click or hover-button pin led to. */
export const pinOutcomeSchema = lazySchema(() =>
  z.discriminatedUnion('outcome', [
    z.object({ outcome: z.literal('compose'), composeId: z.string() }),
    z.object({ outcome: z.literal('published'), entryIds: z.array(z.string()) }),
    z.object({ outcome: z.literal('refused'), message: z.string() }),
  ]),
);
const credentials = () => ({
  email: z.string().max(320),
  password: z.string().max(255),
  staySignedIn: z.boolean(),
});

export const protocol = {
  // extension page → background: the extension
  getStatus: {
    from: 'extension-page',
    data: empty,
    result: lazySchema(() => z.object({ version: z.string(), apiBaseUrl: z.string() })),
  },
  // extension page → background: the session
  getSession: { from: 'extension-page', data: empty, result: authInfoSchema },
  signIn: { from: 'extension-page', data: lazySchema(() => z.object(credentials())), result: authInfoSchema },
  register: {
    from: 'extension-page',
    data: lazySchema(() => z.object({ ...credentials(), fullName: z.string().max(255) })),
    result: authInfoSchema,
  },
  useApiKey: {
    from: 'extension-page',
    data: lazySchema(() => z.object({ key: z.string().min(1).max(500) })),
    result: authInfoSchema,
  },
  signOut: { from: 'extension-page', data: empty, result: authInfoSchema },
  // extension page → background: where to pin
  getAccounts: {
    from: 'extension-page',
    data: lazySchema(() => z.object({ refresh: z.boolean().optional() })),
    result: lazySchema(() => z.array(accountViewSchema)),
  },
  getBoards: {
    from: 'extension-page',
    data: lazySchema(() => z.object({ accountId: z.string(), refresh: z.boolean().optional() })),
    result: lazySchema(() => z.array(boardSchema)),
  },
  connectAccount: {
    from: 'extension-page',
    data: empty,
    result: lazySchema(() => z.object({ authorizationUrl: z.string() })),
  },
  // extension page → background: publishing
  publish: {
    from: 'extension-page',
    data: lazySchema(() => z.object({ pins: z.array(publishRequestSchema).min(1).max(100) })),
    result: lazySchema(() => z.object({ entryIds: z.array(z.string()) })),
  },
  /** Reads a file PinBridge cannot fetch (data:, blob:, private host, behind cookies) and uploads it. */
  uploadMedia: {
    from: 'extension-page',
    data: lazySchema(() =>
      z.object({
        url: z.string().max(2_100_000),
        tabId: z.number().int().nonnegative(),
        frameId: z.number().int().nonnegative().optional(),
        kind: z.enum(['image', 'video']),
      }),
    ),
    result: lazySchema(() => z.object({ assetId: z.string(), bytes: z.number() })),
  },
  createBoard: {
    from: 'extension-page',
    data: lazySchema(() =>
      z.object({
        accountId: z.string(),
        name: z.string(),
        description: z.string().optional(),
        secret: z.boolean(),
      }),
    ),
    result: boardSchema,
  },
  /** Dry run of each pin (`/v1/pins/validate`): failed checks and warnings, nothing published. */
  validatePins: {
    from: 'extension-page',
    data: lazySchema(() => z.object({ pins: z.array(publishRequestSchema).min(1).max(100) })),
    result: lazySchema(() => z.array(pinValidationSchema)),
  },
  getBilling: { from: 'extension-page', data: empty, result: billingStatusSchema },
  /** Pinterest keyword suggestions for words of a title. */
  relatedTerms: {
    from: 'extension-page',
    data: lazySchema(() =>
      z.object({ accountId: z.string(), terms: z.array(z.string().max(100)).min(1).max(10) }),
    ),
    result: lazySchema(() => z.array(z.string())),
  },
  getOutbox: { from: 'extension-page', data: empty, result: lazySchema(() => z.array(outboxEntrySchema)) },
  retryEntry: {
    from: 'extension-page',
    data: lazySchema(() => z.object({ id: z.string() })),
    result: lazySchema(() => z.object({ ok: z.literal(true) })),
  },
  /**
   * Test entry point for the context menu: does exactly what a click on item `menuItemId` in `tabId`
   * does (Chrome offers no way to click its menus from a test). Extension pages only.
   */
  contextMenuClick: {
    from: 'extension-page',
    data: lazySchema(() =>
      z.object({
        menuItemId: z.string(),
        tabId: z.number().int().nonnegative(),
        frameId: z.number().int().nonnegative().optional(),
        srcUrl: z.string().max(2_100_000).optional(),
        linkUrl: z.string().max(8192).optional(),
      }),
    ),
    result: pinOutcomeSchema,
  },
  // extension page (options) → background: connection, account, webhooks, diagnostics
  testConnection: {
    from: 'extension-page',
    data: empty,
    result: lazySchema(() =>
      z.object({
        ok: z.boolean(),
        steps: z.array(z.object({ check: z.string(), ok: z.boolean(), detail: z.string() })),
      }),
    ),
  },
  disconnectAccount: {
    from: 'extension-page',
    data: lazySchema(() => z.object({ accountId: z.string() })),
    result: lazySchema(() => z.object({ ok: z.literal(true) })),
  },
  listWebhooks: { from: 'extension-page', data: empty, result: lazySchema(() => z.array(webhookSchema)) },
  createWebhook: {
    from: 'extension-page',
    data: lazySchema(() =>
      z.object({
        url: z.string().max(2048),
        secret: z.string().max(255),
        events: z.array(z.string()).min(1),
      }),
    ),
    result: webhookSchema,
  },
  setWebhookEnabled: {
    from: 'extension-page',
    data: lazySchema(() => z.object({ id: z.string(), enabled: z.boolean() })),
    result: webhookSchema,
  },
  deleteWebhook: {
    from: 'extension-page',
    data: lazySchema(() => z.object({ id: z.string() })),
    result: lazySchema(() => z.object({ ok: z.literal(true) })),
  },
  getDiagnostics: {
    from: 'extension-page',
    data: empty,
    result: lazySchema(() =>
      z.object({
        version: z.string(),
        apiBaseUrl: z.string(),
        authMode: z.enum(['bearer', 'apiKey', 'signed-out']),
        calls: z.array(apiCallSchema),
        outbox: z.array(outboxEntrySchema),
      }),
    ),
  },
  // content script (hover button) → background
  hoverPin: {
    from: 'content-script',
    data: lazySchema(() => z.object({ srcUrl: z.string().max(2_100_000) })),
    result: pinOutcomeSchema,
  },
} as const satisfies Record<string, MessageSpec>;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type MessageData<T extends MessageType> = z.input<Protocol[T]['data']>;
export type MessageResult<T extends MessageType> = z.output<Protocol[T]['result']>;
export type MessageHandlers = {
  [T in MessageType]: (
    data: z.output<Protocol[T]['data']>,
    sender: Browser.runtime.MessageSender,
  ) => Promise<MessageResult<T>>;
};

const envelopeSchema = lazySchema(() =>
  z.object({ channel: z.literal(CHANNEL), type: z.string(), data: z.unknown() }),
);
const replySchema = lazySchema(() =>
  z.union([
    z.object({ ok: z.literal(true), result: z.unknown() }),
    z.object({ ok: z.literal(false), error: z.string() }),
  ]),
);

export class MessageError extends Error {
  override name = 'MessageError';
}

function isMessageType(type: string): type is MessageType {
  return Object.hasOwn(protocol, type);
}

/** Sends a message to the background and checks its answer against the protocol. */
export async function sendMessage<T extends MessageType>(
  type: T,
  data: MessageData<T>,
): Promise<MessageResult<T>> {
  return readReply(type, await requestUnchecked(type, data));
}

/** Checks the background's answer to a `type` message against the protocol. */
export function readReply<T extends MessageType>(type: T, raw: unknown): MessageResult<T> {
  const reply = replySchema.safeParse(raw);
  if (!reply.success) throw new MessageError(t('errorNoValidAnswer'));
  if (!reply.data.ok) throw new MessageError(reply.data.error);
  return protocol[type].result.parse(reply.data.result) as MessageResult<T>;
}

/** The origin an extension page reports; content scripts report the page's URL instead. */
function isFromOrigin(sender: Browser.runtime.MessageSender, origin: Origin): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const fromExtensionPage = sender.url?.startsWith(browser.runtime.getURL('/')) === true;
  return origin === 'extension-page' ? fromExtensionPage : !fromExtensionPage && sender.tab != null;
}

async function dispatch(
  handlers: MessageHandlers,
  type: MessageType,
  data: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<z.infer<typeof replySchema>> {
  const spec = protocol[type];
  if (!isFromOrigin(sender, spec.from))
    return { ok: false, error: `"${type}" is not accepted from this sender.` };
  const parsed = spec.data.safeParse(data);
  if (!parsed.success) return { ok: false, error: `Malformed "${type}" message.` };
  try {
    const handler = handlers[type] as (d: unknown, s: Browser.runtime.MessageSender) => Promise<unknown>;
    return { ok: true, result: await handler(parsed.data, sender) };
  } catch (error) {
    // Only text crosses to the page: it carries what to do, not just what went wrong.
    return { ok: false, error: describeError(error) };
  }
}

/** Installs the background's handlers: the type demands one for every message of the protocol. */
export function registerMessageHandlers(handlers: MessageHandlers): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    const envelope = envelopeSchema.safeParse(message);
    // Not ours: leave it to other listeners.
    if (!envelope.success || !isMessageType(envelope.data.type)) return undefined;
    return dispatch(handlers, envelope.data.type, envelope.data.data, sender);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
