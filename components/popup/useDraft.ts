import { useEffect, useRef, useState } from 'react';
import { MAX_DRAFTS, draftsItem, type Draft } from '@/utils/storage';

export const draftKey = (tabId: number, pageUrl: string) => `${tabId}|${pageUrl}`;

export async function saveDraft(key: string, draft: Draft): Promise<void> {
  const all = { ...(await draftsItem.getValue()), [key]: draft };
  const keys = Object.keys(all).sort((a, b) => all[b]!.savedAt - all[a]!.savedAt);
  await draftsItem.setValue(Object.fromEntries(keys.slice(0, MAX_DRAFTS).map((k) => [k, all[k]!])));
}

export async function discardDraft(key: string): Promise<void> {
  const { [key]: _gone, ...rest } = await draftsItem.getValue();
  await draftsItem.setValue(rest);
}

/**
 * The draft for this tab and page: loaded once, then saved shortly after every change, so that closing
 * the popup loses nothing.
 */
export function useDraft(key: string | undefined, current: Omit<Draft, 'savedAt'> | undefined) {
  const [loaded, setLoaded] = useState<{ key: string; draft: Draft | undefined }>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    if (!key) return;
    let live = true;
    void draftsItem.getValue().then((all) => live && setLoaded({ key, draft: all[key] }));
    return () => {
      live = false;
    };
  }, [key]);

  const ready = loaded !== undefined && loaded.key === key;
  const serialised = current && JSON.stringify(current);
  useEffect(() => {
    if (!ready || !key || !serialised) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(
      () => void saveDraft(key, { ...JSON.parse(serialised), savedAt: Date.now() }),
      250,
    );
    return () => clearTimeout(timer.current);
  }, [ready, key, serialised]);

  return { ready, draft: ready ? loaded.draft : undefined };
}
