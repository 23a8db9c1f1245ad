import { PinBridgeError, type PinBridgeClient } from '@/utils/pinbridge';
import type { Services } from './services';
import { t } from '@/utils/i18n';

export type Authed = <T>(call: (api: PinBridgeClient) => Promise<T>) => Promise<T>;

/** Runs a call with the signed-in client; a 401 on any call ends the session, as it does in the outbox. */
export function createAuthed(session: Services['session']): Authed {
  return async (call) => {
    const api = await session.client();
    if (!api) throw new Error(t('signedOutSignIn'));
    try {
      return await call(api);
    } catch (error) {
      if (error instanceof PinBridgeError && error.kind === 'auth') {
        await session.expire();
        throw new Error(t('signInExpiredShort'));
      }
      throw error;
    }
  };
}
