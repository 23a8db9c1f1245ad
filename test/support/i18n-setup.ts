import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const messages = JSON.parse(
  readFileSync(join(__dirname, '../../public/_locales/en/messages.json'), 'utf8'),
) as Record<string, LocaleMessage>;

/**
 * `browser.i18n.getMessage` as Chrome answers it with the English locale: named placeholders take their
 * `$n` substitution, `$$` is a dollar sign, an unknown key is the empty string. fakeBrowser leaves i18n
 * unimplemented, and tests should read the same words users do.
 */
export function getEnglishMessage(key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) =>
      fill(entry.placeholders?.[name.toLowerCase()]?.content ?? ''),
    )
    .replace(/\$\$/g, '$');
}

fakeBrowser.i18n.getMessage = getEnglishMessage;
