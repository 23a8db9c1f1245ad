import { z } from 'zod';

// Extension pages and the service worker forbid `eval` (Manifest V3's content security policy), so zod
// cannot compile its fast object parsers there anyway. Left to itself it tries once per context with
// `new Function('')`, and Chrome reports that attempt as a CSP violation (in DevTools and on the
// extension's Errors page) even though zod catches the error. Every schema of the extension is built
// from this `z`, so the setting is in place before the first one.
z.config({ jitless: true });

export { z };
