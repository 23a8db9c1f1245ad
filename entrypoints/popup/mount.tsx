import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { localizeDocument } from '@/utils/i18n';
import { settledWithin } from '@/utils/settled';
import type { EarlyRequests } from './early-requests';
import type { PageCollection } from './page-collection';
import { PopupApp } from './PopupApp';

// How long the first render waits for the page and the session: a page that takes longer to read gets
// the loading view meanwhile.
const WAIT_FOR_ANSWERS_MS = 200;

export async function mount(
  root: HTMLElement,
  collection: Promise<PageCollection>,
  early: EarlyRequests,
): Promise<void> {
  performance.mark('pinbridge:app');
  // Here rather than in the first script: the first i18n call loads the messages (~10 ms in a profile),
  // which would delay the requests that script starts. Before the first render, for screen readers.
  localizeDocument(document, 'popupTitle');
  // With the answers in, the first render is the finished view; otherwise React renders "loading", then
  // once per answer, each time with its effects (tens of milliseconds per round on a 500-image page).
  await settledWithin([collection, early.session, early.accounts], WAIT_FOR_ANSWERS_MS);
  createRoot(root).render(
    <StrictMode>
      <PopupApp collection={collection} early={early} />
    </StrictMode>,
  );
}
