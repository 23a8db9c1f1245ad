import '@/components/theme.css';
import './popup.css';
import { startEarlyRequests } from './early-requests';
import { startPageCollection } from './page-collection';
import { track } from '@/utils/settled';

// The page is read first, and the session and accounts asked for, while the rest of the popup (React,
// the schemas) is still loading: this small entry chunk runs as soon as the document is parsed, the app
// chunk arrives in parallel.
performance.mark('pinbridge:script');
const collection = track(startPageCollection());
const early = startEarlyRequests();
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
void import('./mount').then(({ mount }) => mount(root, collection, early));
