import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { t } from '@/utils/i18n';
import type { PageImage } from '@/utils/page-media/schema';

// What fits the popup and a little more is drawn first; the rest follows a frame later, so a page with
// hundreds of images shows its best ones at once.
const FIRST_TILES = 24;

export function imageName(image: PageImage, index: number): string {
  if (image.alt) return image.alt;
  const file = image.url.startsWith('data:') ? '' : image.url.split(/[?#]/)[0]?.split('/').pop();
  try {
    return file ? decodeURIComponent(file) : t('gridImageN', String(index + 1));
  } catch {
    return file || t('gridImageN', String(index + 1));
  }
}

interface Props {
  images: PageImage[];
  selected: string[];
  onChange: (selected: string[]) => void;
}

/** The page's images, best first; pick one or several (click, shift-click for a range, or Select all). */
export function SelectableImageGrid({ images, selected, onChange }: Props) {
  const anchor = useRef<number | undefined>(undefined);
  const [drawn, setDrawn] = useState(FIRST_TILES);
  useEffect(() => {
    // For `npm run bench`: how long from opening the popup until the grid is on screen.
    performance.mark('pinbridge:grid-shown');
    const frame = requestAnimationFrame(() => setTimeout(() => setDrawn(Number.POSITIVE_INFINITY)));
    return () => cancelAnimationFrame(frame);
  }, []);

  const toggle = (index: number, event: MouseEvent<HTMLInputElement>) => {
    const url = images[index]!.url;
    const on = !selected.includes(url);
    if (event.shiftKey && anchor.current !== undefined) {
      const [from, to] = [Math.min(anchor.current, index), Math.max(anchor.current, index)];
      const range = images.slice(from, to + 1).map((i) => i.url);
      onChange(on ? [...new Set([...selected, ...range])] : selected.filter((u) => !range.includes(u)));
    } else {
      onChange(on ? [...selected, url] : selected.filter((u) => u !== url));
    }
    anchor.current = index;
  };

  const all = selected.length === images.length;
  return (
    <div className="stack">
      <div className="row spread">
        <span>{t('gridSelectedCount', String(selected.length), String(images.length))}</span>
        <button type="button" onClick={() => onChange(all ? [] : images.map((i) => i.url))}>
          {all ? t('gridSelectNone') : t('gridSelectAll')}
        </button>
      </div>
      <ul className="image-grid" aria-label={t('gridLabel')}>
        {images.slice(0, drawn).map((image, index) => (
          <li key={image.url}>
            <label className={selected.includes(image.url) ? 'tile selected' : 'tile'}>
              <input
                type="checkbox"
                checked={selected.includes(image.url)}
                onClick={(e) => toggle(index, e)}
                onChange={() => undefined}
              />
              <img src={image.url} alt={imageName(image, index)} loading="lazy" />
              <span className="size">
                {image.width && image.height
                  ? t('gridSize', String(image.width), String(image.height))
                  : t('gridSizeUnknown')}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
