// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectPageMedia } from '@/utils/page-media/collect';

function parse(html: string, url = 'https://blog.example/post'): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // DOMParser documents have no URL of their own; give relative URLs one to resolve against.
  const base = doc.createElement('base');
  base.href = url;
  doc.head.prepend(base);
  return doc;
}

describe('collectPageMedia', () => {
  it('lists images largest first and resolves relative URLs', () => {
    const doc = parse(`<title>Post</title>
      <img src="/a.jpg" width="400" height="300" alt="A">
      <img src="b.jpg" width="800" height="1200" alt="B">`);
    const media = collectPageMedia(doc);
    expect(media.images.map((i) => [i.url, i.alt])).toEqual([
      ['https://blog.example/b.jpg', 'B'],
      ['https://blog.example/a.jpg', 'A'],
    ]);
    expect(media.page.title).toBe('Post');
  });

  it('drops icons, pixels and images with one side under 90 px', () => {
    const doc = parse(`
      <img src="/pixel.gif" width="1" height="1">
      <img src="/icon.png" width="100" height="100">
      <img src="/strip.png" width="600" height="80">
      <img src="/ok.png" width="120" height="90">`);
    expect(collectPageMedia(doc).images.map((i) => i.url)).toEqual(['https://blog.example/ok.png']);
  });

  it('never offers SVG or non-http(s) images', () => {
    const doc = parse(`
      <img src="/logo.svg" width="300" height="300">
      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="300" height="300">
      <img src="ftp://files.example/x.jpg" width="300" height="300">`);
    expect(collectPageMedia(doc).images).toEqual([]);
  });

  it('lists the same URL once', () => {
    const doc = parse(
      `<img src="/a.jpg" width="300" height="300"><img src="/a.jpg" width="300" height="300">`,
    );
    expect(collectPageMedia(doc).images).toHaveLength(1);
  });

  it('returns at most `limit` images, best first, and counts the rest', () => {
    const imgs = Array.from({ length: 5 }, (_, i) => `<img src="/${i}.jpg" width="${200 + i}" height="200">`);
    const media = collectPageMedia(parse(imgs.join('')), { limit: 2 });
    expect(media.images.map((i) => i.url)).toEqual([
      'https://blog.example/4.jpg',
      'https://blog.example/3.jpg',
    ]);
    expect(media.omitted).toBe(3);
  });
});
