export interface SrcsetCandidate {
  url: string;
  /** `w` descriptor: the image's intrinsic width in pixels. */
  width?: number;
  /** `x` descriptor: pixel density (1 when no descriptor is given). */
  density?: number;
}

// The steps of the HTML "parse a srcset attribute" algorithm as sticky regular expressions: the regex
// engine scans in native code, where a character loop in JavaScript ran interpreted on the collector's
// first (cold) run and cost ~20 µs per srcset. None of them can backtrack: linear on hostile input.
const SEPARATORS = /[ \t\n\f\r,]*/y;
const URL_RUN = /[^ \t\n\f\r]+/y;
// Descriptors run to the next comma outside parentheses.
const DESCRIPTORS = /[^,(]*(?:\([^)]*\)?[^,(]*)*/y;
const ONE_DESCRIPTOR = /^[ \t\n\f\r]*(\d+)([wx])[ \t\n\f\r]*$/;

/**
 * Splits a `srcset` the way browsers do: a URL is a run of non-space characters, so CDN URLs with commas
 * inside survive; malformed candidates are skipped, never thrown on. The `srcset` npm package is strict
 * or lenient by regex; this tolerant tokenizer is what a collector on untrusted pages needs.
 */
export function parseSrcset(input: string, limit = 64): SrcsetCandidate[] {
  const out: SrcsetCandidate[] = [];
  const n = input.length;
  let i = 0;
  while (i < n && out.length < limit) {
    SEPARATORS.lastIndex = i;
    SEPARATORS.test(input);
    i = SEPARATORS.lastIndex;
    if (i >= n) break;
    URL_RUN.lastIndex = i;
    URL_RUN.test(input);
    let url = input.slice(i, URL_RUN.lastIndex);
    i = URL_RUN.lastIndex;
    let descriptors = '';
    if (url.charCodeAt(url.length - 1) === 44 /* , */) {
      url = url.replace(/,+$/, '');
    } else {
      DESCRIPTORS.lastIndex = i;
      DESCRIPTORS.test(input);
      descriptors = input.slice(i, DESCRIPTORS.lastIndex);
      i = DESCRIPTORS.lastIndex + 1;
    }
    if (!url) continue;
    const candidate = describe(url, descriptors);
    if (candidate) out.push(candidate);
  }
  return out;
}

function describe(url: string, text: string): SrcsetCandidate | undefined {
  // The common forms (`800w`, `2x`, none) without splitting.
  if (!text) return { url, density: 1 };
  const one = ONE_DESCRIPTOR.exec(text);
  if (one) {
    const value = Number(one[1]);
    if (value <= 0) return undefined;
    return one[2] === 'w' ? { url, width: value } : { url, density: value };
  }
  const candidate: SrcsetCandidate = { url };
  for (const token of text.trim().split(/\s+/)) {
    if (!token) continue;
    const value = Number(token.slice(0, -1));
    const unit = token.slice(-1).toLowerCase();
    if (!Number.isFinite(value) || value <= 0) return undefined;
    if (unit === 'w' && Number.isInteger(value) && candidate.width === undefined) candidate.width = value;
    else if (unit === 'x' && candidate.density === undefined) candidate.density = value;
    else if (unit !== 'h') return undefined;
  }
  if (candidate.width === undefined && candidate.density === undefined) candidate.density = 1;
  return candidate;
}
