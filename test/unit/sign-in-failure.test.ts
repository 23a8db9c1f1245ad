import { describe, expect, it } from 'vitest';
import { signInFailure } from '@/utils/auth/sign-in-failure';
import { PinBridgeError, describeError, type PinBridgeErrorKind } from '@/utils/pinbridge';

const failure = (kind: PinBridgeErrorKind, message: string, remediation?: string) =>
  new PinBridgeError({ kind, message, endpoint: 'POST /v1/auth/login', remediation });
const text = describeError;

describe('signInFailure', () => {
  it('says what happened, then what the user can do now, for each way a sign-in fails', () => {
    expect(text(signInFailure(failure('auth', 'Incorrect email or password'), 'password'))).toBe(
      'Incorrect email or password. Check your email and password and try again.',
    );
    expect(text(signInFailure(failure('auth', 'Invalid API key'), 'apiKey'))).toBe(
      'Invalid API key. Check that you pasted the whole key and that it has not been revoked.',
    );
    expect(text(signInFailure(failure('network', 'PinBridge could not be reached.'), 'password'))).toBe(
      'PinBridge could not be reached. Check your internet connection and the PinBridge address under Settings, then try again.',
    );
    expect(
      text(signInFailure(failure('server', 'PinBridge is having trouble (HTTP 503).'), 'register')),
    ).toBe('PinBridge is having trouble (HTTP 503). PinBridge may be down: try again in a few minutes.');
    expect(text(signInFailure(failure('timeout', 'PinBridge did not answer in time'), 'password'))).toBe(
      'PinBridge did not answer in time. Try again in a moment.',
    );
    expect(text(signInFailure(failure('rate_limited', 'Too many requests'), 'password'))).toBe(
      'Too many requests. Wait a minute, then try again.',
    );
    expect(text(signInFailure(failure('invalid_response', 'Not a PinBridge answer'), 'apiKey'))).toBe(
      'Not a PinBridge answer. Check that the PinBridge address under Settings points to PinBridge.',
    );
    expect(text(signInFailure(failure('conflict', 'Email already registered'), 'register'))).toBe(
      'Email already registered. If this is your email, sign in instead.',
    );
    expect(text(signInFailure(failure('validation', 'Password: too short'), 'register'))).toBe(
      'Password: too short. Correct it and try again.',
    );
  });

  it("prefers PinBridge's own advice, and keeps the client's for kinds a sign-in has no advice of its own for", () => {
    expect(text(signInFailure(failure('auth', 'Account locked', 'Reset your password.'), 'password'))).toBe(
      'Account locked. Reset your password.',
    );
    expect(text(signInFailure(failure('quota', 'Workspace suspended'), 'password'))).toBe(
      `Workspace suspended. ${failure('quota', '').action}`,
    );
  });

  it('keeps what the error says about itself: kind, status, request id', () => {
    const refused = new PinBridgeError({
      kind: 'auth',
      message: 'Invalid API key',
      endpoint: 'GET /v1/auth/me',
      status: 401,
      requestId: 'req-1',
    });
    expect(signInFailure(refused, 'apiKey')).toMatchObject({
      kind: 'auth',
      status: 401,
      requestId: 'req-1',
      message: 'Invalid API key',
      action: 'Check that you pasted the whole key and that it has not been revoked.',
    });
  });

  it('passes on anything that is not a PinBridge error as it is', () => {
    const other = new TypeError('boom');
    expect(signInFailure(other, 'password')).toBe(other);
    expect(describeError(other)).toBe('boom');
  });
});
