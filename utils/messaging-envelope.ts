import { browser } from 'wxt/browser';
import type { MessageData, MessageType } from './messaging';

/** Marks our runtime messages apart from anyone else's. */
export const CHANNEL = 'pinbridge';

/**
 * Sends a message without the protocol's zod schemas: from content scripts (the schemas would triple
 * their size) and from the popup's first script (they have not loaded yet). The background checks the
 * data and the sender on arrival anyway; `readReply` in `messaging.ts` checks an answer that matters.
 */
export function requestUnchecked<T extends MessageType>(type: T, data: MessageData<T>): Promise<unknown> {
  return browser.runtime.sendMessage({ channel: CHANNEL, type, data });
}
