import { useRef, type FormEvent } from 'react';

/**
 * Submits a form through `send`, ignoring a submit while the last one is still running. The disabled
 * button stops a second click, not a second Enter in the alt text (it calls `requestSubmit`), which would
 * make every pin twice.
 */
export function useSingleSubmit(): (event: FormEvent, send: () => Promise<void>) => void {
  const running = useRef(false);
  return (event, send) => {
    event.preventDefault();
    if (running.current) return;
    running.current = true;
    void send().finally(() => {
      running.current = false;
    });
  };
}
