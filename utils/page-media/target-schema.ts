import { z } from '@/utils/zod';
import { lazySchema } from '@/utils/lazy-schema';
import { pageImageSchema, pageInfoSchema } from './schema';

/** What the user right-clicked (or hovered): an image, a video, or the page as a whole. */
export interface PinTargetRequest {
  kind: 'image' | 'video' | 'page';
  /** The URL the browser reports for the element (`srcUrl` of the context menu). */
  srcUrl?: string;
}

export const videoTargetSchema = lazySchema(() =>
  z.object({
    url: z.string().max(8192),
    /** A media-source `blob:` or an HLS/DASH playlist: there is no file to upload. */
    streaming: z.boolean(),
    poster: z.string().max(2_100_000).nullable(),
    width: z.number().int().nonnegative(),
    height: z.number().int().nonnegative(),
  }),
);

export const pinTargetSchema = lazySchema(() =>
  z.object({
    page: pageInfoSchema,
    image: pageImageSchema.nullable(),
    video: videoTargetSchema.nullable(),
    /** `nopin` on the element or the page: never pinned, by any path. */
    blocked: z.boolean(),
    blockedMessage: z.string().max(500).nullable(),
  }),
);

export type VideoTarget = z.infer<typeof videoTargetSchema>;
export type PinTarget = z.infer<typeof pinTargetSchema>;
