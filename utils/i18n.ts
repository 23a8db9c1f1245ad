import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

/** Every message key of the extension: `_locales/en/messages.json` is the source of truth. */
export type MessageKey = keyof typeof en;

/**
 * A user-visible string in the browser's language (`_locales/<lang>`), English as the fallback.
 * Falls back to the key itself only where i18n is unavailable (unit tests without a manifest).
 */
export function t(key: MessageKey, ...substitutions: string[]): string {
  const text = browser.i18n.getMessage(key, substitutions.length ? substitutions : undefined);
  return text || key;
}

/** The extension page's title and language in the browser's language (the HTML carries English). */
export function localizeDocument(doc: Document, titleKey: MessageKey): void {
  doc.title = t(titleKey);
  doc.documentElement.lang = t('htmlLang');
}
