import { describe, expect, it } from 'vitest';
import { preloadDynamicImports } from '@/scripts/build/preload-dynamic-imports';

const chunk = (fileName: string, imports: string[] = [], dynamicImports: string[] = []) => ({
  type: 'chunk' as const,
  fileName,
  imports,
  dynamicImports,
});

function tagsFor(entry: ReturnType<typeof chunk>, bundle: Record<string, ReturnType<typeof chunk>>) {
  const hook = preloadDynamicImports().transformIndexHtml as unknown as {
    handler: (html: string, ctx: unknown) => Array<{ attrs: { href: string } }>;
  };
  return hook.handler('', { chunk: entry, bundle }).map((tag) => tag.attrs.href);
}

describe('preloadDynamicImports', () => {
  it('preloads what the entry imports dynamically, with its imports, once each', () => {
    const entry = chunk('chunks/popup.js', ['chunks/shared.js'], ['chunks/mount.js']);
    const bundle = {
      'chunks/popup.js': entry,
      'chunks/shared.js': chunk('chunks/shared.js'),
      'chunks/mount.js': chunk('chunks/mount.js', ['chunks/app.js', 'chunks/shared.js']),
      'chunks/app.js': chunk('chunks/app.js', ['chunks/mount.js']),
    };
    expect(tagsFor(entry, bundle)).toEqual(['/chunks/mount.js', '/chunks/app.js']);
  });

  it('adds nothing to a page without dynamic imports', () => {
    const entry = chunk('chunks/options.js', ['chunks/shared.js']);
    expect(
      tagsFor(entry, { 'chunks/options.js': entry, 'chunks/shared.js': chunk('chunks/shared.js') }),
    ).toEqual([]);
  });
});
