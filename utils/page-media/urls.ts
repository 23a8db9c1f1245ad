/** URL helpers for the collector: resolving, judging and normalising image addresses. */

// Absolute, printable-ASCII http(s) URLs without dot segments are already what `new URL` would return
// (give or take host case); most image URLs on real pages are like that, and parsing them costs time.
const PLAIN_ABSOLUTE = /^https?:\/\/[\x21-\x5b\x5d-\x7e]+$/i;
const DOT_SEGMENT = /\/\.\.?(?:[/?#]|$)/;

export function resolveUrl(raw: string | null | undefined, base: string): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  if (PLAIN_ABSOLUTE.test(value) && !DOT_SEGMENT.test(value)) return value;
  try {
    return new URL(value, base).href;
  } catch {
    return undefined;
  }
}

export const isHttpUrl = (url: string) => /^https?:\/\//i.test(url);

const RASTER_DATA_URL = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp);base64,/i;

/** A `data:` image that is a real picture (not an SVG, not a tiny placeholder). */
export function isRasterDataUrl(url: string): boolean {
  return RASTER_DATA_URL.test(url) && url.length > 1_500;
}

const SVG_FILE = /\.svgz?(?:[?#]|$)/i;

export function isSvgUrl(url: string): boolean {
  return /^data:image\/svg/i.test(url) || SVG_FILE.test(url);
}

// File names that are spacers and lazy-loading stand-ins, not pictures; tested on the last path segment
// only, since scanning whole URLs with it cost ~2 µs per URL on the collector's first (cold) run.
const PLACEHOLDER_WORD = /blank|spacer|transparent|placeholder|pixel|1x1|empty|lazy|loading/i;
const PLACEHOLDER_NAME =
  /(?:^|[_.-])(?:blank|spacer|transparent|placeholder|pixel|1x1|empty|lazy|loading)(?:[_.-][\w-]*)?\.(?:gif|png|jpe?g|webp|svg)$/i;

export function isPlaceholderUrl(url: string): boolean {
  if (url.charCodeAt(4) === 58 /* : */ && /^data:/i.test(url)) return !isRasterDataUrl(url);
  let end = url.length;
  const query = url.indexOf('?');
  if (query >= 0) end = query;
  const hash = url.indexOf('#');
  if (hash >= 0 && hash < end) end = hash;
  const name = url.slice(url.lastIndexOf('/', end - 1) + 1, end);
  // The plain word search first: it rules out nearly every name at a fraction of the full pattern's cost.
  return PLACEHOLDER_WORD.test(name) && PLACEHOLDER_NAME.test(name);
}

const PRIVATE_HOST =
  /^(?:localhost|127(?:\.\d+){3}|10(?:\.\d+){3}|192\.168(?:\.\d+){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d+){2}|169\.254(?:\.\d+){2}|0\.0\.0\.0|\[(?:::1|f[cd][0-9a-f:]*|fe80:[0-9a-f:]*)\])$/i;

/** PinBridge's servers can fetch only public http(s) images; anything else the extension must upload. */
export function needsUpload(url: string): boolean {
  const host = /^https?:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(url)?.[1]?.toLowerCase();
  if (!host) return true;
  return (
    PRIVATE_HOST.test(host) || host.endsWith('.local') || host.endsWith('.internal') || !host.includes('.')
  );
}

const SIZE_PARAMS = new Set([
  'w',
  'h',
  'width',
  'height',
  'resize',
  'fit',
  'quality',
  'q',
  'auto',
  'format',
  'fm',
  'crop',
  'dpr',
  'size',
  'sz',
  'imwidth',
  'scale',
]);
const URL_PARTS = /^(https?:\/\/[^/?#]+)([^?#]*)(?:\?([^#]*))?/i;

/**
 * The identity of an image across its sizes, for deduplication: `photo-300x200.jpg`, `photo@2x.jpg`,
 * `photo.jpg?w=640` and `photo_800x.jpg` are one picture. String work only: it runs for every
 * candidate on pages with thousands of images.
 */
export function imageIdentity(url: string): string {
  const parts = URL_PARTS.exec(url);
  if (!parts) return url.slice(0, 256);
  const path = (parts[2] ?? '')
    .replace(/[-_]\d{2,5}x\d{0,5}(?=\.\w+$)/i, '')
    .replace(/@\d(?:\.\d+)?x(?=\.\w+$)/i, '')
    .replace(/\/(?:w|h|c|q)_[^/]*(?=\/)/gi, '');
  let query = '';
  if (parts[3]) {
    for (const pair of parts[3].split('&')) {
      const key = pair.split('=')[0]!.toLowerCase();
      if (key && !SIZE_PARAMS.has(key)) query += `${query ? '&' : '?'}${pair}`;
    }
  }
  return `${parts[1]!.toLowerCase()}${path}${query}`;
}
