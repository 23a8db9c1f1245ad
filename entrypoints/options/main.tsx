import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { localizeDocument } from '@/utils/i18n';
import { OptionsApp } from './OptionsApp';
import '@/components/theme.css';
import './options.css';

localizeDocument(document, 'optionsTitle');
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

createRoot(root).render(
  <StrictMode>
    <OptionsApp />
  </StrictMode>,
);
