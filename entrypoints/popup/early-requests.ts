import { requestUnchecked } from '@/utils/messaging-envelope';
import { track } from '@/utils/settled';

/**
 * The popup's first questions to the background, asked by its first script while React and the
 * protocol's schemas still load; the app checks the answers (`readReply`) when it needs them.
 */
export interface EarlyRequests {
  session: Promise<unknown>;
  accounts: Promise<unknown>;
}

const early = (promise: Promise<unknown>) => {
  // Whoever uses the answer handles a failure; this only keeps an unused one from being reported.
  promise.catch(() => undefined);
  return track(promise);
};

export function startEarlyRequests(): EarlyRequests {
  return {
    session: early(requestUnchecked('getSession', {})),
    accounts: early(requestUnchecked('getAccounts', {})),
  };
}
