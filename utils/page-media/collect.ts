import type { PageImage, PageMedia } from './schema';

export interface CollectOptions {
  /** Most images returned, best first; the rest are counted in `omitted`. */
  limit?: number;
}

// Pinterest's own size rule: a side under 90 px, or both under 120 px, is an icon or a spacer.
const MIN_SIDE = 90;
const MIN_BOTH = 120;

function isPinnableUrl(url: string): boolean {
  return /^https?:/i.test(url) && !/\.svg(?:[?#]|$)/i.test(url);
}

function isBigEnough(width: number, height: number): boolean {
  if (width < MIN_SIDE || height < MIN_SIDE) return false;
  return width >= MIN_BOTH || height >= MIN_BOTH;
}

function describeImage(img: HTMLImageElement): PageImage | undefined {
  const url = img.currentSrc || img.src;
  if (!url || !isPinnableUrl(url)) return undefined;
  const width = img.naturalWidth || img.width;
  const height = img.naturalHeight || img.height;
  if (!isBigEnough(width, height)) return undefined;
  return { url, width, height, alt: img.alt };
}

/**
 * Lists the images of `doc` worth pinning, largest first. Pure over its input so unit tests can pass a
 * parsed fixture page and the content script can pass the live document.
 */
export function collectPageMedia(doc: Document, options: CollectOptions = {}): PageMedia {
  const limit = options.limit ?? 500;
  const seen = new Set<string>();
  const found: PageImage[] = [];
  for (const img of Array.from(doc.images)) {
    const image = describeImage(img);
    if (!image || seen.has(image.url)) continue;
    seen.add(image.url);
    found.push(image);
  }
  // A stable sort keeps page order among images of equal area.
  found.sort((a, b) => b.width * b.height - a.width * a.height);
  return {
    page: { url: doc.URL, title: doc.title },
    images: found.slice(0, limit),
    omitted: Math.max(0, found.length - limit),
  };
}
