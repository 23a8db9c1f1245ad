import type { ImageSource } from './schema';
import { pristine } from './dom';
import { clip } from './page-info';
import { parseSrcset } from './srcset';
import { imageIdentity, isPlaceholderUrl, resolveUrl } from './urls';

/** One image the page offers, before filtering, deduplication and ranking. */
export interface Candidate {
  url: string;
  width: number;
  height: number;
  source: ImageSource;
  hint: boolean;
  order: number;
  alt: string;
  titleAttr: string;
  pinDescription: string;
  pinUrl: string;
  parentLink: string;
  noHover: boolean;
}

interface Root {
  node: Node;
  base: string;
  inShadow: boolean;
  /** Whether layout is available (a live document), for visibility and box sizes. */
  layout: boolean;
}

export interface Gathered {
  candidates: Candidate[];
  /** Identities of images the site marked `nopin`: never offered, whatever the source. */
  blocked: Set<string>;
}

const MAX_ELEMENTS = 250_000;
const MAX_ROOTS = 500;
const MAX_RULES = 5_000;
const LAZY_SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy'] as const;
const BG_URL = /url\(\s*(['"]?)(.*?)\1\s*\)/gi;
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|bmp|svg)(?:[?#]|$)/i;

const num = (value: string | null) => {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : 0;
};

export function isNopin(el: Element): boolean {
  // Any value, empty included (Pinterest's own script wrongly requires one).
  return el.hasAttribute('nopin') || el.hasAttribute('data-pin-nopin');
}

function sameSite(a: string, b: string): boolean {
  try {
    const x = new URL(a).hostname.split('.').slice(-2).join('.');
    const y = new URL(b).hostname.split('.').slice(-2).join('.');
    return x === y;
  } catch {
    return false;
  }
}

function parentLink(el: Element, base: string, pageUrl: string): string {
  const anchor = el.closest('a[href]');
  const href = resolveUrl(anchor?.getAttribute('href'), base);
  if (!href || !/^https?:/i.test(href) || IMAGE_FILE.test(href) || !sameSite(href, pageUrl)) return '';
  return href;
}

const area = (width: number, height: number) => width * Math.max(height, 1);

interface Option {
  url: string;
  width: number;
  height: number;
  source: ImageSource;
}

export class CandidateCollector {
  readonly candidates: Candidate[] = [];
  readonly blocked = new Set<string>();
  private order = 0;
  private elements = 0;
  private hasNoscript = false;
  // The same URLs recur (src repeated in srcset, shared placeholders): resolve each once, per base URL.
  private readonly resolved = new Map<string, Map<string, string | undefined>>();

  private resolve(raw: string | null | undefined, base: string): string | undefined {
    if (!raw) return undefined;
    let forBase = this.resolved.get(base);
    if (!forBase) this.resolved.set(base, (forBase = new Map()));
    let url = forBase.get(raw);
    if (url === undefined && !forBase.has(raw)) forBase.set(raw, (url = resolveUrl(raw, base)));
    return url;
  }

  constructor(private readonly pageUrl: string) {}

  /** The one `<img>` the user pointed at (context menu, hover button); `undefined` when it offers nothing. */
  fromImage(img: HTMLImageElement, inShadow: boolean): Candidate | undefined {
    const doc = img.ownerDocument;
    const before = this.candidates.length;
    this.image(img, { node: doc, base: doc.baseURI || doc.URL, inShadow, layout: doc.defaultView != null });
    return this.candidates[before];
  }

  add(partial: Omit<Candidate, 'order'>): void {
    this.candidates.push({ ...partial, order: this.order++ });
  }

  /** `layout`: measure boxes and skip invisible elements (needs a rendered document). */
  walk(doc: Document, layout: boolean): void {
    this.hasNoscript = pristine(doc).byTag('noscript').length > 0;
    const roots: Root[] = [{ node: doc, base: doc.baseURI || doc.URL, inShadow: false, layout }];
    const seen = new Set<Node>();
    for (let r = 0; r < roots.length && r < MAX_ROOTS; r++) {
      const root = roots[r]!;
      if (seen.has(root.node)) continue;
      seen.add(root.node);
      const ownerDoc = root.node.ownerDocument ?? (root.node as Document);
      const walker = pristine(ownerDoc).createTreeWalker(root.node, 1 /* SHOW_ELEMENT */);
      for (let node = walker.nextNode(); node && this.elements < MAX_ELEMENTS; node = walker.nextNode()) {
        this.elements++;
        this.visit(node as Element, root, roots);
      }
      if (root.node.nodeType === 9) this.stylesheetBackgrounds(root.node as Document, root);
    }
  }

  private visit(el: Element, root: Root, roots: Root[]): void {
    const name = el.localName;
    if (name === 'img') this.image(el as HTMLImageElement, root);
    else if (name === 'video') this.poster(el as HTMLVideoElement, root);
    else if (name === 'noscript') this.noscript(el, root);
    else if (name === 'iframe' || name === 'frame') this.frame(el as HTMLIFrameElement, roots, root);
    const style = el.getAttribute('style');
    if (style && style.includes('url(')) this.background(el, style, root);
    const shadow = (el as HTMLElement).shadowRoot;
    if (shadow) roots.push({ node: shadow, base: root.base, inShadow: true, layout: root.layout });
  }

  private frame(frame: HTMLIFrameElement, roots: Root[], root: Root): void {
    if (isNopin(frame)) return;
    let inner: Document | null = null;
    try {
      inner = frame.contentDocument; // null, or a throw, across origins
    } catch {
      return;
    }
    if (inner?.documentElement)
      roots.push({
        node: inner,
        base: inner.baseURI || inner.URL,
        inShadow: root.inShadow,
        layout: root.layout,
      });
  }

  // The option `scanOptions` is choosing, and whether it is blocking instead: fields rather than a
  // callback and option objects, because this runs for every image of the page (no garbage per image).
  private best: Option | undefined;
  private blocking = false;

  private consider(raw: string | null | undefined, base: string, source: ImageSource, w: number, h: number) {
    const url = this.resolve(raw, base);
    if (!url || isPlaceholderUrl(url)) return;
    if (this.blocking) {
      this.blocked.add(imageIdentity(url));
      return;
    }
    const width = Math.round(w);
    const height = Math.round(h);
    // Largest wins; among equals the first (picture and srcset come before src).
    if (!this.best || area(width, height) > area(this.best.width, this.best.height))
      this.best = { url, width, height, source };
  }

  private considerSrcset(
    value: string | null,
    base: string,
    source: ImageSource,
    baseWidth: number,
    ratio: number,
  ): void {
    if (!value) return;
    const candidates = parseSrcset(value);
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      const width = c.width ?? baseWidth * (c.density ?? 1);
      this.consider(c.url, base, source, width, ratio ? width * ratio : 0);
    }
  }

  /**
   * Every URL an `<img>` offers (picture sources, srcset, lazy attributes, src) with the size each
   * implies, in preference order: the largest is returned, or with `block` every one is blocked.
   */
  private scanOptions(img: HTMLImageElement, base: string, block: boolean): Option | undefined {
    this.best = undefined;
    this.blocking = block;
    const attrW = num(img.getAttribute('width'));
    const attrH = num(img.getAttribute('height'));
    const loaded = img.complete && img.naturalWidth > 0;
    const ratio = loaded ? img.naturalHeight / img.naturalWidth : attrW && attrH ? attrH / attrW : 0;
    const baseWidth = attrW || (loaded ? img.naturalWidth : 0);
    const parent = img.parentElement;
    if (parent && parent.localName === 'picture') {
      for (let i = 0; i < parent.children.length; i++) {
        const child = parent.children[i]!;
        if (child.localName !== 'source') continue;
        this.considerSrcset(child.getAttribute('srcset'), base, 'picture', baseWidth, ratio);
        this.considerSrcset(child.getAttribute('data-srcset'), base, 'lazy', baseWidth, ratio);
      }
    }
    this.considerSrcset(img.getAttribute('srcset'), base, 'srcset', baseWidth, ratio);
    this.considerSrcset(img.getAttribute('data-srcset'), base, 'lazy', baseWidth, ratio);
    if (loaded && img.currentSrc)
      this.consider(img.currentSrc, base, 'img', img.naturalWidth, img.naturalHeight);
    this.consider(
      img.getAttribute('src'),
      base,
      'img',
      loaded ? img.naturalWidth : attrW,
      loaded ? img.naturalHeight : attrH,
    );
    for (let i = 0; i < LAZY_SRC_ATTRS.length; i++)
      this.consider(img.getAttribute(LAZY_SRC_ATTRS[i]!), base, 'lazy', attrW, attrH);
    this.blocking = false;
    return this.best;
  }

  private image(img: HTMLImageElement, root: Root, forced?: ImageSource): void {
    const base = root.base;
    if (isNopin(img)) {
      this.scanOptions(img, base, true);
      const media = this.resolve(img.getAttribute('data-pin-media'), base);
      if (media) this.blocked.add(imageIdentity(media));
      return;
    }
    const media = this.resolve(img.getAttribute('data-pin-media'), base);
    let best: Option | undefined;
    if (media) {
      best = { url: media, width: 0, height: 0, source: 'img' };
    } else {
      best = this.scanOptions(img, base, false);
    }
    if (!best) return;
    const inNoscript = forced === 'noscript' || (this.hasNoscript && img.closest('noscript') !== null);
    const source: ImageSource = forced ?? (root.inShadow ? 'shadow' : inNoscript ? 'noscript' : best.source);
    if (media) {
      // The site's high-resolution copy: its size is unknown until loaded; keep the displayed one's.
      const loaded = img.complete && img.naturalWidth > 0;
      best.width = loaded ? img.naturalWidth : num(img.getAttribute('width'));
      best.height = loaded ? img.naturalHeight : num(img.getAttribute('height'));
    }
    this.add({
      url: best.url,
      width: best.width,
      height: best.height,
      source,
      hint: Boolean(media),
      alt: clip(img.getAttribute('alt'), 500),
      titleAttr: clip(img.getAttribute('title'), 800),
      pinDescription: clip(img.getAttribute('data-pin-description'), 800),
      pinUrl: resolveUrl(img.getAttribute('data-pin-url'), base) ?? '',
      parentLink: parentLink(img, base, this.pageUrl),
      noHover: img.hasAttribute('data-pin-no-hover') || img.hasAttribute('data-pin-nohover'),
    });
  }

  private poster(video: HTMLVideoElement, root: Root): void {
    if (isNopin(video)) return;
    const url = resolveUrl(video.getAttribute('poster'), root.base);
    if (!url || isPlaceholderUrl(url)) return;
    this.add({
      url,
      width: num(video.getAttribute('width')) || video.videoWidth || 0,
      height: num(video.getAttribute('height')) || video.videoHeight || 0,
      source: root.inShadow ? 'shadow' : 'poster',
      hint: false,
      alt: clip(video.getAttribute('aria-label') ?? video.getAttribute('title'), 500),
      titleAttr: clip(video.getAttribute('title'), 800),
      pinDescription: '',
      pinUrl: '',
      parentLink: parentLink(video, root.base, this.pageUrl),
      noHover: false,
    });
  }

  /** Lazy-loading sites put the real `<img>` in `<noscript>`; with scripting on, it is only text. */
  private noscript(el: Element, root: Root): void {
    if (el.children.length > 0) return; // parsed as elements: the walker visits them
    const html = el.textContent ?? '';
    if (!html.includes('<img') || html.length > 200_000 || typeof DOMParser === 'undefined') return;
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    const imgs = parsed.getElementsByTagName('img');
    for (let i = 0; i < imgs.length && i < 50; i++) this.image(imgs[i]!, root, 'noscript');
  }

  private visibleBox(el: Element, root: Root): { width: number; height: number } | undefined {
    if (!root.layout) return { width: 0, height: 0 };
    const rect = el.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) return undefined;
    return { width: Math.round(rect.width), height: Math.round(rect.height) };
  }

  private background(el: Element, css: string, root: Root): void {
    if (isNopin(el)) return;
    BG_URL.lastIndex = 0;
    for (let match = BG_URL.exec(css), n = 0; match && n < 4; match = BG_URL.exec(css), n++) {
      const url = resolveUrl(match[2], root.base);
      if (!url || isPlaceholderUrl(url)) continue;
      const box = this.visibleBox(el, root);
      if (!box) return;
      this.add({
        url,
        width: box.width,
        height: box.height,
        source: root.inShadow ? 'shadow' : 'background',
        hint: false,
        alt: clip(el.getAttribute('aria-label') ?? el.getAttribute('title'), 500),
        titleAttr: clip(el.getAttribute('title'), 800),
        pinDescription: clip(el.getAttribute('data-pin-description'), 800),
        pinUrl: resolveUrl(el.getAttribute('data-pin-url'), root.base) ?? '',
        parentLink: parentLink(el, root.base, this.pageUrl),
        noHover: el.hasAttribute('data-pin-no-hover') || el.hasAttribute('data-pin-nohover'),
      });
    }
  }

  /** `background-image` set by stylesheets: read the rules, then find the elements they apply to. */
  private stylesheetBackgrounds(doc: Document, root: Root): void {
    // Each rule with the URL its relative `url()`s resolve against: its stylesheet's, else the page's.
    const rules: Array<{ rule: CSSRule; base: string }> = [];
    const sheets = doc.styleSheets;
    for (let i = 0; i < sheets.length && rules.length < MAX_RULES; i++) {
      const sheet = sheets[i]!;
      try {
        const list = sheet.cssRules; // throws for cross-origin sheets
        for (let j = 0; j < list.length && rules.length < MAX_RULES; j++)
          rules.push({ rule: list[j]!, base: sheet.href ?? root.base });
      } catch {
        // Cross-origin stylesheet: not readable, skip it.
      }
    }
    const { querySelectorAll } = pristine(doc);
    for (let i = 0; i < rules.length; i++) {
      const { rule, base } = rules[i]!;
      const nested = (rule as CSSGroupingRule).cssRules;
      if (nested)
        for (let j = 0; j < nested.length && rules.length < MAX_RULES; j++)
          rules.push({ rule: nested[j]!, base });
      const selector = (rule as CSSStyleRule).selectorText;
      const image = (rule as CSSStyleRule).style?.backgroundImage;
      if (!selector || !image || !image.includes('url(') || selector.includes('::')) continue;
      let matched: NodeListOf<Element>;
      try {
        matched = querySelectorAll(selector);
      } catch {
        continue;
      }
      for (let k = 0; k < matched.length && k < 200; k++) {
        const el = matched[k]!;
        // An inline style wins over the stylesheet, and the walker has read it already.
        if (!el.getAttribute('style')?.includes('url(')) this.background(el, image, { ...root, base });
      }
    }
  }
}
