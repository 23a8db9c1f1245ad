import { ImageGrid } from '@/components/ImageGrid';
import { usePageMedia } from './usePageMedia';

export function PopupApp() {
  const state = usePageMedia();
  return (
    <main className="popup">
      <h1>Pin from this page</h1>
      {state.status === 'loading' && <p role="status">Looking for images…</p>}
      {state.status === 'error' && (
        <p role="alert" className="error">
          {state.message}
        </p>
      )}
      {state.status === 'ready' && state.media.page.nopin && (
        <p role="status">
          This site asks not to pin from this page.
          {state.media.page.nopinMessage && (
            <span className="site-message"> “{state.media.page.nopinMessage}”</span>
          )}
        </p>
      )}
      {state.status === 'ready' && !state.media.page.nopin && state.media.images.length === 0 && (
        <p role="status">No images large enough to pin were found on this page.</p>
      )}
      {state.status === 'ready' && state.media.images.length > 0 && (
        <>
          <p role="status">
            {state.media.images.length} image{state.media.images.length === 1 ? '' : 's'} on “
            {state.media.page.title || state.media.page.url}”
          </p>
          <ImageGrid images={state.media.images} />
        </>
      )}
    </main>
  );
}
