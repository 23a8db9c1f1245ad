/**
 * A synthetic page of `count` images in the mix real pages have: plain images, srcset, <picture>, lazy
 * images behind placeholders, inline backgrounds, plus twice as many non-image elements.
 */
export function syntheticPage(count: number): string {
  const cdn = 'https://cdn.bench.test';
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const w = 200 + (i % 37) * 20;
    const h = 150 + (i % 23) * 25;
    switch (i % 10) {
      case 0:
      case 1:
      case 2:
      case 3:
        parts.push(`<img src="${cdn}/p/${i}.jpg" width="${w}" height="${h}" alt="Photo ${i}">`);
        break;
      case 4:
      case 5:
        parts.push(
          `<img src="${cdn}/s/${i}-400.jpg" srcset="${cdn}/s/${i}-400.jpg 400w, ${cdn}/s/w_800,q_80/${i}.jpg 800w, ${cdn}/s/${i}-1600.jpg 1600w" width="${w}" height="${h}">`,
        );
        break;
      case 6:
        parts.push(
          `<picture><source srcset="${cdn}/pic/${i}.webp 1200w" type="image/webp"><img src="${cdn}/pic/${i}.jpg" width="${w}" height="${h}"></picture>`,
        );
        break;
      case 7:
      case 8:
        parts.push(
          `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="${cdn}/l/${i}.jpg" width="${w}" height="${h}">`,
        );
        break;
      default:
        parts.push(
          `<div style="width:${w}px;height:${h}px;background-image:url('${cdn}/bg/${i}.jpg')"></div>`,
        );
    }
    parts.push('<p><span>caption</span></p>');
  }
  return `<!doctype html><html><head><title>Synthetic ${count}</title></head><body>${parts.join('\n')}</body></html>`;
}
