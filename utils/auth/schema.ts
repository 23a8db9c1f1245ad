import { z } from '@/utils/zod';
import { lazySchema } from '@/utils/lazy-schema';

/** What the UI may know about the session: never a secret. */
export const authInfoSchema = lazySchema(() =>
  z.discriminatedUnion('status', [
    z.object({
      status: z.literal('signed-out'),
      /** Why, when it was not the user's doing: shown as "signed out — sign in again". */
      reason: z.enum(['expired', 'revoked']).optional(),
    }),
    z.object({
      status: z.literal('signed-in'),
      /** Which credential the background uses: a sign-in token, or an API key. */
      mode: z.enum(['bearer', 'apiKey']),
      email: z.string().nullable(),
      name: z.string().nullable(),
      workspace: z.string().nullable(),
      plan: z.string().nullable(),
      /** Sign-in tokens expire; API keys do not. */
      expiresAt: z.number().nullable(),
      /** The API key's name when the extension minted one ("stay signed in"). */
      keyName: z.string().nullable(),
    }),
  ]),
);
export type AuthInfo = z.infer<typeof authInfoSchema>;

export const bearerSchema = lazySchema(() => z.object({ token: z.string().min(1), expiresAt: z.number() }));
export type Bearer = z.infer<typeof bearerSchema>;

export const storedApiKeySchema = lazySchema(() =>
  z.object({
    sealed: z.object({ iv: z.string(), data: z.string() }),
    /** Set when the extension minted the key, so sign-out can revoke it. */
    keyId: z.string().nullable(),
    name: z.string(),
  }),
);
export type StoredApiKey = z.infer<typeof storedApiKeySchema>;
