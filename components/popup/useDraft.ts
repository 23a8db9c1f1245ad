import { useEffect, useRef, useState } from 'react';
import { MAX_DRAFTS, draftsItem, type Draft } from '@/utils/storage';

export const draftKey = (tabId: number, pageUrl: string) => `${tabId}|${pageUrl}`;

/** All drafts with this one added or replaced, the newest MAX_DRAFTS kept. */
export function withDraft(all: Record<string, Draft>, key: string, draft: Draft): Record<string, Draft> {
  const next = { ...all, [key]: draft };
  const keys = Object.keys(next).sort((a, b) => next[b]!.savedAt - next[a]!.savedAt);
  return Object.fromEntries(keys.slice(0, MAX_DRAFTS).map((k) => [k, next[k]!]));
}

/**
 * The draft for this tab and page: loaded once, then saved shortly after every change, and at once when
 * the popup goes away (a click outside closes it mid-word), so that closing it loses nothing.
 */
export function useDraft(key: string | undefined, current: Omit<Draft, 'savedAt'> | undefined) {
  const [loaded, setLoaded] = useState<{ key: string; draft: Draft | undefined }>();
  // Every draft, kept current, so a save is one write with no read first: a read would not come back
  // before a closing popup is gone.
  const all = useRef<Record<string, Draft>>({});
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; save: () => void }>(undefined);

  useEffect(() => {
    if (!key) return;
    let live = true;
    void draftsItem.getValue().then((drafts) => {
      if (!live) return;
      all.current = drafts;
      setLoaded({ key, draft: drafts[key] });
    });
    const unwatch = draftsItem.watch((drafts) => {
      all.current = drafts;
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [key]);

  const ready = loaded !== undefined && loaded.key === key;
  const serialised = current && JSON.stringify(current);
  useEffect(() => {
    clearTimeout(pending.current?.timer);
    pending.current = undefined;
    if (!ready || !key || !serialised) return;
    const save = () => {
      clearTimeout(pending.current?.timer);
      pending.current = undefined;
      all.current = withDraft(all.current, key, { ...JSON.parse(serialised), savedAt: Date.now() });
      void draftsItem.setValue(all.current);
    };
    pending.current = { timer: setTimeout(save, 250), save };
    // The save stays pending: leaving the view (unmounting) writes it below.
    return () => clearTimeout(pending.current?.timer);
  }, [ready, key, serialised]);

  useEffect(() => {
    const flush = () => pending.current?.save();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    const controller = new AbortController();
    window.addEventListener('pagehide', flush, { signal: controller.signal });
    document.addEventListener('visibilitychange', onVisibility, { signal: controller.signal });
    return () => {
      controller.abort();
      flush();
    };
  }, []);

  /** Published or thrown away: the draft goes, and a save still pending with it. */
  const discard = async () => {
    clearTimeout(pending.current?.timer);
    pending.current = undefined;
    if (!key) return;
    const { [key]: _gone, ...rest } = all.current;
    all.current = rest;
    await draftsItem.setValue(rest);
  };

  return { ready, draft: ready ? loaded.draft : undefined, discard };
}
