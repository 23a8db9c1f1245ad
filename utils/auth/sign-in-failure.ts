import { PinBridgeError, type PinBridgeErrorKind } from '@/utils/pinbridge';
import type { MessageKey } from '@/utils/i18n';
import { t } from '@/utils/i18n';

/** How the user tried to sign in: the advice for a refused credential differs. */
export type SignInMethod = 'password' | 'register' | 'apiKey';

// Where a sign-in fails for reasons of its own; the rest is `describeError`'s general advice.
const ADVICE: Partial<Record<PinBridgeErrorKind, MessageKey>> = {
  // Signing in is often the first request to a newly set address.
  network: 'signInFixNetwork',
  invalid_response: 'signInFixInvalidResponse',
  validation: 'signInFixFields',
};
const REFUSED: Record<SignInMethod, MessageKey> = {
  password: 'signInFixCredentials',
  register: 'signInFixCredentials',
  apiKey: 'signInFixApiKey',
};

function advice(error: PinBridgeError, method: SignInMethod): MessageKey | undefined {
  if (error.kind === 'auth' || error.kind === 'forbidden') return REFUSED[method];
  if (error.kind === 'conflict' && method === 'register') return 'signInFixExistingAccount';
  return ADVICE[error.kind];
}

/**
 * A failed sign-in, registration or API key check, with advice for the sign-in form where PinBridge
 * gave none of its own. Anything else is passed on as it is.
 */
export function signInFailure(error: unknown, method: SignInMethod): unknown {
  if (!(error instanceof PinBridgeError) || error.remediation) return error;
  const key = advice(error, method);
  if (!key) return error;
  return new PinBridgeError({
    kind: error.kind,
    message: error.message,
    endpoint: error.endpoint,
    status: error.status,
    code: error.code,
    requestId: error.requestId,
    retryAfterSeconds: error.retryAfterSeconds,
    remediation: t(key),
    upgradeUrl: error.upgradeUrl,
    connectUrl: error.connectUrl,
    fieldErrors: error.fieldErrors,
    cause: error,
  });
}
