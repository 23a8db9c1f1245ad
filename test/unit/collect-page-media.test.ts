// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://blog.example/posts/soup"}
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { collectPageMedia } from '@/utils/page-media/collect';
import { pageMediaSchema } from '@/utils/page-media/schema';

const PAGE = 'https://blog.example/posts/soup';
const page = (body: string, head = '') =>
  new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
const collect = (body: string, head = '') => collectPageMedia(page(body, head));
const urls = (body: string, head = '') => collect(body, head).images.map((i) => i.url);
const big = (name: string, w = 600, h = 800, extra = '') =>
  `<img src="/img/${name}" width="${w}" height="${h}" ${extra}>`;

describe('finding images', () => {
  it('takes the largest srcset candidate by w descriptor, not the displayed src', () => {
    const found = collect(
      `<img src="/s.jpg" width="300" height="200" srcset="/s.jpg 300w, /m.jpg 768w, /l.jpg 1600w">`,
    );
    expect(found.images[0]).toMatchObject({
      url: 'https://blog.example/l.jpg',
      width: 1600,
      height: 1067,
      source: 'srcset',
    });
  });

  it('scales x descriptors from the laid-out width', () => {
    const found = collect(`<img src="/a.jpg" width="400" height="300" srcset="/a.jpg 1x, /a-2x.jpg 2x">`);
    expect(found.images[0]).toMatchObject({ url: 'https://blog.example/a-2x.jpg', width: 800, height: 600 });
  });

  it('keeps commas inside CDN URLs in srcset', () => {
    const found = urls(`<img src="/t.jpg" width="300" height="300"
      srcset="https://cdn.example/image/upload/w_400,h_400,c_fill/p.jpg 400w, https://cdn.example/image/upload/w_1200,h_1200,c_fill/p.jpg 1200w">`);
    expect(found).toEqual(['https://cdn.example/image/upload/w_1200,h_1200,c_fill/p.jpg']);
  });

  it('reads <picture><source srcset> candidates', () => {
    const found = collect(`<picture>
      <source type="image/webp" srcset="/p-800.webp 800w, /p-1600.webp 1600w">
      <img src="/p-400.jpg" width="400" height="500"></picture>`);
    expect(found.images[0]).toMatchObject({ url: 'https://blog.example/p-1600.webp', source: 'picture' });
  });

  it.each([['data-src'], ['data-lazy-src'], ['data-original'], ['data-lazy']])(
    'uses the lazy %s instead of a placeholder src',
    (attr) => {
      const found = collect(
        `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" ${attr}="/real.jpg" width="600" height="400">`,
      );
      expect(found.images.map((i) => [i.url, i.source])).toEqual([['https://blog.example/real.jpg', 'lazy']]);
    },
  );

  it('uses data-srcset on lazy images', () => {
    const found = urls(
      `<img src="/blank.gif" data-srcset="/a-400.jpg 400w, /a-1200.jpg 1200w" width="400" height="300">`,
    );
    expect(found).toEqual(['https://blog.example/a-1200.jpg']);
  });

  it('finds images that exist only inside <noscript>', () => {
    const found = collect(`<noscript><img src="/only-here.jpg" width="700" height="900"></noscript>`);
    expect(found.images.map((i) => [i.url, i.source])).toEqual([
      ['https://blog.example/only-here.jpg', 'noscript'],
    ]);
  });

  it('finds inline and stylesheet background images, resolving against the stylesheet', () => {
    // A document with a window, so that <style> becomes a stylesheet; jsdom has no layout to measure.
    const { document } = new JSDOM(
      `<head><style>.banner-photo { background: #fff url("/css-bg.jpg") no-repeat; } .card::before { background-image: url(/pseudo.jpg) }</style></head>
       <body><div style="background-image: url('/hero.jpg')"></div><section class="banner-photo"></section><div class="card"></div></body>`,
      { url: PAGE },
    ).window;
    const found = collectPageMedia(document, { layout: false });
    expect(found.images.map((i) => [i.url, i.source]).sort()).toEqual([
      ['https://blog.example/css-bg.jpg', 'background'],
      ['https://blog.example/hero.jpg', 'background'],
    ]);
  });

  it('finds og:image, twitter:image, link rel=image_src and video posters', () => {
    const found = collect(
      `<video poster="/poster.jpg" width="640" height="360"></video>`,
      `<meta property="og:image" content="/og.jpg"><meta name="twitter:image" content="https://img.example/tw.jpg"><link rel="image_src" href="/src.jpg">`,
    );
    expect(found.images.map((i) => [i.url, i.source])).toEqual([
      ['https://blog.example/poster.jpg', 'poster'],
      ['https://blog.example/og.jpg', 'meta'],
      ['https://img.example/tw.jpg', 'meta'],
      ['https://blog.example/src.jpg', 'meta'],
    ]);
  });

  it('looks inside open shadow roots', () => {
    const doc = page('<product-card></product-card>');
    const shadow = doc.querySelector('product-card')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = big('shadow.jpg');
    expect(collectPageMedia(doc).images.map((i) => [i.url, i.source])).toEqual([
      ['https://blog.example/img/shadow.jpg', 'shadow'],
    ]);
  });

  it('resolves relative URLs against <base href>', () => {
    expect(
      urls(big('x.jpg').replace('/img/x.jpg', 'photos/x.jpg'), '<base href="https://static.example/site/">'),
    ).toEqual(['https://static.example/site/photos/x.jpg']);
  });
});

