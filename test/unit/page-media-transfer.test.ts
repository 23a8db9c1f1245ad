// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://blog.example/posts/soup"}
import { describe, expect, it } from 'vitest';
import { collectPageMedia } from '@/utils/page-media/collect';
import { PageAccessError, parseCollected } from '@/utils/page-media/from-tab';
import { packPageMedia } from '@/utils/page-media/transfer';

const doc = new DOMParser().parseFromString(
  `<html><head>
    <meta property="og:description" content="A warming soup for cold evenings, with roasted squash and sage.">
    <link rel="canonical" href="https://blog.example/posts/soup">
  </head><body>
    <a href="https://blog.example/recipes/squash"><img src="/img/a.jpg" width="600" height="800" alt="Squash soup"></a>
    <img src="/img/b.jpg" width="700" height="500" title="Sage leaves" data-pin-no-hover>
    <img src="/img/c.jpg" width="640" height="480" data-pin-media="https://cdn.example/c-large.jpg">
    <img src="data:image/png;base64,${'A'.repeat(2000)}" width="300" height="300">
    ${Array.from({ length: 40 }, (_, i) => `<img src="/img/g${i}.jpg" width="400" height="${300 + i}">`).join('')}
  </body></html>`,
  'text/html',
);
const media = collectPageMedia(doc);

describe('the collector’s answer in transit', () => {
  it('arrives exactly as collected: every field of every image, and the page', () => {
    expect(media.images.length).toBe(44);
    expect(parseCollected(packPageMedia(media))).toEqual(media);
  });

  it('keeps what differs from the defaults: alt, own description and link, flags', () => {
    const back = parseCollected(packPageMedia(media));
    const byUrl = (url: string) => back.images.find((i) => i.url.endsWith(url))!;
    expect(byUrl('/img/a.jpg')).toMatchObject({
      alt: 'Squash soup',
      link: 'https://blog.example/recipes/squash',
    });
    expect(byUrl('/img/b.jpg')).toMatchObject({ description: 'Sage leaves', noHover: true });
    expect(byUrl('c-large.jpg')).toMatchObject({ hint: true, rank: 1 });
    expect(back.images.find((i) => i.url.startsWith('data:'))).toMatchObject({ upload: true });
  });

  it('is one string, much smaller than the answer as objects', () => {
    const packed = packPageMedia(media);
    expect(typeof packed).toBe('string');
    expect(packed.length).toBeLessThan(JSON.stringify(media).length * 0.75);
  });

  it('refuses a string that is not JSON, and JSON that is not a list of images', () => {
    expect(() => parseCollected('{"page": ')).toThrow(PageAccessError);
    expect(() =>
      parseCollected(JSON.stringify({ page: media.page, images: [{ url: 5 }], omitted: 0 })),
    ).toThrow(PageAccessError);
    expect(() => parseCollected('"just text"')).toThrow(PageAccessError);
  });
});
