import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const LOCALES = join(__dirname, '../../public/_locales');
const load = (locale: string) =>
  JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8')) as Record<string, Message>;
const en = load('en');
const others = readdirSync(LOCALES).filter((l) => l !== 'en');

describe('locales', () => {
  it('has at least one locale besides English', () => {
    expect(others).toContain('de');
  });

  it.each(others)('%s has every English key, and no key English lacks', (locale) => {
    const messages = load(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(['en', ...others])(
    '%s uses every placeholder it declares, and declares every one it uses',
    (locale) => {
      for (const [key, entry] of Object.entries(load(locale))) {
        const used = [...entry.message.matchAll(/\$([A-Z_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
        const declared = Object.keys(entry.placeholders ?? {}).sort();
        expect(used, `${locale}/${key}`).toEqual(declared);
        expect(entry.message.trim(), `${locale}/${key}`).not.toBe('');
      }
    },
  );
});
