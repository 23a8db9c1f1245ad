import { z } from '@/utils/zod';
import { lazySchema } from '@/utils/lazy-schema';
import { idSchema, nullableText, timestampSchema } from './common';

export const assetSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    workspace_id: idSchema.nullish(),
    workspace_environment: nullableText,
    asset_type: z.string(),
    original_filename: nullableText,
    stored_filename: nullableText,
    content_type: z.string(),
    file_size_bytes: z.number().int().nonnegative(),
    file_size_display: nullableText,
    referenced_by_pin_count: z.number().int().nullish(),
    public_url: z.string(),
    created_at: timestampSchema,
    updated_at: timestampSchema.nullish(),
  }),
);
export type Asset = z.infer<typeof assetSchema>;
