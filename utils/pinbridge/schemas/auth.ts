import { z } from '@/utils/zod';
import { lazySchema } from '@/utils/lazy-schema';
import { idSchema, nullableText, timestampSchema } from './common';
import { t } from '@/utils/i18n';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export const loginRequestSchema = lazySchema(() =>
  z.strictObject({
    email: z.string().trim().regex(EMAIL, t('authEmail')),
    password: z.string().min(8, t('authPasswordShort')).max(255),
    timezone: z.string().max(64).optional(),
  }),
);
export type LoginRequest = z.input<typeof loginRequestSchema>;

export const registerRequestSchema = lazySchema(() =>
  z.strictObject({
    full_name: z.string().trim().min(1, t('authName')).max(255),
    email: z.string().trim().regex(EMAIL, t('authEmail')),
    password: z.string().min(8, t('authNewPassword')).max(255),
    workspace_name: z.string().max(255).optional(),
    timezone: z.string().max(64).optional(),
  }),
);
export type RegisterRequest = z.input<typeof registerRequestSchema>;

export const workspaceSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    name: z.string(),
    environment: z.string().nullish(),
    timezone: z.string().nullish(),
    plan: z.string().nullish(),
  }),
);
export type Workspace = z.infer<typeof workspaceSchema>;

export const meSchema = lazySchema(() =>
  z.object({
    user: z.object({
      id: idSchema,
      email: z.string(),
      full_name: nullableText,
      timezone: z.string().nullish(),
      email_verified: z.boolean().nullish(),
      created_at: timestampSchema.nullish(),
    }),
    organization: z.object({ id: idSchema, name: z.string() }).nullish(),
    // `workspace` is the legacy alias of `active_project`; either may be the one present.
    active_project: workspaceSchema.nullish(),
    workspace: workspaceSchema.nullish(),
    projects: z.array(workspaceSchema).nullish(),
    organization_role: nullableText,
    permissions: z.record(z.string(), z.boolean()).nullish(),
  }),
);
export type Me = z.infer<typeof meSchema>;

export const authResponseSchema = lazySchema(() =>
  meSchema.extend({
    access_token: z.string().min(1),
    token_type: z.string(),
    expires_in: z.number().int().positive(),
  }),
);
export type AuthResponse = z.infer<typeof authResponseSchema>;

export const API_KEY_SCOPES = ['read', 'write', 'destructive'] as const;

export const apiKeyCreateRequestSchema = lazySchema(() =>
  z.strictObject({
    name: z.string().trim().min(1).max(255),
    scopes: z.array(z.enum(API_KEY_SCOPES)).optional(),
    pinterest_account_ids: z.array(idSchema).optional(),
  }),
);
export type ApiKeyCreateRequest = z.input<typeof apiKeyCreateRequestSchema>;

export const apiKeySchema = lazySchema(() =>
  z.object({
    id: idSchema,
    workspace_id: idSchema.nullish(),
    name: z.string(),
    created_at: timestampSchema,
    revoked_at: timestampSchema.nullish(),
    scopes: z.array(z.string()).nullish(),
    pinterest_account_ids: z.array(z.string()).nullish(),
    source: nullableText,
    last_used_at: timestampSchema.nullish(),
  }),
);
export type ApiKey = z.infer<typeof apiKeySchema>;

export const apiKeyCreatedSchema = lazySchema(() => apiKeySchema.extend({ api_key: z.string().min(1) }));
export type ApiKeyCreated = z.infer<typeof apiKeyCreatedSchema>;
