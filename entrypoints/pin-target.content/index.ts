import { defineContentScript } from 'wxt/utils/define-content-script';
import { findPinTarget } from '@/utils/page-media/target';
import { PIN_TARGET_REQUEST_KEY, readPinTargetRequest } from '@/utils/page-media/target-request';

// Injected on demand right after a tiny function that leaves the request in this (isolated) world's
// globals: `executeScript` cannot pass arguments to a file. The page itself cannot see that global.
export default defineContentScript({
  registration: 'runtime',
  main() {
    const request = readPinTargetRequest((globalThis as Record<string, unknown>)[PIN_TARGET_REQUEST_KEY]);
    return findPinTarget(document, request);
  },
});
