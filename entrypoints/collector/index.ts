import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { collectPageMedia } from '@/utils/page-media/collect';
import { packPageMedia } from '@/utils/page-media/transfer';

// Injected on demand (never on every page) by `executeScript`, which resolves to the value returned here:
// one JSON string, which reaches the popup much faster than the same answer as objects (transfer.ts).
// An unlisted script rather than a content script: WXT's content-script wrapper brings the browser API
// polyfill and a context that announces itself to the page with `postMessage`, none of which a script
// that only reads the page and returns needs, and all of which ran again on every popup open.
export default defineUnlistedScript(() => packPageMedia(collectPageMedia(document)));
