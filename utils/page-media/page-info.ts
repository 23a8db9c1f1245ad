import type { PageInfo } from './schema';
import { pristine } from './dom';
import { resolveUrl } from './urls';

/** What the page's `<head>` and `<body>` say about pinning, with the site's own hints. */
export interface PageHints {
  info: PageInfo;
  /** `pin:media`, `og:image`, `twitter:image`, `link rel=image_src`, in that order of preference. */
  metaImages: Array<{ url: string; source: 'meta'; hint: boolean; width: number; height: number }>;
  pinDescription?: string;
  ogDescription?: string;
  pinUrl?: string;
  canonical?: string;
  ogUrl?: string;
}

/** Page text as one line of at most `max` characters. Most attributes are absent: no regex for those. */
export const clip = (text: string | null | undefined, max: number) =>
  text ? text.replace(/\s+/g, ' ').trim().slice(0, max) : '';

function metaContent(doc: Document, attr: 'name' | 'property', key: string): string | undefined {
  // Attribute values compare case-insensitively here, as Pinterest's widget does for `name="pinterest"`.
  const metas = pristine(doc).byTag('meta');
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i]!;
    if (meta.getAttribute(attr)?.toLowerCase() === key) return meta.getAttribute('content') ?? undefined;
  }
  return undefined;
}

function pinterestMeta(doc: Document): { nopin: boolean; nohover: boolean; message?: string } {
  const result: { nopin: boolean; nohover: boolean; message?: string } = { nopin: false, nohover: false };
  const metas = pristine(doc).byTag('meta');
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i]!;
    if (meta.getAttribute('name')?.toLowerCase() !== 'pinterest') continue;
    const content = meta.getAttribute('content')?.toLowerCase().trim();
    if (content === 'nopin') {
      result.nopin = true;
      result.message = clip(meta.getAttribute('description'), 500) || undefined;
    } else if (content === 'nohover') {
      result.nohover = true;
    }
  }
  return result;
}

function linkHref(doc: Document, rel: string, base: string): string | undefined {
  const links = pristine(doc).byTag('link');
  for (let i = 0; i < links.length; i++) {
    const link = links[i]!;
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rels.includes(rel)) return resolveUrl(link.getAttribute('href'), base);
  }
  return undefined;
}

function selectedText(doc: Document): string {
  try {
    const selection = doc.getSelection?.();
    // `toString()` brings the page's layout up to date first, even with nothing selected: on a page of
    // thousands of images that alone cost ~10 ms per collection (measured in the cold-run profile).
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return '';
    return clip(selection.toString(), 800);
  } catch {
    return '';
  }
}

export function readPageHints(doc: Document): PageHints {
  const base = doc.baseURI || doc.URL;
  const pin = pinterestMeta(doc);
  const size = (key: string) => Number(metaContent(doc, 'property', key)) || 0;
  const metaImages: PageHints['metaImages'] = [];
  const addMeta = (raw: string | undefined, hint: boolean, width = 0, height = 0) => {
    const url = resolveUrl(raw, base);
    if (url) metaImages.push({ url, source: 'meta', hint, width, height });
  };
  addMeta(metaContent(doc, 'property', 'pin:media') ?? metaContent(doc, 'name', 'pin:media'), true);
  addMeta(
    metaContent(doc, 'property', 'og:image') ?? metaContent(doc, 'property', 'og:image:url'),
    false,
    size('og:image:width'),
    size('og:image:height'),
  );
  addMeta(metaContent(doc, 'name', 'twitter:image') ?? metaContent(doc, 'property', 'twitter:image'), false);
  addMeta(linkHref(doc, 'image_src', base), false);

  const pinUrl = resolveUrl(
    metaContent(doc, 'property', 'pin:url') ?? metaContent(doc, 'name', 'pin:url'),
    base,
  );
  const canonical = linkHref(doc, 'canonical', base);
  const ogUrl = resolveUrl(metaContent(doc, 'property', 'og:url'), base);
  const pinDescription =
    clip(
      metaContent(doc, 'property', 'pin:description') ?? metaContent(doc, 'name', 'pin:description'),
      800,
    ) || undefined;
  const ogDescription =
    clip(metaContent(doc, 'property', 'og:description') ?? metaContent(doc, 'name', 'description'), 800) ||
    undefined;
  const title = clip(doc.title, 300);
  const body = doc.body;

  return {
    metaImages,
    pinDescription,
    ogDescription,
    pinUrl,
    canonical,
    ogUrl,
    info: {
      url: doc.URL,
      title,
      pinTitle:
        clip(metaContent(doc, 'property', 'pin:title') ?? metaContent(doc, 'property', 'og:title'), 300) ||
        title,
      description: pinDescription ?? ogDescription ?? title,
      link: pinUrl ?? canonical ?? ogUrl ?? doc.URL,
      siteName: clip(metaContent(doc, 'property', 'og:site_name'), 200) || safeHost(doc.URL),
      selection: selectedText(doc),
      nopin: pin.nopin,
      nopinMessage: pin.message ?? null,
      nohover: pin.nohover,
      siteHoverButtons: body?.getAttribute('data-pin-hover')?.toLowerCase() === 'true',
    },
  };
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
