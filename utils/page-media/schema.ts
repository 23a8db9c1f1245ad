import { z } from 'zod';

/** What the collector reports about one image. The content script is untrusted, so every field is checked. */
export const pageImageSchema = z.object({
  url: z.string().max(8192),
  width: z.number().int().nonnegative(),
  height: z.number().int().nonnegative(),
  alt: z.string().max(2000),
});

export const pageMediaSchema = z.object({
  page: z.object({
    url: z.string().max(8192),
    title: z.string().max(2000),
  }),
  images: z.array(pageImageSchema).max(1000),
  omitted: z.number().int().nonnegative(),
});

export type PageImage = z.infer<typeof pageImageSchema>;
export type PageMedia = z.infer<typeof pageMediaSchema>;
