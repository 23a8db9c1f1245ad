import { PinBridgeError } from './errors';

export interface RetryPolicy {
  /** First delay; doubles each attempt. */
  baseMs: number;
  /** Cap on any computed delay. */
  maxMs: number;
  /** Cap on a server-requested wait (`retry_after_seconds` / `Retry-After`). */
  maxRetryAfterMs: number;
  random: () => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseMs: 1_000,
  maxMs: 60_000,
  maxRetryAfterMs: 15 * 60_000,
  random: Math.random,
};

/** Failures worth another try: the request may never have arrived, or the server asked us to wait. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof PinBridgeError)) return false;
  if (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'rate_limited') return true;
  return error.kind === 'server' && (error.status === undefined || error.status >= 500);
}

/**
 * How long to wait before attempt `attempt + 1` (attempt counts from 0): the server's wait when it
 * named one, else capped exponential backoff with jitter so that many clients do not retry in step.
 */
export function retryDelayMs(
  error: unknown,
  attempt: number,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): number {
  if (error instanceof PinBridgeError && error.retryAfterSeconds !== undefined) {
    return Math.min(error.retryAfterSeconds * 1000, policy.maxRetryAfterMs);
  }
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (policy.random() * ceiling) / 2);
}

export interface WithRetryOptions {
  maxAttempts?: number;
  policy?: RetryPolicy;
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `operation` until it succeeds, fails for good, or runs out of attempts. The operation must be
 * safe to repeat: for pin creation, send the same `idempotency_key` every time.
 */
export async function withRetry<T>(
  operation: (attempt: number) => Promise<T>,
  options: WithRetryOptions = {},
): Promise<T> {
  const { maxAttempts = 5, policy = DEFAULT_RETRY_POLICY, sleep = defaultSleep, onRetry } = options;
  for (let attempt = 0; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      if (!isRetryable(error) || attempt + 1 >= maxAttempts) throw error;
      const delay = retryDelayMs(error, attempt, policy);
      onRetry?.(error, attempt, delay);
      await sleep(delay);
    }
  }
}