describe('site-owner rules', () => {
  it.each([
    ['nopin'],
    ['nopin="nopin"'],
    ['data-pin-nopin'],
    ['data-pin-nopin=""'],
    ['data-pin-nopin="true"'],
  ])('never offers an image marked %s, whatever the attribute value', (attr) => {
    expect(urls(`${big('private.jpg', 600, 800, attr)}${big('public.jpg')}`)).toEqual([
      'https://blog.example/img/public.jpg',
    ]);
  });

  it('does not offer a nopin image through another source either (og:image)', () => {
    expect(
      urls(
        big('private.jpg', 600, 800, 'data-pin-nopin'),
        '<meta property="og:image" content="/img/private.jpg">',
      ),
    ).toEqual([]);
  });

  it('page-level nopin returns no images and the site message', () => {
    const found = collect(
      big('a.jpg'),
      '<meta name="Pinterest" content="NOPIN" description="Please do not pin our recipes.">',
    );
    expect(found.images).toEqual([]);
    expect(found.page).toMatchObject({ nopin: true, nopinMessage: 'Please do not pin our recipes.' });
  });

  it('page-level nohover marks every image noHover but keeps them pinnable', () => {
    const found = collect(big('a.jpg'), '<meta name="pinterest" content="nohover">');
    expect(found.page.nohover).toBe(true);
    expect(found.images[0]).toMatchObject({ noHover: true });
  });

  it.each([['data-pin-no-hover'], ['data-pin-nohover']])('%s: no hover button, still pinnable', (attr) => {
    expect(collect(big('a.jpg', 600, 800, `${attr}="true"`)).images[0]).toMatchObject({ noHover: true });
  });

  it('reports <body data-pin-hover="true"> (the site runs its own Pin buttons)', () => {
    const doc = page(big('a.jpg'));
    doc.body.setAttribute('data-pin-hover', 'true');
    expect(collectPageMedia(doc).page.siteHoverButtons).toBe(true);
  });

  it('data-pin-media replaces the displayed image, and ranks first', () => {
    const found = collect(
      `${big('huge.jpg', 2000, 2000)}${big('thumb.jpg', 300, 300, 'data-pin-media="https://cdn.example/hires.jpg"')}`,
    );
    expect(found.images.map((i) => [i.url, i.hint])).toEqual([
      ['https://cdn.example/hires.jpg', true],
      ['https://blog.example/img/huge.jpg', false],
    ]);
  });

  it('pin:media ranks first even when it is not on the page', () => {
    expect(
      urls(big('a.jpg', 2000, 2000), '<meta property="pin:media" content="https://cdn.example/best.jpg">')[0],
    ).toBe('https://cdn.example/best.jpg');
  });

  it('description: data-pin-description, then title, then pin:description / og:description, then page title', () => {
    const head = '<title>Soup post</title><meta property="og:description" content="OG text">';
    const found = collect(
      `${big('a.jpg', 900, 900, 'data-pin-description="Pin text" title="Title text"')}${big('b.jpg', 800, 800, 'title="Title text"')}${big('c.jpg', 700, 700)}`,
      head,
    );
    expect(found.images.map((i) => i.description)).toEqual(['Pin text', 'Title text', 'OG text']);
    expect(collect(big('c.jpg'), '<title>Soup post</title>').images[0]!.description).toBe('Soup post');
    expect(
      collect(
        big('c.jpg'),
        '<meta property="pin:description" content="Pin meta"><meta property="og:description" content="OG">',
      ).images[0]!.description,
    ).toBe('Pin meta');
  });

  it('link: data-pin-url, then a same-site parent link that is not an image, then pin:url, canonical, og:url, page', () => {
    const found = collect(
      `
      ${big('a.jpg', 900, 900, 'data-pin-url="https://blog.example/recipe"')}
      <a href="/gallery/2">${big('b.jpg', 800, 800)}</a>
      <a href="/img/c-full.jpg">${big('c.jpg', 700, 700)}</a>
      <a href="https://elsewhere.example/">${big('d.jpg', 600, 600)}</a>`,
      '<link rel="canonical" href="https://blog.example/canonical">',
    );
    expect(found.images.map((i) => i.link)).toEqual([
      'https://blog.example/recipe',
      'https://blog.example/gallery/2',
      'https://blog.example/canonical',
      'https://blog.example/canonical',
    ]);
    expect(collect(big('a.jpg')).images[0]!.link).toBe(PAGE);
    expect(
      collect(big('a.jpg'), '<meta property="og:url" content="https://blog.example/og">').images[0]!.link,
    ).toBe('https://blog.example/og');
    expect(
      collect(
        big('a.jpg'),
        '<meta property="pin:url" content="https://blog.example/pin"><link rel="canonical" href="/c">',
      ).images[0]!.link,
    ).toBe('https://blog.example/pin');
  });
});

