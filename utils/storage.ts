import { z } from '@/utils/zod';
import { storage } from 'wxt/utils/storage';
import { lazySchema } from '@/utils/lazy-schema';
import {
  authInfoSchema,
  bearerSchema,
  storedApiKeySchema,
  type AuthInfo,
  type Bearer,
  type StoredApiKey,
} from './auth/schema';
import { apiCallSchema } from './diagnostics/api-call-schema';
import { outboxEntrySchema, type OutboxEntry } from './outbox/schema';
import { DEFAULT_PIN_DEFAULTS, pinDefaultsSchema, type PinDefaults } from './pin-defaults';
import { pinTargetSchema, type PinTarget } from './page-media/target-schema';
import {
  boardSchema,
  pinterestAccountSchema,
  type ApiCall,
  type Board,
  type PinterestAccount,
} from './pinbridge';

/*
 * Every stored key of the extension, declared once. Values are only read through these items so that
 * fallbacks and migrations apply everywhere. Secrets: the sign-in token lives in `session:` (trusted
 * contexts only); the API key in `local:` is sealed by the vault (utils/auth/vault.ts).
 */

export const DEFAULT_API_BASE_URL = 'https://api.pinbridge.io';

/** The PinBridge API origin the extension talks to (production, or a stand-in during development). */
export const apiBaseUrlItem = storage.defineItem<string>('local:apiBaseUrl', {
  fallback: DEFAULT_API_BASE_URL,
  version: 1,
});

export const authInfoItem = storage.defineItem<AuthInfo>('local:authInfo', {
  fallback: { status: 'signed-out' },
  version: 1,
});

export const bearerItem = storage.defineItem<Bearer | null>('session:bearer', { fallback: null, version: 1 });

export const apiKeyItem = storage.defineItem<StoredApiKey | null>('local:apiKey', {
  fallback: null,
  version: 1,
});

export interface AccountsCache {
  accounts: PinterestAccount[];
  fetchedAt: number;
}
export const accountsCacheItem = storage.defineItem<AccountsCache | null>('local:accountsCache', {
  fallback: null,
  version: 1,
});

export type BoardsCache = Record<string, { boards: Board[]; fetchedAt: number }>;
export const boardsCacheItem = storage.defineItem<BoardsCache>('local:boardsCache', {
  fallback: {},
  version: 1,
});

export const outboxItem = storage.defineItem<OutboxEntry[]>('local:outbox', { fallback: [], version: 1 });

export interface OAuthFlow {
  tabId: number | null;
  status: 'waiting' | 'connected' | 'failed';
  message: string | null;
  accountId: string | null;
  at: number;
}
export const oauthFlowItem = storage.defineItem<OAuthFlow | null>('local:oauthFlow', {
  fallback: null,
  version: 1,
});

export interface NotificationSettings {
  published: boolean;
  failed: boolean;
}
export const notificationSettingsItem = storage.defineItem<NotificationSettings>(
  'local:notificationSettings',
  {
    fallback: { published: true, failed: true },
    version: 1,
  },
);

/** The last account and board used, and the most recent boards first, so the popup opens on them. */
export interface LastTarget {
  accountId: string | null;
  boardId: string | null;
  recentBoardIds: string[];
}
export const lastTargetItem = storage.defineItem<LastTarget>('local:lastTarget', {
  fallback: { accountId: null, boardId: null, recentBoardIds: [] },
  version: 1,
});

/** What the user typed in the popup for one page in one tab, until published or discarded. */
export interface Draft {
  accountId: string;
  boardId: string;
  selected: string[];
  texts: Record<string, { title: string; description: string; link: string; altText: string }>;
  same: boolean;
  when: 'now' | 'schedule';
  runAt: string;
  spread: number;
  savedAt: number;
}
// Session storage: tab ids do not outlive the browser session, and neither should their drafts.
export const draftsItem = storage.defineItem<Record<string, Draft>>('session:drafts', {
  fallback: {},
  version: 1,
});
export const MAX_DRAFTS = 50;

