import { CandidateCollector, type Candidate } from './candidates';
import { readPageHints, type PageHints } from './page-info';
import type { PageImage, PageMedia } from './schema';
import { imageIdentity, isHttpUrl, isRasterDataUrl, isSvgUrl, needsUpload } from './urls';

export interface CollectOptions {
  /** Most images returned, best first; the rest are counted in `omitted`. */
  limit?: number;
  /**
   * Measure element boxes and skip invisible ones (background images). Needs a rendered document;
   * default: whenever the document has a window.
   */
  layout?: boolean;
}

// Pinterest's own filter: a side under 90 px, or both under 120 px, is an icon or a spacer.
const MIN_SIDE = 90;
const MIN_BOTH = 120;
// Wider than 3:1 is a banner.
const MAX_WIDE = 3;
// Very long data: URLs are not worth carrying through a message; the limit is the schema's.
const MAX_DATA_URL = 2_000_000;

export function isOffered(c: Candidate): boolean {
  const url = c.url;
  const fetchable =
    isHttpUrl(url) || /^blob:/i.test(url) || (isRasterDataUrl(url) && url.length <= MAX_DATA_URL);
  if (!fetchable || isSvgUrl(url)) return false;
  // Unknown sizes (lazy images not loaded yet) are kept; known ones must pass Pinterest's filter.
  if (c.width > 0 && c.height > 0) {
    if (c.width < MIN_SIDE || c.height < MIN_SIDE) return false;
    if (c.width < MIN_BOTH && c.height < MIN_BOTH) return false;
    if (c.width > c.height * MAX_WIDE) return false;
  }
  return true;
}

/** Area for ranking; tall images count as at most 1:3 so a long infographic does not win by length. */
function rankArea(c: Candidate): number {
  if (c.width > 0 && c.height > 0) return c.width * Math.min(c.height, c.width * 3);
  return c.width > 0 ? c.width * c.width * 0.5 : 0;
}

/** The same picture found several times (sizes, srcset, noscript copy, og:image): keep the largest. */
function merge(into: Candidate, other: Candidate): Candidate {
  const bigger = rankArea(other) > rankArea(into) ? other : into;
  const fromPage = into.source === 'meta' ? other : into;
  return {
    ...fromPage,
    url: bigger.url,
    width: bigger.width,
    height: bigger.height,
    hint: into.hint || other.hint,
    order: Math.min(into.order, other.order),
    noHover: into.noHover || other.noHover,
  };
}

export function describe(c: Candidate, hints: PageHints, rank: number): PageImage {
  const page = hints.info;
  return {
    url: c.url,
    width: c.width,
    height: c.height,
    source: c.source,
    alt: c.alt,
    // The brief's fallback orders for description and link.
    description: page.selection || c.pinDescription || c.titleAttr || page.description,
    link: c.pinUrl || c.parentLink || page.link,
    upload: needsUpload(c.url),
    noHover: c.noHover || page.nohover,
    hint: c.hint,
    rank,
  };
}

/**
 * Lists the images of `doc` worth pinning, best first, honouring the site's Pinterest rules. Pure over
 * its input: unit tests pass a parsed fixture page, the content script the live document.
 */
export function collectPageMedia(doc: Document, options: CollectOptions = {}): PageMedia {
  const limit = options.limit ?? 500;
  const hints = readPageHints(doc);
  if (hints.info.nopin) return { page: hints.info, images: [], omitted: 0 };

  const collector = new CandidateCollector(doc.URL);
  collector.walk(doc, options.layout ?? doc.defaultView != null);
  // After the page's own images, so that page order breaks ties; `pin:media` still ranks first as a hint.
  for (const meta of hints.metaImages) {
    collector.add({
      ...meta,
      alt: '',
      titleAttr: '',
      pinDescription: '',
      pinUrl: '',
      parentLink: '',
      noHover: false,
    });
  }

  const byIdentity = new Map<string, Candidate>();
  for (const candidate of collector.candidates) {
    if (!isOffered(candidate)) continue;
    const identity = imageIdentity(candidate.url);
    if (collector.blocked.has(identity)) continue;
    const existing = byIdentity.get(identity);
    byIdentity.set(identity, existing ? merge(existing, candidate) : candidate);
  }
  const ranked = Array.from(byIdentity.values(), (c) => ({ c, hint: c.hint ? 1 : 0, area: rankArea(c) }))
    .sort((a, b) => b.hint - a.hint || b.area - a.area || a.c.order - b.c.order)
    .map((entry) => entry.c);
  return {
    page: hints.info,
    images: ranked.slice(0, limit).map((c, i) => describe(c, hints, i + 1)),
    omitted: Math.max(0, ranked.length - limit),
  };
}
