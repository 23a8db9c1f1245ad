import { describe, expect, it } from 'vitest';
import {
  apiKeySchema,
  assetSchema,
  authResponseSchema,
  billingStatusSchema,
  boardSchema,
  jobStatusSchema,
  pinSchema,
  pinValidationSchema,
  pinterestAccountSchema,
  rateMeterSchema,
  scheduleSchema,
  webhookSchema,
} from '@/utils/pinbridge';

// Fixtures written from the API contract (shared/pinbridge-api.md): every shape a client must accept.
const ODD_ID = '11111111-1111-1111-1111-111111111111';
const ID = '7d9a3c52-1b1e-4f7a-9c2d-3e4f5a6b7c8d';

const newestPin = {
  id: ID,
  workspace_id: ODD_ID,
  pinterest_account_id: ODD_ID,
  status: 'published',
  media_type: 'image',
  title: 'Soup',
  description: null,
  alt_text: null,
  dominant_color: null,
  cover_image_url: null,
  link_url: null,
  related_terms: null,
  media_url: 'https://img.example/a.jpg',
  image_url: 'https://img.example/a.jpg',
  asset_id: null,
  board_id: '900000000000000001',
  pinterest_pin_id: '1124281494506724754',
  error_code: null,
  error_message: null,
  idempotency_key: 'k',
  created_at: '2026-02-23T12:00:00Z',
  updated_at: '2026-02-23T12:00:00.123456+09:00',
  published_at: '2026-02-23T12:00:05Z',
  failed_at: null,
  removed_from_pinterest_at: null,
};

const { failed_at: _f, removed_from_pinterest_at: _r, ...olderPin } = newestPin;

