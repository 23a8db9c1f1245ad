import { useEffect, useState } from 'react';
import { parseCollected } from '@/utils/page-media/from-tab';
import type { PageMedia } from '@/utils/page-media/schema';
import type { PageCollection } from './page-collection';
import { t } from '@/utils/i18n';

export type PageMediaState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; media: PageMedia; tabId: number };

function toState({ tabId, raw }: PageCollection): PageMediaState {
  if (tabId === undefined) return { status: 'error', message: t('noPageOpen') };
  return { status: 'ready', media: parseCollected(raw), tabId };
}

/** The page's images, from the collection the popup started before React loaded. */
export function usePageMedia(collection: Promise<PageCollection>): PageMediaState {
  const [state, setState] = useState<PageMediaState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    collection
      .then(toState)
      .catch((error: unknown): PageMediaState => ({
        status: 'error',
        message: error instanceof Error ? error.message : String(error),
      }))
      .then((next) => {
        performance.mark('pinbridge:media');
        if (live) setState(next);
      });
    return () => {
      live = false;
    };
  }, [collection]);
  return state;
}
