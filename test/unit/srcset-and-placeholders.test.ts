import { describe, expect, it } from 'vitest';
import { parseSrcset } from '@/utils/page-media/srcset';
import { isPlaceholderUrl } from '@/utils/page-media/urls';

describe('parseSrcset', () => {
  it('reads w and x descriptors, a missing descriptor meaning 1x', () => {
    expect(parseSrcset('a.jpg 400w, b.jpg 1.5x, c.jpg')).toEqual([
      { url: 'a.jpg', width: 400 },
      { url: 'b.jpg', density: 1.5 },
      { url: 'c.jpg', density: 1 },
    ]);
  });

  it('keeps commas inside URLs (CDN transforms, data: URLs)', () => {
    expect(
      parseSrcset(
        'https://cdn.test/w_800,q_80/x.jpg 800w,https://cdn.test/y.jpg 1600w, data:image/png;base64,AA== 2x',
      ),
    ).toEqual([
      { url: 'https://cdn.test/w_800,q_80/x.jpg', width: 800 },
      { url: 'https://cdn.test/y.jpg', width: 1600 },
      { url: 'data:image/png;base64,AA==', density: 2 },
    ]);
  });

  it('ends a candidate at trailing commas and tolerates any whitespace around it', () => {
    expect(parseSrcset(' ,a.jpg,, \n\tb.jpg\t200w ,\r\n c.jpg  2x  ')).toEqual([
      { url: 'a.jpg', density: 1 },
      { url: 'b.jpg', width: 200 },
      { url: 'c.jpg', density: 2 },
    ]);
  });

  it('skips malformed candidates and keeps the rest', () => {
    expect(
      parseSrcset('a.jpg foo, b.jpg 0w, c.jpg -2x, d.jpg 12.5w, e.jpg (1, 2) 3x, f.jpg 300w, g.jpg 1x 5h'),
    ).toEqual([
      { url: 'f.jpg', width: 300 },
      { url: 'g.jpg', density: 1 },
    ]);
  });

  it('returns nothing for empty or separator-only input', () => {
    expect(parseSrcset('')).toEqual([]);
    expect(parseSrcset(' , ,, ')).toEqual([]);
  });

  it('stops at the limit on hostile input', () => {
    const many = Array.from({ length: 200 }, (_, i) => `i${i}.jpg ${i + 1}w`).join(', ');
    expect(parseSrcset(many)).toHaveLength(64);
    expect(parseSrcset(many, 3).map((c) => c.url)).toEqual(['i0.jpg', 'i1.jpg', 'i2.jpg']);
  });
});

describe('isPlaceholderUrl', () => {
  it.each([
    'https://x.test/img/blank.gif',
    'https://x.test/spacer.png',
    'https://x.test/a/transparent_1x1.gif',
    'https://x.test/assets/lazy-placeholder.png',
    'https://x.test/photo-loading.jpg',
    'https://x.test/Blank.GIF?v=3',
    'https://x.test/img/pixel.webp#top',
    'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
    'data:image/svg+xml,<svg/>',
  ])('treats %s as a placeholder', (url) => {
    expect(isPlaceholderUrl(url)).toBe(true);
  });

  it.each([
    'https://x.test/blanket.jpg',
    'https://x.test/pixel/photo.jpg',
    'https://x.test/photo.jpg?fallback=blank.gif',
    'https://x.test/photo.jpg#blank.gif',
    'https://x.test/emptyhouse.png',
    'https://x.test/lazy/river.jpg',
    `data:image/png;base64,${'A'.repeat(2_000)}`,
  ])('treats %s as a real image', (url) => {
    expect(isPlaceholderUrl(url)).toBe(false);
  });
});
