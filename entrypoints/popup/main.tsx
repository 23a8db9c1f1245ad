import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from './PopupApp';
import '@/components/theme.css';
import './popup.css';

performance.mark('pinbridge:script');
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

createRoot(root).render(
  <StrictMode>
    <PopupApp />
  </StrictMode>,
);
