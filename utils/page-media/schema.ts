import { z } from '@/utils/zod';
import { lazySchema } from '@/utils/lazy-schema';

/** Where the collector found an image; shown to users as a hint and used by tests. */
export const IMAGE_SOURCES = [
  'img',
  'picture',
  'srcset',
  'lazy',
  'background',
  'meta',
  'poster',
  'shadow',
  'noscript',
] as const;
export type ImageSource = (typeof IMAGE_SOURCES)[number];

// The content script is untrusted (it runs in the page), so every field is bounded.
const text = (max: number) => z.string().max(max);

export const pageInfoSchema = lazySchema(() =>
  z.object({
    url: text(8192),
    title: text(300),
    /** `pin:title`, else `og:title`, else the document title. */
    pinTitle: text(300),
    /** Page-level default description: `pin:description`, `og:description`, then the title. */
    description: text(800),
    /** Page-level link target: `pin:url`, canonical, `og:url`, then the page URL. */
    link: text(8192),
    siteName: text(200),
    selection: text(800),
    /** `<meta name="pinterest" content="nopin">`: nothing on this page may be pinned. */
    nopin: z.boolean(),
    nopinMessage: text(500).nullable(),
    /** `<meta name="pinterest" content="nohover">`: no hover buttons. */
    nohover: z.boolean(),
    /** `<body data-pin-hover="true">`: the site runs Pinterest's own hover buttons. */
    siteHoverButtons: z.boolean(),
  }),
);

export const pageImageSchema = lazySchema(() =>
  z.object({
    /** The URL to pin: the largest candidate, or the site's `data-pin-media` / `pin:media`. */
    url: z.string().max(2_100_000),
    /** Natural size when loaded, else from the best srcset descriptor or attributes; 0 when unknown. */
    width: z.number().int().nonnegative(),
    height: z.number().int().nonnegative(),
    source: z.enum(IMAGE_SOURCES),
    alt: text(500),
    description: text(800),
    link: text(8192),
    /** PinBridge cannot fetch it itself (data:, blob:, private host): the extension uploads the bytes. */
    upload: z.boolean(),
    /** `data-pin-no-hover` / `data-pin-nohover` (or page `nohover`): no hover button, still pinnable. */
    noHover: z.boolean(),
    /** The site pointed at this image (`data-pin-media`, `pin:media`). */
    hint: z.boolean(),
    /** 1 is the best. */
    rank: z.number().int().positive(),
  }),
);

export const pageMediaSchema = lazySchema(() =>
  z.object({
    page: pageInfoSchema,
    images: z.array(pageImageSchema).max(1000),
    /** Images found beyond the cap. */
    omitted: z.number().int().nonnegative(),
  }),
);

export type PageInfo = z.infer<typeof pageInfoSchema>;
export type PageImage = z.infer<typeof pageImageSchema>;
export type PageMedia = z.infer<typeof pageMediaSchema>;
