import { randomBytes, randomUUID } from 'node:crypto';

/** In-memory records of the stand-in. Field names follow the API contract so answers are plain copies. */

export interface User {
  id: string;
  email: string;
  password: string;
  full_name: string;
  timezone: string;
  created_at: string;
  workspace_id: string;
}

export interface Workspace {
  id: string;
  name: string;
  plan: 'free' | 'starter' | 'growth' | 'pro' | 'enterprise';
  environment: 'production' | 'sandbox';
  timezone: string;
  organization: { id: string; name: string };
  calls_used: number;
}

export interface ApiKeyRecord {
  id: string;
  workspace_id: string;
  name: string;
  key: string;
  scopes: string[];
  pinterest_account_ids: string[] | null;
  source: 'manual' | 'oauth';
  created_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

export interface Board {
  id: string;
  name: string;
  description: string | null;
  privacy: 'PUBLIC' | 'SECRET';
}

export interface Account {
  id: string;
  workspace_id: string;
  pinterest_user_id: string;
  display_name: string | null;
  username: string | null;
  scopes: string;
  created_at: string;
  updated_at: string;
  revoked_at: string | null;
  token_expires_at: string | null;
  health_status: string;
  health_message: string | null;
  reconnect_required: boolean;
  missing_scopes: string[];
  boards: Board[];
  bucket: { tokens: number; updatedAt: number };
}

export interface PinRecord {
  id: string;
  workspace_id: string;
  pinterest_account_id: string;
  status: 'queued' | 'deferred' | 'publishing' | 'published' | 'failed';
  media_type: 'image' | 'video';
  title: string;
  description: string | null;
  alt_text: string | null;
  link_url: string | null;
  dominant_color: string | null;
  cover_image_url: string | null;
  related_terms: string[] | null;
  media_url: string;
  image_url: string;
  asset_id: string | null;
  board_id: string;
  pinterest_pin_id: string | null;
  error_code: string | null;
  error_message: string | null;
  idempotency_key: string;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  failed_at: string | null;
  removed_from_pinterest_at: string | null;
  /** When the lifecycle next looks at this pin (ms since epoch); not part of the API. */
  nextAt: number;
}

export interface ScheduleRecord {
  id: string;
  workspace_id: string;
  pinterest_account_id: string;
  run_at: string;
  status: 'scheduled' | 'queued' | 'deferred' | 'running' | 'done' | 'failed' | 'canceled';
  payload: {
    board_id: string;
    title: string;
    description: string | null;
    link_url: string | null;
    media_type: 'image' | 'video';
    media_url: string;
    image_url: string;
    asset_id: string | null;
    cover_image_url: string | null;
  };
  last_error: string | null;
  pin_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface AssetRecord {
  id: string;
  workspace_id: string;
  workspace_environment: string;
  asset_type: 'image' | 'video';
  original_filename: string;
  stored_filename: string;
  content_type: string;
  file_size_bytes: number;
  file_size_display: string;
  referenced_by_pin_count: number;
  public_url: string;
  created_at: string;
  updated_at: string;
  bytes: Buffer;
}

export interface WebhookRecord {
  id: string;
  workspace_id: string;
  url: string;
  secret: string;
  events: string[];
  is_enabled: boolean;
  created_at: string;
  updated_at: string;
}

export interface Fault {
  method?: string;
  /** Exact path, or a prefix ending in `*`. */
  path: string;
  status?: number;
  times: number;
  body?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
  dropConnection?: boolean;
  /** `before` (default): the request never reaches the API; `after`: it is handled, then the answer is lost or replaced. */
  phase?: 'before' | 'after';
}

export type Outcome =
  { status: 'published' } | { status: 'failed'; error_code: string; error_message?: string };

export interface Settings {
  /** How long a pin stays `queued` before a publish is attempted. */
  queuedMs: number;
  /** How long a publish takes. */
  publishingMs: number;
  /** Outcomes of the next publishes, in order; when empty, publishes succeed. */
  outcomes: Outcome[];
  /** Monthly pin quota override (else the plan's). */
  quota: number | null;
  /** Per-account token bucket: capacity and refill per second. */
  pacing: { capacity: number; refillPerSecond: number };
  /** Lifetime of sign-in tokens. */
  tokenTtlSeconds: number;
  /** Largest accepted upload. */
  maxUploadBytes: number;
}

export interface LogEntry {
  at: string;
  method: string;
  path: string;
  status: number;
  ms: number;
  requestId: string;
  /** Which credential the request carried (never the credential). */
  auth: 'none' | 'api-key' | 'bearer';
}

export const PLAN_QUOTAS: Record<Workspace['plan'], number> = {
  free: 50,
  starter: 300,
  growth: 1_000,
  pro: 5_000,
  enterprise: 100_000,
};

export const DEFAULT_SETTINGS: Settings = {
  queuedMs: 150,
  publishingMs: 350,
  outcomes: [],
  quota: null,
  pacing: { capacity: 50, refillPerSecond: 1 },
  tokenTtlSeconds: 3600,
  maxUploadBytes: 20 * 1024 * 1024,
};

export const DEMO_EMAIL = 'demo@pinbridge.test';
export const DEMO_PASSWORD = 'demo-password-1';
export const DEMO_API_KEY = 'pb_test_demo_0123456789abcdef0123456789abcdef';

export const nowIso = () => new Date().toISOString();

export function pinterestId(): string {
  // 18 digits, like Pinterest's own ids; a string, never a number.
  return `9${Array.from(randomBytes(17), (b) => b % 10).join('')}`;
}

export function newApiKey(): string {
  return `pb_test_${randomBytes(20).toString('hex')}`;
}

export class Store {
  users: User[] = [];
  workspaces: Workspace[] = [];
  apiKeys: ApiKeyRecord[] = [];
  accounts: Account[] = [];
  pins: PinRecord[] = [];
  schedules: ScheduleRecord[] = [];
  assets: AssetRecord[] = [];
  webhooks: WebhookRecord[] = [];
  faults: Fault[] = [];
  log: LogEntry[] = [];
  /** How many times each idempotency key was actually published on "Pinterest". */
  publishCount: Record<string, number> = {};
  settings: Settings = structuredClone(DEFAULT_SETTINGS);
  /** Secret for signing tokens and OAuth states; new on every start. */
  readonly secret = randomBytes(32);