/** What a compose window was opened for (right-click, hover button): read by that window. */
export interface ComposeTarget {
  tabId: number;
  frameId: number;
  target: PinTarget;
  /** The link the user right-clicked, for "Pin this page" on a link. */
  linkUrl: string | null;
  createdAt: number;
}
export const composeTargetsItem = storage.defineItem<Record<string, ComposeTarget>>(
  'session:composeTargets',
  {
    fallback: {},
    version: 1,
  },
);

/** Opt-in: a Pin button over large images on every page (needs host access, asked for when turned on). */
export const hoverButtonItem = storage.defineItem<{ enabled: boolean }>('local:hoverButton', {
  fallback: { enabled: false },
  version: 1,
});

export const pinDefaultsItem = storage.defineItem<PinDefaults>('local:pinDefaults', {
  fallback: DEFAULT_PIN_DEFAULTS,
  version: 1,
});

/** How many pins took a description variant so far: the next one takes the next variant. */
export const variantTurnItem = storage.defineItem<number>('local:variantTurn', { fallback: 0, version: 1 });

/** The last 100 API calls (method, endpoint, status, timing, request id; no token, no body). */
export const apiCallsItem = storage.defineItem<ApiCall[]>('session:apiCalls', { fallback: [], version: 1 });

/** Structured console logging; on by default only in development builds. */
export const consoleLoggingItem = storage.defineItem<boolean>('local:consoleLogging', {
  fallback: import.meta.env.MODE !== 'production',
  version: 1,
});

/**
 * Schemas of stored values: what was written by an older or broken version is checked on read. Built on
 * first use (lazySchema): each page reads only a few of them.
 */
export const storedSchemas = {
  authInfo: authInfoSchema,
  bearer: lazySchema(() => bearerSchema.nullable()),
  apiKey: lazySchema(() => storedApiKeySchema.nullable()),
  accountsCache: lazySchema(() =>
    z.object({ accounts: z.array(pinterestAccountSchema), fetchedAt: z.number() }).nullable(),
  ),
  boardsCache: lazySchema(() =>
    z.record(z.string(), z.object({ boards: z.array(boardSchema), fetchedAt: z.number() })),
  ),
  outbox: lazySchema(() => z.array(outboxEntrySchema)),
  apiCalls: lazySchema(() => z.array(apiCallSchema)),
  pinDefaults: pinDefaultsSchema,
  notificationSettings: lazySchema(() => z.object({ published: z.boolean(), failed: z.boolean() })),
  hoverButton: lazySchema(() => z.object({ enabled: z.boolean() })),
  composeTargets: lazySchema(() =>
    z.record(
      z.string(),
      z.object({
        tabId: z.number(),
        frameId: z.number(),
        target: pinTargetSchema,
        linkUrl: z.string().nullable(),
        createdAt: z.number(),
      }),
    ),
  ),
} as const;

export const storageItems = {
  apiBaseUrl: apiBaseUrlItem,
  authInfo: authInfoItem,
  bearer: bearerItem,
  apiKey: apiKeyItem,
  accountsCache: accountsCacheItem,
  boardsCache: boardsCacheItem,
  outbox: outboxItem,
  oauthFlow: oauthFlowItem,
  notificationSettings: notificationSettingsItem,
  lastTarget: lastTargetItem,
  drafts: draftsItem,
  composeTargets: composeTargetsItem,
  hoverButton: hoverButtonItem,
  apiCalls: apiCallsItem,
  consoleLogging: consoleLoggingItem,
  pinDefaults: pinDefaultsItem,
  variantTurn: variantTurnItem,
} as const;

/** Reads an item and checks it; a value that does not fit is replaced by the fallback, not trusted. */
export async function readChecked<T>(
  item: { getValue(): Promise<T>; fallback: T },
  schema: z.ZodType,
): Promise<T> {
  const value = await item.getValue();
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data as T;
  console.warn('[pinbridge] stored value failed its schema; using the fallback', parsed.error.issues[0]);
  return item.fallback;
}
