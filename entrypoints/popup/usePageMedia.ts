import { useEffect, useState } from 'react';
import { parseCollected } from '@/utils/page-media/from-tab';
import type { PageMedia } from '@/utils/page-media/schema';
import type { PageCollection } from './page-collection';
import { t } from '@/utils/i18n';
import { outcomeOf } from '@/utils/settled';
import { errorText } from '@/components/popup/useBackground';

export type PageMediaState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; media: PageMedia; tabId: number };

function toState({ tabId, raw }: PageCollection): PageMediaState {
  if (tabId === undefined) return { status: 'error', message: t('noPageOpen') };
  return { status: 'ready', media: parseCollected(raw), tabId };
}

const failed = (error: unknown): PageMediaState => ({ status: 'error', message: errorText(error) });

/** The state for a collection that has already finished, so the first render can show it. */
function settledState(collection: Promise<PageCollection>): PageMediaState | undefined {
  const outcome = outcomeOf(collection);
  if (!outcome) return undefined;
  if (!outcome.ok) return failed(outcome.error);
  try {
    return toState(outcome.value);
  } catch (error) {
    return failed(error);
  }
}

/** The page's images, from the collection the popup started before React loaded. */
export function usePageMedia(collection: Promise<PageCollection>): PageMediaState {
  const [state, setState] = useState<PageMediaState>(() => {
    const settled = settledState(collection);
    if (settled) performance.mark('pinbridge:media');
    return settled ?? { status: 'loading' };
  });
  const loading = state.status === 'loading';
  useEffect(() => {
    if (!loading) return;
    let live = true;
    collection
      .then(toState)
      .catch(failed)
      .then((next) => {
        performance.mark('pinbridge:media');
        if (live) setState(next);
      });
    return () => {
      live = false;
    };
    // Only while loading: a collection read at the first render is not read (and parsed) again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [collection]);
  return state;
}