describe('filtering junk', () => {
  it('drops tiny images: a side under 90 px, or both under 120 px', () => {
    expect(
      urls(
        `${big('pixel.gif', 1, 1)}${big('strip.jpg', 600, 89)}${big('icon.png', 110, 110)}${big('ok.jpg', 120, 90)}`,
      ),
    ).toEqual(['https://blog.example/img/ok.jpg']);
  });

  it('drops banners wider than 3:1, but keeps tall images', () => {
    expect(urls(`${big('banner.jpg', 1200, 300)}${big('tall.jpg', 300, 1500)}`)).toEqual([
      'https://blog.example/img/tall.jpg',
    ]);
  });

  it('drops SVG, javascript: and other non-http(s) URLs', () => {
    expect(
      urls(
        `${big('logo.svg')}<img src="javascript:alert(1)" width="600" height="600"><img src="ftp://x.example/a.jpg" width="600" height="600">`,
      ),
    ).toEqual([]);
  });

  it('never offers spacer and blank placeholders', () => {
    expect(urls(`${big('spacer.gif')}${big('blank.png')}${big('transparent.gif')}`)).toEqual([]);
  });

  it('offers a data: image that is a real picture, to be uploaded', () => {
    const real = `data:image/png;base64,${'A'.repeat(4_000)}`;
    const found = collect(`<img src="${real}" width="500" height="500">`);
    expect(found.images[0]).toMatchObject({ url: real, upload: true });
  });

  it('marks images on private hosts for upload and public ones not', () => {
    const found = collect(
      `<img src="http://192.168.1.20/a.jpg" width="600" height="600"><img src="https://img.example/b.jpg" width="500" height="500">`,
    );
    expect(found.images.map((i) => i.upload)).toEqual([true, false]);
  });
});

