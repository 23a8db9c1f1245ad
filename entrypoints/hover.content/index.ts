import { defineContentScript } from 'wxt/utils/define-content-script';
import { requestUnchecked } from '@/utils/messaging-envelope';
import { pageAllowsHover, showPinButton } from './button';

// Registered by the background only while the "Pin button on images" option is on.
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    if (!pageAllowsHover(document)) return;
    showPinButton(document, ctx.signal, (srcUrl) => requestUnchecked('hoverPin', { srcUrl }));
  },
});
