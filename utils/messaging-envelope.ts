import { browser } from 'wxt/browser';
import type { MessageData, MessageType } from './messaging';

/** Marks our runtime messages apart from anyone else's. */
export const CHANNEL = 'pinbridge';

/**
 * Sends a message from a content script without the protocol's zod schemas (they would triple the
 * script's size); the background checks the data and the sender on arrival anyway.
 */
export function postToBackground<T extends MessageType>(
  send: (message: unknown) => Promise<unknown>,
  type: T,
  data: MessageData<T>,
): Promise<unknown> {
  return send({ channel: CHANNEL, type, data });
}

/**
 * Sends a message from an extension page without checking the answer: for requests made before the
 * protocol's schemas have loaded (the popup's first script). `readReply` in `messaging.ts` checks it.
 */
export function requestUnchecked<T extends MessageType>(type: T, data: MessageData<T>): Promise<unknown> {
  return browser.runtime.sendMessage({ channel: CHANNEL, type, data });
}
