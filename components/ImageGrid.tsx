import type { PageImage } from '@/utils/page-media/schema';

function fallbackName(url: string, index: number): string {
  const file = url.split(/[?#]/)[0]?.split('/').pop();
  return file ? decodeURIComponent(file) : `Image ${index + 1}`;
}

/** The page's images, best first. Page text is untrusted: it is only ever rendered as text. */
export function ImageGrid({ images }: { images: PageImage[] }) {
  return (
    <ul className="image-grid" aria-label="Page images">
      {images.map((image, index) => (
        <li key={image.url}>
          <figure>
            <img src={image.url} alt={image.alt || fallbackName(image.url, index)} loading="lazy" />
            <figcaption>
              {image.width && image.height ? `${image.width} × ${image.height}` : 'size unknown'}
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}
