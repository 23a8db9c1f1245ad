import { z } from '@/utils/zod';
import { lazySchema } from '@/utils/lazy-schema';

/** `ApiCall` (utils/pinbridge/http.ts) as stored and sent to the diagnostics panel. */
export const apiCallSchema = lazySchema(() =>
  z.object({
    at: z.number(),
    method: z.string(),
    path: z.string(),
    status: z.number(),
    durationMs: z.number(),
    requestId: z.string().nullable(),
    errorCode: z.string().nullable(),
    auth: z.enum(['none', 'bearer', 'apiKey']),
  }),
);
