import { defineContentScript } from 'wxt/utils/define-content-script';
import { collectPageMedia } from '@/utils/page-media/collect';
import { packPageMedia } from '@/utils/page-media/transfer';

// Injected on demand (never on every page); the value returned here is what `executeScript` resolves to:
// one JSON string, which reaches the popup much faster than the same answer as objects (transfer.ts).
export default defineContentScript({
  registration: 'runtime',
  main() {
    return packPageMedia(collectPageMedia(document));
  },
});
