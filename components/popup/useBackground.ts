import { useCallback, useEffect, useRef, useState } from 'react';
import {
  readReply,
  sendMessage,
  type MessageData,
  type MessageResult,
  type MessageType,
} from '@/utils/messaging';
import { outcomeOf } from '@/utils/settled';

export type Loadable<T> =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; value: T };

export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The answer to a request sent earlier (`early`), checked now; asked again when that failed or was
 * refused (it may have been asked before a sign-in that has happened since).
 */
export function answerOf<T extends MessageType>(
  type: T,
  data: MessageData<T>,
  early: Promise<unknown>,
): Promise<MessageResult<T>> {
  return early.then(
    (raw) => {
      try {
        return readReply(type, raw);
      } catch {
        return sendMessage(type, data);
      }
    },
    () => sendMessage(type, data),
  );
}

/** The answer to a request sent earlier, when it is already in and valid (see `track`). */
export function settledAnswer<T extends MessageType>(
  type: T,
  early: Promise<unknown> | undefined,
): MessageResult<T> | undefined {
  const outcome = early && outcomeOf(early);
  if (!outcome?.ok) return undefined;
  try {
    return readReply(type, outcome.value);
  } catch {
    return undefined;
  }
}

/**
 * Asks the background (again whenever `data` changes, or on `reload`), keeping the answer or the error
 * for display. `undefined` data: not yet, stay loading. `early`: the same request sent before this
 * hook ran, used for the first answer only.
 */
export function useBackground<T extends MessageType>(
  type: T,
  data: MessageData<T> | undefined,
  early?: Promise<unknown>,
) {
  const [generation, setGeneration] = useState(0);
  const earlyUnused = useRef(early);
  const key = data === undefined ? undefined : `${type}:${generation}:${JSON.stringify(data)}`;
  const [answer, setAnswer] = useState<{ key: string; state: Loadable<MessageResult<T>> } | undefined>(() => {
    const value = key === undefined ? undefined : settledAnswer(type, early);
    return key === undefined || value === undefined ? undefined : { key, state: { status: 'ready', value } };
  });

  useEffect(() => {
    if (key === undefined || data === undefined) return;
    if (answer?.key === key) {
      // Answered already, at the first render, by the early request.
      earlyUnused.current = undefined;
      return;
    }
    let live = true;
    const pending = earlyUnused.current ? answerOf(type, data, earlyUnused.current) : sendMessage(type, data);
    earlyUnused.current = undefined;
    pending.then(
      (value) => live && setAnswer({ key, state: { status: 'ready', value } }),
      (error: unknown) => live && setAnswer({ key, state: { status: 'error', message: errorText(error) } }),
    );
    return () => {
      live = false;
    };
    // `key` stands for `type` and `data`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  // An answer to an older request is not shown as the answer to this one.
  const state: Loadable<MessageResult<T>> =
    answer && answer.key === key ? answer.state : { status: 'loading' };
  return [state, reload] as const;
}