describe('deduplication and ranking', () => {
  it('treats one picture in several sizes as one image and keeps the largest', () => {
    const found = collect(`
      <img src="/wp/photo-300x200.jpg" width="300" height="200">
      <img src="/wp/photo-1024x683.jpg" width="1024" height="683">
      <img src="/wp/photo.jpg?w=640" width="640" height="427">`);
    expect(found.images.map((i) => i.url)).toEqual(['https://blog.example/wp/photo-1024x683.jpg']);
  });

  it('ranks by area, tall images capped at 1:3, then page order', () => {
    const found = urls(
      `${big('small.jpg', 300, 300)}${big('infographic.jpg', 300, 3000)}${big('wide.jpg', 900, 600)}${big('same.jpg', 300, 300)}`,
    );
    expect(found).toEqual([
      'https://blog.example/img/wide.jpg',
      'https://blog.example/img/infographic.jpg',
      'https://blog.example/img/small.jpg',
      'https://blog.example/img/same.jpg',
    ]);
  });

  it('caps the list, best first, and counts the rest', () => {
    const found = collectPageMedia(
      page(Array.from({ length: 12 }, (_, i) => big(`${i}.jpg`, 300 + i, 300)).join('')),
      { limit: 5 },
    );
    expect(found.images.map((i) => i.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(found.images[0]!.url).toBe('https://blog.example/img/11.jpg');
    expect(found.omitted).toBe(7);
  });
});

describe('hostile pages', () => {
  it('survives a page that shadows the document’s query methods', () => {
    const { document } = new JSDOM(
      `<head><style>.bg{background-image:url(/bg.jpg)}</style></head><body>${big('a.jpg')}<div class="bg"></div></body>`,
      { url: PAGE },
    ).window;
    const hostile = () => {
      throw new Error('hostile');
    };
    for (const name of ['querySelectorAll', 'querySelector', 'createTreeWalker', 'getElementsByTagName']) {
      Object.defineProperty(document, name, { value: hostile });
    }
    const found = collectPageMedia(document, { layout: false });
    expect(found.images.map((i) => i.url).sort()).toEqual([
      'https://blog.example/bg.jpg',
      'https://blog.example/img/a.jpg',
    ]);
  });

  it('skips malformed srcset candidates and keeps the good ones', () => {
    expect(
      urls(
        `<img src="/a.jpg" width="300" height="300" srcset=",,, /x.jpg 0w, /y.jpg -3x, /z.jpg foo, /ok.jpg 900w, ,">`,
      ),
    ).toEqual(['https://blog.example/ok.jpg']);
  });

  it('drops javascript: URLs in every attribute and enormous data: URLs', () => {
    const huge = `data:image/png;base64,${'A'.repeat(3_000_000)}`;
    expect(
      urls(
        `<img src="javascript:void(0)" data-src="javascript:alert(1)" srcset="javascript:x 900w" width="600" height="600"><img src="${huge}" width="900" height="900">`,
      ),
    ).toEqual([]);
  });

  it('copes with 50,000 elements and 20,000 images, returning a capped, valid result', () => {
    const imgs = Array.from(
      { length: 20_000 },
      (_, i) => `<img src="/i/${i}.jpg" width="${200 + (i % 50)}" height="300">`,
    ).join('');
    const filler = '<span></span>'.repeat(30_000);
    const found = collectPageMedia(page(imgs + filler));
    expect(found.images).toHaveLength(500);
    expect(found.omitted).toBe(19_500);
    expect(pageMediaSchema.safeParse(found).success).toBe(true);
  });

  it('treats page text as data: titles and alt with markup come back as plain strings', () => {
    const found = collect(
      `<img src="/a.jpg" width="600" height="600" alt="<img src=x onerror=alert(1)>">`,
      '<title><script>x</script></title>',
    );
    expect(found.images[0]!.alt).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('page information', () => {
  it('reads title, site name, pin:title and the page link', () => {
    const found = collect(
      big('a.jpg'),
      '<title> Soup  post </title><meta property="og:site_name" content="Soup Blog"><meta property="pin:title" content="Best soup">',
    );
    expect(found.page).toMatchObject({
      url: PAGE,
      title: 'Soup post',
      siteName: 'Soup Blog',
      pinTitle: 'Best soup',
      link: PAGE,
      nopin: false,
    });
  });

  it('takes the text the user selected as the description, and nothing when nothing is selected', () => {
    document.body.innerHTML = `<p id="quote">Roasted squash soup with sage</p>${big('a.jpg')}`;
    expect(collectPageMedia(document).page.selection).toBe('');

    const range = document.createRange();
    range.selectNodeContents(document.getElementById('quote')!);
    document.getSelection()!.addRange(range);
    const found = collectPageMedia(document);
    expect(found.page.selection).toBe('Roasted squash soup with sage');
    expect(found.images[0]!.description).toBe('Roasted squash soup with sage');
    document.getSelection()!.removeAllRanges();
  });
});
