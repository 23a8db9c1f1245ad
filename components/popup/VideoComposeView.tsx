import { useEffect, useState } from 'react';
import { FeedbackMessage, type Feedback } from '@/components/Feedback';
import { startPageCollection } from '@/entrypoints/popup/page-collection';
import { usePageMedia } from '@/entrypoints/popup/usePageMedia';
import { sendMessage, type AccountView } from '@/utils/messaging';
import { needsUpload } from '@/utils/page-media/urls';
import type { Board } from '@/utils/pinbridge';
import { lastTargetItem, type ComposeTarget } from '@/utils/storage';
import { BoardPicker } from './BoardPicker';
import { PinFields, fieldErrors, type PinText } from './PinFields';
import { useSingleSubmit } from './useSingleSubmit';
import { errorText, useBackground } from './useBackground';
import { t } from '@/utils/i18n';

const MAX_COVERS = 12;

/** A video pin: the file goes up as an asset, with the poster (or a picture from the page) as cover. */
export function VideoComposeView({
  target: { tabId, frameId, target },
  accounts,
  onSent,
}: {
  target: ComposeTarget;
  accounts: AccountView[];
  onSent: () => void;
}) {
  const video = target.video!;
  const page = target.page;
  const usable = accounts.filter((a) => !a.needsReconnect);
  const [accountId, setAccountId] = useState(usable[0]?.id ?? '');
  const [boardId, setBoardId] = useState('');
  const [recent, setRecent] = useState<string[]>([]);
  const [created, setCreated] = useState<Board[]>([]);
  const submit = useSingleSubmit();
  const [text, setText] = useState<PinText>({
    title: (page.pinTitle || page.title).slice(0, 100),
    description: (page.selection || page.description).slice(0, 800),
    link: /^https?:/i.test(page.link) ? page.link : '',
    altText: '',
  });
  const [cover, setCover] = useState(video.poster ?? '');
  const [progress, setProgress] = useState<string>();
  const [feedback, setFeedback] = useState<Feedback>();
  const [busy, setBusy] = useState(false);
  // Other pictures of the page, for a cover when the video has no poster (or a better one).
  const [collection] = useState(startPageCollection);
  const pageImages = usePageMedia(collection);

  useEffect(() => {
    void lastTargetItem.getValue().then((last) => {
      setRecent(last.recentBoardIds);
      if (usable.some((a) => a.id === last.accountId)) {
        setAccountId(last.accountId!);
        setBoardId(last.boardId ?? '');
      }
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once
  }, []);
  const [boards] = useBackground('getBoards', accountId ? { accountId } : undefined);
  const boardList = boards.status === 'ready' ? [...boards.value, ...created] : undefined;

  const covers = [
    ...(video.poster ? [{ url: video.poster, name: t('videoPoster') }] : []),
    ...(pageImages.status === 'ready'
      ? pageImages.media.images
          .slice(0, MAX_COVERS)
          .map((i, n) => ({ url: i.url, name: i.alt || t('videoPictureN', String(n + 1)) }))
      : []),
  ].filter((c, i, all) => all.findIndex((x) => x.url === c.url) === i);

  const send = async () => {
    setFeedback(undefined);
    if (!boardId) return setFeedback({ kind: 'error', text: t('composeChooseBoard') });
    if (Object.keys(fieldErrors(text)).length)
      return setFeedback({ kind: 'error', text: t('composeFixFields') });
    if (!cover) return setFeedback({ kind: 'error', text: t('videoChooseCover') });
    setBusy(true);
    try {
      setProgress(t('videoUploading'));
      const { assetId, bytes } = await sendMessage('uploadMedia', {
        url: video.url,
        tabId,
        frameId,
        kind: 'video',
      });
      let coverAssetId: string | undefined;
      if (needsUpload(cover)) {
        setProgress(t('videoUploadingCover'));
        coverAssetId = (await sendMessage('uploadMedia', { url: cover, tabId, frameId, kind: 'image' }))
          .assetId;
      }
      setProgress(undefined);
      await sendMessage('publish', {
        pins: [
          {
            accountId,
            boardId,
            title: text.title,
            description: text.description || undefined,
            link: text.link || undefined,
            altText: text.altText || undefined,
            assetId,
            coverAssetId,
            coverImageUrl: coverAssetId ? undefined : cover,
          },
        ],
      });
      await lastTargetItem.setValue({
        accountId,
        boardId,
        recentBoardIds: [boardId, ...recent.filter((id) => id !== boardId)].slice(0, 5),
      });
      setFeedback({
        kind: 'status',
        text: t('videoSent', (bytes / 1024 / 1024).toFixed(1)),
      });
      onSent();
    } catch (e) {
      setFeedback({ kind: 'error', text: errorText(e) });
    } finally {
      setProgress(undefined);
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={(e) => submit(e, send)} noValidate>
      <BoardPicker
        accounts={accounts}
        accountId={accountId}
        onAccount={(id) => {
          setAccountId(id);
          setBoardId('');
        }}
        boards={boardList}
        boardId={boardId}
        onBoard={setBoardId}
        recentBoardIds={recent}
        onBoardCreated={(board) => {
          setCreated((b) => [...b, board]);
          setBoardId(board.id);
        }}
      />
      <fieldset className="stack">
        <legend>{t('videoCover')}</legend>
        {covers.length === 0 && <p>{t('videoNoCover')}</p>}
        <ul className="image-grid" aria-label={t('videoCovers')}>
          {covers.map((c) => (
            <li key={c.url}>
              <label className={cover === c.url ? 'tile selected' : 'tile'}>
                <input type="radio" name="cover" checked={cover === c.url} onChange={() => setCover(c.url)} />
                <img src={c.url} alt={c.name} />
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <PinFields name={t('videoPin')} text={text} onChange={setText} />
      {progress && (
        <div role="status" className="stack">
          <span>{progress}</span>
          <progress aria-label={t('composeUploadProgress')} />
        </div>
      )}
      <FeedbackMessage feedback={feedback} />
      <button type="submit" disabled={busy}>
        {busy ? t('videoSending') : t('videoPublish')}
      </button>
    </form>
  );
}
