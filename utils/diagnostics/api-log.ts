import type { ApiCall } from '../pinbridge';
import { apiCallsItem, consoleLoggingItem } from '../storage';

const KEEP = 100;

/**
 * Records every API call for the diagnostics panel, one write at a time so that calls finishing
 * together are all kept, and logs it to the console when structured logging is on.
 */
export function createApiLog() {
  let queue = Promise.resolve();
  return (call: ApiCall): void => {
    queue = queue
      .then(async () => {
        await apiCallsItem.setValue([...(await apiCallsItem.getValue()), call].slice(-KEEP));
        if (await consoleLoggingItem.getValue())
          console.info('[pinbridge]', JSON.stringify({ event: 'api-call', ...call }));
      })
      .catch(() => undefined);
  };
}

/** The one log of the background: every client records into it. */
export const apiLogger = createApiLog();
