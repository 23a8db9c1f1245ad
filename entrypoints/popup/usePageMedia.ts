import { useEffect, useState } from 'react';
import { sendMessage } from '@/utils/messaging';
import type { PageMedia } from '@/utils/page-media/schema';
import { resolveTargetTabId } from '@/utils/target-tab';

export type PageMediaState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; media: PageMedia; tabId: number };

/** Asks the background to collect the target tab's images once, when the popup opens. */
export function usePageMedia(): PageMediaState {
  const [state, setState] = useState<PageMediaState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const load = async (): Promise<PageMediaState> => {
      const tabId = await resolveTargetTabId();
      if (tabId === undefined) return { status: 'error', message: 'There is no page open to pin from.' };
      return { status: 'ready', media: await sendMessage('collectPage', { tabId }), tabId };
    };
    load()
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
  }, []);
  return state;
}
