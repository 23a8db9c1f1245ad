import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the extension's zod", () => {
  // Under the extension's CSP any `Function` construction is reported as a violation, even when caught.
  it('builds and parses schemas without ever constructing a Function', async () => {
    const construct = vi.spyOn(globalThis, 'Function');
    const { pageInfoSchema } = await import('@/utils/page-media/schema');
    const { z } = await import('@/utils/zod');
    const page = {
      url: 'https://example.com/',
      title: 'T',
      pinTitle: 'T',
      description: 'D',
      link: 'https://example.com/',
      siteName: 'example.com',
      selection: '',
      nopin: false,
      nopinMessage: null,
      nohover: false,
      siteHoverButtons: false,
    };
    for (let i = 0; i < 3; i++) expect(pageInfoSchema.parse(page)).toEqual(page);
    expect(z.object({ a: z.string() }).parse({ a: 'x', b: 1 })).toEqual({ a: 'x' });
    expect(construct).not.toHaveBeenCalled();
    expect(z.config().jitless).toBe(true);
  });
});
