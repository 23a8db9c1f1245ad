// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://blog.example/posts/soup"}
import { describe, expect, it } from 'vitest';
import { findPinTarget } from '@/utils/page-media/target';
import { readPinTargetRequest } from '@/utils/page-media/target-request';
import { pinTargetSchema } from '@/utils/page-media/target-schema';

const page = (body: string, head = '') =>
  new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
const image = (body: string, srcUrl: string, head = '') =>
  findPinTarget(page(body, head), { kind: 'image', srcUrl });

describe('the image the user right-clicked', () => {
  it('takes its largest candidate and that element’s site hints', () => {
    const target = image(
      `<a href="/posts/soup-recipe"><img src="/s.jpg" srcset="/s.jpg 400w, /l.jpg 1600w" width="400" height="300"
        alt="Soup" data-pin-description="Pumpkin soup, step by step" data-pin-url="https://blog.example/recipe"></a>
       <img src="/other.jpg" width="900" height="900">`,
      'https://blog.example/s.jpg',
      '<meta property="og:description" content="A page about soup">',
    );
    expect(pinTargetSchema.safeParse(target).success).toBe(true);
    expect(target.image).toMatchObject({
      url: 'https://blog.example/l.jpg',
      alt: 'Soup',
      description: 'Pumpkin soup, step by step',
      link: 'https://blog.example/recipe',
    });
  });

  it('prefers data-pin-media over what is displayed', () => {
    const target = image(
      `<img src="/thumb.jpg" data-pin-media="/full.jpg" width="300" height="300">`,
      'https://blog.example/thumb.jpg',
    );
    expect(target.image?.url).toBe('https://blog.example/full.jpg');
  });

  it('falls back to the page description when the element has none', () => {
    const target = image(
      `<img src="/a.jpg" width="500" height="500">`,
      'https://blog.example/a.jpg',
      '<meta property="og:description" content="A page about soup">',
    );
    expect(target.image?.description).toBe('A page about soup');
  });

  it('refuses a nopin image, in any of its forms', () => {
    for (const attr of ['nopin', 'nopin=""', 'data-pin-nopin', 'data-pin-nopin="true"']) {
      const target = image(
        `<img src="/a.jpg" width="500" height="500" ${attr}>`,
        'https://blog.example/a.jpg',
      );
      expect(target, attr).toMatchObject({ blocked: true, image: null });
    }
  });

  it('refuses everything on a nopin page and carries the site’s message', () => {
    const target = image(
      `<img src="/a.jpg" width="500" height="500">`,
      'https://blog.example/a.jpg',
      '<meta name="pinterest" content="nopin" description="Licensed photos only">',
    );
    expect(target).toMatchObject({ blocked: true, blockedMessage: 'Licensed photos only', image: null });
  });

  it('finds an image inside an open shadow root', () => {
    const doc = page('<div id="host"></div>');
    const root = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML =
      '<img src="https://blog.example/shadow.jpg" width="640" height="480" alt="In the shadow">';
    const target = findPinTarget(doc, { kind: 'image', srcUrl: 'https://blog.example/shadow.jpg' });
    expect(target.image).toMatchObject({ alt: 'In the shadow', source: 'shadow' });
  });

  it('pins a URL the menu reports but no <img> shows (a CSS background)', () => {
    const target = image('<div style="background:url(/bg.jpg)"></div>', 'https://blog.example/bg.jpg');
    expect(target.image?.url).toBe('https://blog.example/bg.jpg');
  });

  it('offers nothing for a javascript: or SVG source', () => {
    expect(image('', 'javascript:alert(1)').image).toBeNull();
    expect(
      image('<img src="/logo.svg" width="500" height="500">', 'https://blog.example/logo.svg').image,
    ).toBeNull();
  });
});

describe('the page and its videos', () => {
  it('“Pin this page” takes pin:media, else og:image, else the best image', () => {
    const body = '<img src="/big.jpg" width="1200" height="900">';
    expect(
      findPinTarget(page(body, '<meta property="og:image" content="/og.jpg">'), { kind: 'page' }).image?.url,
    ).toBe('https://blog.example/og.jpg');
    expect(
      findPinTarget(
        page(body, '<meta property="og:image" content="/og.jpg"><meta name="pin:media" content="/pin.jpg">'),
        {
          kind: 'page',
        },
      ).image?.url,
    ).toBe('https://blog.example/pin.jpg');
    expect(findPinTarget(page(body), { kind: 'page' }).image?.url).toBe('https://blog.example/big.jpg');
  });

  it('a video with a file source is pinnable, with its poster as the cover', () => {
    const target = findPinTarget(
      page('<video src="/clip.mp4" poster="/cover.jpg" width="640" height="360"></video>'),
      { kind: 'video', srcUrl: 'https://blog.example/clip.mp4' },
    );
    expect(target.video).toMatchObject({
      url: 'https://blog.example/clip.mp4',
      streaming: false,
      poster: 'https://blog.example/cover.jpg',
    });
  });

  it('HLS, DASH and media-source videos are streaming: no file to upload', () => {
    const hls = findPinTarget(page('<video src="/live/index.m3u8"></video>'), {
      kind: 'video',
      srcUrl: 'https://blog.example/live/index.m3u8',
    });
    expect(hls.video?.streaming).toBe(true);
    const dash = findPinTarget(
      page('<video><source src="/v/manifest" type="application/dash+xml"></video>'),
      { kind: 'video', srcUrl: 'https://blog.example/v/manifest' },
    );
    expect(dash.video?.streaming).toBe(true);
    const mse = findPinTarget(page('<video src="blob:https://blog.example/1234"></video>'), {
      kind: 'video',
      srcUrl: 'blob:https://blog.example/1234',
    });
    expect(mse.video?.streaming).toBe(true);
  });

  it('a nopin video is refused', () => {
    const target = findPinTarget(page('<video src="/clip.mp4" data-pin-nopin></video>'), {
      kind: 'video',
      srcUrl: 'https://blog.example/clip.mp4',
    });
    expect(target).toMatchObject({ blocked: true, video: null });
  });
});

describe('the request left for the content script', () => {
  it('is read with plain checks and never trusted beyond its two fields', () => {
    expect(readPinTargetRequest({ kind: 'video', srcUrl: 'https://x/v.mp4', extra: 1 })).toEqual({
      kind: 'video',
      srcUrl: 'https://x/v.mp4',
    });
    expect(readPinTargetRequest('nonsense')).toEqual({ kind: 'image', srcUrl: undefined });
    expect(readPinTargetRequest({ kind: 'page', srcUrl: 42 })).toEqual({ kind: 'page', srcUrl: undefined });
  });
});
