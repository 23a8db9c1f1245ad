import type { IncomingHttpHeaders } from 'node:http';
import type { Principal } from './auth';
import type { Reply } from './respond';
import type { Store } from './state';

export interface Ctx {
  store: Store;
  /** The stand-in's own origin, for URLs it hands out. */
  origin: string;
  method: string;
  url: URL;
  params: string[];
  headers: IncomingHttpHeaders;
  raw: Buffer;
  /** The parsed JSON body, or `undefined`. */
  body: unknown;
  principal: Principal;
}

export type Scope = 'none' | 'read' | 'write' | 'destructive';

export interface Route {
  method: string;
  pattern: RegExp;
  /** `none`: public; otherwise the scope an API key needs. */
  scope: Scope;
  handler: (ctx: Ctx) => Reply | Promise<Reply>;
}

export function route(method: string, path: string, scope: Scope, handler: Route['handler']): Route {
  // `{name}` segments become capture groups.
  const pattern = new RegExp(`^${path.replace(/\{[^}]+\}/g, '([^/]+)')}$`);
  return { method, pattern, scope, handler };
}
