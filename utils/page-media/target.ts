import { CandidateCollector, isNopin } from './candidates';
import { collectPageMedia, describe, isOffered } from './collect';
import { pristine } from './dom';
import { readPageHints } from './page-info';
import type { PageImage } from './schema';
import type { PinTarget, PinTargetRequest, VideoTarget } from './target-schema';
import { resolveUrl } from './urls';

const STREAM_FILE = /\.(?:m3u8|mpd)(?:[?#]|$)/i;
const STREAM_TYPE = /mpegurl|dash\+xml/i;
const MAX_SHADOW_ROOTS = 200;

/** Every element named `tag` in the document and its open shadow roots (where a clicked image may live). */
function elementsIn<K extends 'img' | 'video'>(
  doc: Document,
  tag: K,
): Array<[HTMLElementTagNameMap[K], boolean]> {
  const found: Array<[HTMLElementTagNameMap[K], boolean]> = [];
  const direct = pristine(doc).byTag(tag);
  for (let i = 0; i < direct.length; i++) found.push([direct[i]!, false]);
  const walker = pristine(doc).createTreeWalker(doc, 1);
  let roots = 0;
  for (let node = walker.nextNode(); node && roots < MAX_SHADOW_ROOTS; node = walker.nextNode()) {
    const shadow = (node as Element).shadowRoot;
    if (!shadow) continue;
    roots++;
    const inner = shadow.querySelectorAll(tag);
    for (let i = 0; i < inner.length; i++) found.push([inner[i] as HTMLElementTagNameMap[K], true]);
  }
  return found;
}

function imageMatches(img: HTMLImageElement, src: string): boolean {
  if (img.currentSrc === src || img.src === src) return true;
  const base = img.ownerDocument.baseURI;
  return ['data-src', 'data-lazy-src', 'data-original', 'data-pin-media'].some(
    (attr) => resolveUrl(img.getAttribute(attr), base) === src,
  );
}

function videoSource(
  video: HTMLVideoElement,
  src: string | undefined,
): { url: string; type: string } | undefined {
  const base = video.ownerDocument.baseURI;
  const own = video.currentSrc || resolveUrl(video.getAttribute('src'), base);
  const sources = Array.from(video.querySelectorAll('source'), (s) => ({
    url: resolveUrl(s.getAttribute('src'), base) ?? '',
    type: s.getAttribute('type') ?? '',
  })).filter((s) => s.url);
  if (own) return { url: own, type: sources.find((s) => s.url === own)?.type ?? '' };
  return sources.find((s) => s.url === src) ?? sources[0];
}

function findVideo(doc: Document, src: string | undefined): { video?: VideoTarget; blocked: boolean } {
  const videos = elementsIn(doc, 'video');
  const match =
    videos.find(([v]) => src !== undefined && (v.currentSrc === src || v.src === src)) ??
    videos.find(([v]) => Array.from(v.querySelectorAll('source')).some((s) => s.src === src)) ??
    (videos.length === 1 ? videos[0] : undefined);
  if (!match) return { blocked: false };
  const [element] = match;
  if (isNopin(element)) return { blocked: true };
  const source = videoSource(element, src);
  const url = source?.url ?? src ?? '';
  return {
    blocked: false,
    video: {
      url,
      streaming: /^blob:/i.test(url) || STREAM_FILE.test(url) || STREAM_TYPE.test(source?.type ?? ''),
      poster: resolveUrl(element.getAttribute('poster'), doc.baseURI) ?? null,
      width: element.videoWidth || Number(element.getAttribute('width')) || 0,
      height: element.videoHeight || Number(element.getAttribute('height')) || 0,
    },
  };
}

/**
 * The image (or video) the user pointed at, with the site's hints for that element and the page's
 * fallbacks, or `blocked` when the site said `nopin`. Pure over `doc`, like `collectPageMedia`.
 */
export function findPinTarget(doc: Document, request: PinTargetRequest): PinTarget {
  const hints = readPageHints(doc);
  const page = hints.info;
  const result: PinTarget = { page, image: null, video: null, blocked: false, blockedMessage: null };
  if (page.nopin) return { ...result, blocked: true, blockedMessage: page.nopinMessage };

  if (request.kind === 'page') {
    const { images } = collectPageMedia(doc);
    const image = images.find((i) => i.hint) ?? images.find((i) => i.source === 'meta') ?? images[0];
    return { ...result, image: image ?? null };
  }
  if (request.kind === 'video') {
    const { video, blocked } = findVideo(doc, request.srcUrl);
    return blocked ? { ...result, blocked } : { ...result, video: video ?? null };
  }

  const src = request.srcUrl;
  if (!src) return result;
  const match = elementsIn(doc, 'img').find(([img]) => imageMatches(img, src));
  if (match && isNopin(match[0])) return { ...result, blocked: true };
  const collector = new CandidateCollector(doc.URL);
  const candidate = match ? collector.fromImage(match[0], match[1]) : undefined;
  let image: PageImage | null = null;
  if (candidate && isOffered(candidate)) image = describe(candidate, hints, 1);
  else if (!match) {
    // A CSS background or canvas the menu still reports: pin the URL as it is, with the page's texts.
    collector.add({
      url: src,
      width: 0,
      height: 0,
      source: 'background',
      hint: false,
      alt: '',
      titleAttr: '',
      pinDescription: '',
      pinUrl: '',
      parentLink: '',
      noHover: false,
    });
    const [only] = collector.candidates;
    if (only && isOffered(only)) image = describe(only, hints, 1);
  }
  return { ...result, image };
}
