import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { localizeDocument } from '@/utils/i18n';
import type { EarlyRequests } from './early-requests';
import type { PageCollection } from './page-collection';
import { PopupApp } from './PopupApp';

export function mount(root: HTMLElement, collection: Promise<PageCollection>, early: EarlyRequests): void {
  performance.mark('pinbridge:app');
  // Here rather than in the first script: the first i18n call loads the messages (~10 ms in a profile),
  // which would delay the requests that script starts. Before the first render, for screen readers.
  localizeDocument(document, 'popupTitle');
  createRoot(root).render(
    <StrictMode>
      <PopupApp collection={collection} early={early} />
    </StrictMode>,
  );
}