  constructor(readonly demoApiKey: string = DEMO_API_KEY) {
    this.seed();
  }

  reset(): void {
    Object.assign(this, {
      users: [],
      workspaces: [],
      apiKeys: [],
      accounts: [],
      pins: [],
      schedules: [],
      assets: [],
      webhooks: [],
      faults: [],
      log: [],
      publishCount: {},
      settings: structuredClone(DEFAULT_SETTINGS),
    });
    this.seed();
  }

  createWorkspace(name: string, plan: Workspace['plan']): Workspace {
    const workspace: Workspace = {
      id: randomUUID(),
      name,
      plan,
      environment: 'production',
      timezone: 'UTC',
      organization: { id: randomUUID(), name },
      calls_used: 0,
    };
    this.workspaces.push(workspace);
    return workspace;
  }

  createUser(email: string, password: string, fullName: string, workspace: Workspace): User {
    const user: User = {
      id: randomUUID(),
      email: email.toLowerCase(),
      password,
      full_name: fullName,
      timezone: 'UTC',
      created_at: nowIso(),
      workspace_id: workspace.id,
    };
    this.users.push(user);
    return user;
  }

  createApiKey(workspaceId: string, name: string, scopes: string[], key = newApiKey()): ApiKeyRecord {
    const record: ApiKeyRecord = {
      id: randomUUID(),
      workspace_id: workspaceId,
      name,
      key,
      scopes,
      pinterest_account_ids: null,
      source: 'manual',
      created_at: nowIso(),
      revoked_at: null,
      last_used_at: null,
    };
    this.apiKeys.push(record);
    return record;
  }

  /** A connected Pinterest account with a handful of boards, one of them secret. */
  connectAccount(workspaceId: string, username: string | null, displayName: string | null): Account {
    const now = nowIso();
    const board = (
      name: string,
      privacy: Board['privacy'] = 'PUBLIC',
      description: string | null = null,
    ): Board => ({
      id: pinterestId(),
      name,
      description,
      privacy,
    });
    const account: Account = {
      id: randomUUID(),
      workspace_id: workspaceId,
      pinterest_user_id: pinterestId(),
      display_name: displayName,
      username,
      scopes: 'boards:read,boards:write,boards:write_secret,pins:read,pins:write,user_accounts:read',
      created_at: now,
      updated_at: now,
      revoked_at: null,
      token_expires_at: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      health_status: 'healthy',
      health_message: null,
      reconnect_required: false,
      missing_scopes: [],
      boards: [
        board('Weeknight dinners', 'PUBLIC', 'Quick recipes for busy evenings'),
        board('Home decor'),
        board('Travel bucket list'),
        board('Garden ideas'),
        board('Gift ideas (private)', 'SECRET', 'Do not peek'),
      ],
      bucket: { tokens: this.settings.pacing.capacity, updatedAt: Date.now() },
    };
    this.accounts.push(account);
    return account;
  }

  private seed(): void {
    const workspace = this.createWorkspace('Demo workspace', 'growth');
    this.createUser(DEMO_EMAIL, DEMO_PASSWORD, 'Demo Pinner', workspace);
    this.createApiKey(workspace.id, 'Seeded demo key', ['read', 'write', 'destructive'], this.demoApiKey);
    this.connectAccount(workspace.id, 'demo_kitchen', 'Demo Kitchen');
  }

  workspace(id: string): Workspace {
    const found = this.workspaces.find((w) => w.id === id);
    if (!found) throw new Error(`unknown workspace ${id}`);
    return found;
  }

  quotaFor(workspace: Workspace): number {
    return this.settings.quota ?? PLAN_QUOTAS[workspace.plan];
  }

  /** Takes one publish token from the account's bucket, refilled continuously; false when empty. */
  takeToken(account: Account, now = Date.now()): boolean {
    this.refill(account, now);
    if (account.bucket.tokens < 1) return false;
    account.bucket.tokens -= 1;
    return true;
  }

  refill(account: Account, now = Date.now()): void {
    const { capacity, refillPerSecond } = this.settings.pacing;
    const elapsed = (now - account.bucket.updatedAt) / 1000;
    account.bucket.tokens = Math.min(capacity, account.bucket.tokens + elapsed * refillPerSecond);
    account.bucket.updatedAt = now;
  }
}
