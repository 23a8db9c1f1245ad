import { afterEach, describe, expect, it, vi } from 'vitest';
import { outcomeOf, settledWithin, track } from '@/utils/settled';

describe('settled promises', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads nothing while pending, then the value or the error', async () => {
    let resolve!: (v: number) => void;
    const pending = track(new Promise<number>((r) => (resolve = r)));
    expect(outcomeOf(pending)).toBeUndefined();
    resolve(7);
    await pending;
    expect(outcomeOf(pending)).toEqual({ ok: true, value: 7 });

    const failed = track(Promise.reject(new Error('no')));
    await failed.catch(() => undefined);
    expect(outcomeOf(failed)).toEqual({ ok: false, error: new Error('no') });
    expect(outcomeOf(Promise.resolve(1))).toBeUndefined();
  });

  it('waits for every promise, but no longer than the limit', async () => {
    vi.useFakeTimers();
    const quick = track(Promise.resolve('a'));
    let waited = false;
    void settledWithin([quick], 1000).then(() => (waited = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(waited).toBe(true);

    const never = new Promise(() => undefined);
    let gaveUp = false;
    void settledWithin([quick, never], 200).then(() => (gaveUp = true));
    await vi.advanceTimersByTimeAsync(199);
    expect(gaveUp).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(gaveUp).toBe(true);
  });
});
