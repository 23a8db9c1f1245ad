import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { EarlyRequests } from './early-requests';
import type { PageCollection } from './page-collection';
import { PopupApp } from './PopupApp';

export function mount(root: HTMLElement, collection: Promise<PageCollection>, early: EarlyRequests): void {
  performance.mark('pinbridge:app');
  createRoot(root).render(
    <StrictMode>
      <PopupApp collection={collection} early={early} />
    </StrictMode>,
  );
}
