import { browser } from 'wxt/browser';
import { hoverButtonItem } from '@/utils/storage';

const SCRIPT_ID = 'pinbridge-hover-button';
// Kept in step with the options page's permission request (components/HoverButtonSetting.tsx).
const HOVER_ORIGINS = ['https://*/*', 'http://*/*'];

/** Registers the hover button's content script on every page while the option is on, and only then. */
async function syncRegistration(): Promise<void> {
  const { enabled } = await hoverButtonItem.getValue();
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (enabled && registered.length === 0) {
    await browser.scripting.registerContentScripts([
      {
        id: SCRIPT_ID,
        js: ['/content-scripts/hover.js'],
        matches: HOVER_ORIGINS,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  } else if (!enabled && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  }
}

export function registerHoverButton(): void {
  hoverButtonItem.watch(() => void syncRegistration().catch(console.warn));
  void syncRegistration().catch(console.warn);
}
