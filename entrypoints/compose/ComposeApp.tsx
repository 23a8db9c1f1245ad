import { useEffect, useState } from 'react';
import { ComposeView } from '@/components/popup/ComposeView';
import { SignedInGate, useSession } from '@/components/popup/SignedInGate';
import { VideoComposeView } from '@/components/popup/VideoComposeView';
import type { PageMediaState } from '@/entrypoints/popup/usePageMedia';
import { composeTargetsItem, readChecked, storedSchemas, type ComposeTarget } from '@/utils/storage';
import { t } from '@/utils/i18n';

type Loaded = { status: 'loading' } | { status: 'missing' } | { status: 'ready'; value: ComposeTarget };

/** The compose window of a right-clicked (or hovered) image, page or video. */
export function ComposeApp({ targetId }: { targetId: string }) {
  const [session, setSession] = useSession();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    void readChecked(composeTargetsItem, storedSchemas.composeTargets).then((all) => {
      const value = all[targetId];
      setLoaded(value ? { status: 'ready', value } : { status: 'missing' });
    });
  }, [targetId]);

  let body;
  if (loaded.status === 'loading') body = <p role="status">{t('loading')}</p>;
  else if (loaded.status === 'missing')
    body = (
      <p role="alert" className="error">
        {t('composeExpired')}
      </p>
    );
  else {
    const { tabId, target, linkUrl } = loaded.value;
    const image = target.image && (linkUrl ? { ...target.image, link: linkUrl } : target.image);
    const media: PageMediaState = {
      status: 'ready',
      tabId,
      media: { page: target.page, images: image ? [image] : [], omitted: 0 },
    };
    body = (
      <SignedInGate session={session} onSession={setSession}>
        {(accounts) =>
          target.video ? (
            <VideoComposeView target={loaded.value} accounts={accounts} onSent={() => window.close()} />
          ) : (
            <ComposeView
              media={media}
              accounts={accounts}
              preselect={image ? [image.url] : []}
              draftScope={`compose:${targetId}|`}
              onSent={() => setTimeout(() => window.close(), 1500)}
            />
          )
        }
      </SignedInGate>
    );
  }
  return (
    <main className="popup stack">
      <h1>
        {loaded.status === 'ready' && loaded.value.target.video
          ? t('composeHeadingVideo')
          : t('composeHeadingImage')}
      </h1>
      {body}
    </main>
  );
}
