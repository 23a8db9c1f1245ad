/**
 * Promises whose outcome can be read synchronously once they have settled. The popup starts its
 * requests before React loads; reading the answers that are already in as the first render's state
 * draws the finished view at once, instead of a loading view and then one render per answer.
 */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

const outcomes = new WeakMap<Promise<unknown>, Outcome<unknown>>();

/** Records `promise`'s outcome for `outcomeOf`; returns the same promise. */
export function track<T>(promise: Promise<T>): Promise<T> {
  promise.then(
    (value) => outcomes.set(promise, { ok: true, value }),
    (error: unknown) => outcomes.set(promise, { ok: false, error }),
  );
  return promise;
}

/** The outcome of a tracked promise, or `undefined` while it is pending (or was never tracked). */
export function outcomeOf<T>(promise: Promise<T>): Outcome<T> | undefined {
  return outcomes.get(promise) as Outcome<T> | undefined;
}

/** Resolves when all `promises` have settled, or after `ms`, whichever comes first; never rejects. */
export function settledWithin(promises: Promise<unknown>[], ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void Promise.allSettled(promises).then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
