import { useState } from 'react';
import { errorText } from '@/components/popup/useBackground';
import type { Feedback } from '../Feedback';

/** Runs a background action, says how it went, and reloads what it changed; true when it worked. */
export function useAction(reload: () => void) {
  const [feedback, setFeedback] = useState<Feedback>();
  const act = async (action: () => Promise<unknown>, done: string): Promise<boolean> => {
    setFeedback(undefined);
    try {
      await action();
      setFeedback({ kind: 'status', text: done });
      reload();
      return true;
    } catch (error) {
      setFeedback({ kind: 'error', text: errorText(error) });
      return false;
    }
  };
  return { feedback, act };
}
