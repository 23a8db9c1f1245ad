import { defineContentScript } from 'wxt/utils/define-content-script';
import { collectPageMedia } from '@/utils/page-media/collect';

// Injected on demand (never on every page); the value returned here is what `executeScript` resolves to.
export default defineContentScript({
  registration: 'runtime',
  main() {
    return collectPageMedia(document);
  },
});