describe('response schemas accept every documented shape', () => {
  it.each([
    ['pin, newest shape', pinSchema, newestPin],
    ['pin from an API before 1.35 (no failed_at / removed_from_pinterest_at)', pinSchema, olderPin],
    ['pin with unknown extra keys', pinSchema, { ...newestPin, virality_score: 3, nested: { a: 1 } }],
    [
      'deferred pin with its reason',
      pinSchema,
      {
        ...newestPin,
        status: 'deferred',
        error_code: 'rate_paced',
        pinterest_pin_id: null,
        published_at: null,
      },
    ],
    [
      'pin removed on Pinterest',
      pinSchema,
      { ...newestPin, removed_from_pinterest_at: '2026-03-01T00:00:00-05:00' },
    ],
    ['pin with SDK-test board id', pinSchema, { ...newestPin, board_id: '123-board' }],
    [
      'job status',
      jobStatusSchema,
      {
        job_id: ID,
        pin_id: ID,
        status: 'queued',
        submitted_at: '2026-02-23T12:00:00Z',
        completed_at: null,
        pinterest_pin_id: null,
        error_code: null,
        error_message: null,
      },
    ],
    [
      'schedule, canceled',
      scheduleSchema,
      {
        id: ID,
        workspace_id: ODD_ID,
        pinterest_account_id: ODD_ID,
        run_at: '2026-03-01T09:00:00+00:00',
        status: 'canceled',
        payload: {
          board_id: '1',
          title: 't',
          description: null,
          link_url: null,
          media_type: 'image',
          media_url: 'u',
          image_url: 'u',
          asset_id: null,
          cover_image_url: null,
          extra: 1,
        },
        last_error: null,
        pin_id: null,
        created_at: '2026-02-23T12:00:00Z',
        updated_at: '2026-02-23T12:00:00Z',
      },
    ],
    [
      'account, newest shape',
      pinterestAccountSchema,
      {
        id: ID,
        workspace_id: ODD_ID,
        pinterest_user_id: '555',
        display_name: null,
        username: 'kitchen',
        scopes: 'boards:read,boards:write,pins:read,pins:write',
        created_at: '2026-01-01T00:00:00Z',
        updated_at: '2026-01-01T00:00:00Z',
        revoked_at: null,
        token_expires_at: null,
        health_status: 'reconnect_required',
        health_message: 'Token revoked',
        health_checked_at: '2026-01-02T00:00:00Z',
        reconnect_required: true,
        missing_scopes: ['boards:write_secret'],
      },
    ],
    [
      'account from an older API (no health fields)',
      pinterestAccountSchema,
      {
        id: ID,
        workspace_id: ODD_ID,
        pinterest_user_id: '555',
        display_name: 'K',
        username: null,
        scopes: 'pins:read',
        created_at: '2026-01-01T00:00:00Z',
        updated_at: '2026-01-01T00:00:00Z',
        revoked_at: null,
      },
    ],
    [
      'board with null privacy',
      boardSchema,
      { id: '900000000000000001', name: 'B', description: null, privacy: null },
    ],
    [
      'asset',
      assetSchema,
      {
        id: ID,
        workspace_id: ODD_ID,
        workspace_environment: null,
        asset_type: 'image',
        original_filename: 'a.png',
        stored_filename: 's.png',
        content_type: 'image/png',
        file_size_bytes: 1024,
        file_size_display: '1.0 KB',
        public_url: 'https://api.pinbridge.io/v1/assets/x/content',
        created_at: '2026-01-01T00:00:00Z',
        updated_at: '2026-01-01T00:00:00Z',
      },
    ],
    [
      'auth response with only the legacy workspace alias',
      authResponseSchema,
      {
        access_token: 'jwt',
        token_type: 'bearer',
        expires_in: 3600,
        user: {
          id: ID,
          email: 'a@b.co',
          full_name: null,
          timezone: 'UTC',
          email_verified: false,
          created_at: '2026-01-01T00:00:00Z',
        },
        organization: { id: ODD_ID, name: 'Org' },
        workspace: { id: ODD_ID, name: 'W', environment: 'production', timezone: 'UTC', plan: 'free' },
        projects: [],
      },
    ],
    [
      'API key from before 1.31 (no scopes)',
      apiKeySchema,
      { id: ID, workspace_id: ODD_ID, name: 'k', created_at: '2026-01-01T00:00:00Z', revoked_at: null },
    ],
    [
      'webhook',
      webhookSchema,
      {
        id: ID,
        workspace_id: ODD_ID,
        url: 'https://h.example',
        events: ['pin.published'],
        is_enabled: true,
        created_at: '2026-01-01T00:00:00Z',
        updated_at: '2026-01-01T00:00:00Z',
      },
    ],
    [
      'billing, older API with overage fields',
      billingStatusSchema,
      {
        plan: 'starter',
        billing_provider: 'stripe',
        billing_cycle: null,
        billing_status: 'active',
        trial_active: false,
        trial_ends_at: null,
        quota_calls_monthly: 300,
        calls_used: 12,
        quota_reset_at: null,
        overage_pins_used: 0,
        overage_billing_threshold_pins: 50,
      },
    ],
    [
      'rate meter with float tokens',
      rateMeterSchema,
      {
        account: { account_id: ID, tokens_available: 12.5, capacity: 50.0, refill_rate: 1.0 },
        global: { tokens_available: 199.25, capacity: 200.0, refill_rate: 3.0 },
      },
    ],
    [
      'validation response with a warning',
      pinValidationSchema,
      {
        valid: true,
        dry_run: true,
        checks: [
          {
            name: 'rate',
            status: 'warning',
            code: 'rate_paced',
            message: 'Paced',
            remediation: null,
            details: null,
          },
        ],
        resolved: { idempotency_key: 'k' },
        existing_pin_id: null,
        headroom: { quota_remaining: 10 },
      },
    ],
  ] as const)('%s', (_name, schema, fixture) => {
    const result = schema.safeParse(fixture);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('reports a status this client does not know yet as "unknown" rather than failing', () => {
    expect(pinSchema.parse({ ...newestPin, status: 'archived' }).status).toBe('unknown');
    expect(scheduleSchema.shape.status.parse('paused')).toBe('unknown');
  });

  it('keeps Pinterest ids as strings even when an old payload sends numbers', () => {
    expect(boardSchema.parse({ id: 900000000000001, name: 'B' }).id).toBe('900000000000001');
  });

  it.each([
    ['a timestamp without zone', { ...newestPin, created_at: '2026-02-23T12:00:00' }, 'created_at'],
    ['a numeric title', { ...newestPin, title: 5 }, 'title'],
    ['a non-hex id', { ...newestPin, id: 'pin-1' }, 'id'],
  ])('rejects %s', (_name, fixture, field) => {
    const result = pinSchema.safeParse(fixture);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });
});
