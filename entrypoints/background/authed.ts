import { PinBridgeError, type PinBridgeClient } from '@/utils/pinbridge';
import type { Services } from './services';

export type Authed = <T>(call: (api: PinBridgeClient) => Promise<T>) => Promise<T>;

/** Runs a call with the signed-in client; a 401 on any call ends the session, as it does in the outbox. */
export function createAuthed(session: Services['session']): Authed {
  return async (call) => {
    const api = await session.client();
    if (!api) throw new Error('You are signed out of PinBridge. Sign in again.');
    try {
      return await call(api);
    } catch (error) {
      if (error instanceof PinBridgeError && error.kind === 'auth') {
        await session.expire();
        throw new Error('Your PinBridge sign-in has expired. Sign in again.');
      }
      throw error;
    }
  };
}
