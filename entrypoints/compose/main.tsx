import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import '../popup/popup.css';
import { localizeDocument } from '@/utils/i18n';
import { ComposeApp } from './ComposeApp';

localizeDocument(document, 'composeTitle');
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

// Esc closes the window, as it would close the toolbar popup.
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !event.defaultPrevented) window.close();
});

createRoot(root).render(
  <StrictMode>
    <ComposeApp targetId={new URLSearchParams(location.search).get('target') ?? ''} />
  </StrictMode>,
);
