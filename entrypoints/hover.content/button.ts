import { t } from '@/utils/i18n';

const MIN_SIDE = 120;
const OFFSET = 8;
const SCROLL_SETTLE_MS = 150;

const STYLE = `
:host { all: initial; }
button {
  position: fixed; z-index: 2147483647; display: none; margin: 0; padding: 6px 12px;
  font: 600 13px/1.2 system-ui, sans-serif; color: #fff; background: #c8102e;
  border: 0; border-radius: 16px; box-shadow: 0 1px 4px rgb(0 0 0 / 35%); cursor: pointer;
}
button:focus-visible { outline: 2px solid #fff; outline-offset: 2px; }
`;

/** The site's wishes: no hover buttons on `nopin`/`nohover` pages or where it runs Pinterest's own. */
export function pageAllowsHover(doc: Document): boolean {
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    if (meta.getAttribute('name')?.toLowerCase() !== 'pinterest') continue;
    const content = meta.getAttribute('content')?.toLowerCase().trim();
    if (content === 'nopin' || content === 'nohover') return false;
  }
  return doc.body?.getAttribute('data-pin-hover') !== 'true';
}

function wantsButton(el: Element): el is HTMLImageElement {
  if (el.localName !== 'img') return false;
  for (const attr of ['nopin', 'data-pin-nopin', 'data-pin-no-hover', 'data-pin-nohover'])
    if (el.hasAttribute(attr)) return false;
  const box = el.getBoundingClientRect();
  return box.width >= MIN_SIDE && box.height >= MIN_SIDE;
}

/**
 * One Pin button, in a shadow root so page CSS cannot touch it, moved to whichever large image the
 * pointer is over. Pointer moves over anything else return at once; scrolling merely hides the button.
 */
export function showPinButton(doc: Document, signal: AbortSignal, onPin: (srcUrl: string) => unknown): void {
  const host = doc.createElement('pinbridge-pin-button');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = t('hoverButton');
  button.setAttribute('aria-label', t('hoverButtonName'));
  root.append(style, button);
  doc.documentElement.append(host);
  signal.addEventListener('abort', () => host.remove());

  let current: HTMLImageElement | undefined;
  // While the page scrolls, pointer moves are ignored: measuring an image then would force a layout
  // in the middle of the scroll. The button comes back on the first move after scrolling settles.
  let scrollingUntil = 0;
  const hide = () => {
    button.style.display = 'none';
    current = undefined;
  };
  const options = { capture: true, passive: true, signal };
  // `mousemove`, not `mouseover`: after a scroll hid the button, the next move over the same image
  // brings it back. The common case (still over the image it is shown on) returns at once.
  doc.addEventListener(
    'mousemove',
    (event) => {
      if (event.timeStamp < scrollingUntil) return;
      const el = event.target as Element;
      if (el === host || (el === current && button.style.display === 'block')) return;
      if (!wantsButton(el)) return hide();
      current = el;
      const box = el.getBoundingClientRect();
      button.style.top = `${Math.max(0, box.top + OFFSET)}px`;
      button.style.left = `${Math.max(0, box.left + OFFSET)}px`;
      button.style.display = 'block';
    },
    options,
  );
  doc.addEventListener(
    'scroll',
    (event) => {
      scrollingUntil = event.timeStamp + SCROLL_SETTLE_MS;
      if (current) hide();
    },
    options,
  );
  button.addEventListener(
    'click',
    (event) => {
      event.preventDefault();
      event.stopPropagation();
      const src = current?.currentSrc || current?.src;
      if (src) void onPin(src);
      hide();
    },
    { signal },
  );
}
