import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const UI_DIRS = ['components', 'entrypoints'];
// Attributes a user reads or hears (assistive technology reads the aria ones).
const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label']);
const WORDS = /[A-Za-z]{2,}/;

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, ext) : ext.test(name) ? [path] : [];
  });
}

/** Words written straight into JSX (text or a spoken attribute), where a `t()` call belongs. */
function literalTexts(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) found.push(node.text.trim());
    if (
      ts.isJsxAttribute(node) &&
      SPOKEN_ATTRIBUTES.has(node.name.getText()) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      WORDS.test(node.initializer.text)
    )
      found.push(`${node.name.getText()}="${node.initializer.text}"`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const messages = Object.keys(
  JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as object,
);
const sources = ['components', 'entrypoints', 'utils', 'wxt.config.ts']
  .flatMap((p) =>
    statSync(join(ROOT, p)).isDirectory() ? filesUnder(join(ROOT, p), /\.tsx?$/) : [join(ROOT, p)],
  )
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');

describe('user-visible text goes through browser.i18n', () => {
  const tsx = UI_DIRS.flatMap((dir) => filesUnder(join(ROOT, dir), /\.tsx$/));

  it('finds the UI files', () => {
    expect(tsx.length).toBeGreaterThan(20);
  });

  it.each(tsx.map((path) => relative(ROOT, path)))('%s writes no words into JSX', (path) => {
    expect(literalTexts(join(ROOT, path))).toEqual([]);
  });

  it('every English message is used somewhere (no dead keys)', () => {
    // Keys are used as string literals (`t('key')`, `__MSG_key__`, or as values of a key table).
    const unused = messages.filter(
      (key) => !sources.includes(`'${key}'`) && !sources.includes(`__MSG_${key}__`),
    );
    expect(unused).toEqual([]);
  });
});
