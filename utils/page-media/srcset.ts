export interface SrcsetCandidate {
  url: string;
  /** `w` descriptor: the image's intrinsic width in pixels. */
  width?: number;
  /** `x` descriptor: pixel density (1 when no descriptor is given). */
  density?: number;
}

// Character codes, not one-character strings: this loop runs over every srcset on the page.
const SPACE = 32;
const TAB = 9;
const LF = 10;
const FF = 12;
const CR = 13;
const COMMA = 44;
const OPEN = 40;
const CLOSE = 41;
const isSpace = (c: number) => c === SPACE || c === TAB || c === LF || c === CR || c === FF;

/**
 * Splits a `srcset` the way browsers do (the HTML "parse a srcset attribute" steps): a URL is a run of
 * non-space characters, so CDN URLs with commas inside survive; malformed candidates are skipped, never
 * thrown on, and the work is linear in the input (pages may be hostile). The `srcset` npm package is
 * regex-based and strict-or-lenient; this tolerant tokenizer is what a collector on untrusted pages needs.
 */
export function parseSrcset(input: string, limit = 64): SrcsetCandidate[] {
  const out: SrcsetCandidate[] = [];
  let i = 0;
  const n = input.length;
  while (i < n && out.length < limit) {
    while (i < n && (isSpace(input.charCodeAt(i)) || input.charCodeAt(i) === COMMA)) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isSpace(input.charCodeAt(i))) i++;
    let url = input.slice(start, i);
    let descriptorText = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      // Descriptors run to the next comma outside parentheses.
      const from = i;
      let depth = 0;
      while (i < n) {
        const c = input.charCodeAt(i);
        if (c === COMMA && depth === 0) break;
        if (c === OPEN) depth++;
        else if (c === CLOSE && depth > 0) depth--;
        i++;
      }
      descriptorText = input.slice(from, i);
      i++;
    }
    if (!url) continue;
    const candidate = describe(url, descriptorText);
    if (candidate) out.push(candidate);
  }
  return out;
}

function describe(url: string, text: string): SrcsetCandidate | undefined {
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
