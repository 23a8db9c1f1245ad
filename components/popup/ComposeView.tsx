import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { FeedbackMessage, NotReady, type Feedback } from '@/components/Feedback';
import type { PageMediaState } from '@/entrypoints/popup/usePageMedia';
import { sendMessage, type AccountView } from '@/utils/messaging';
import type { PublishRequest } from '@/utils/outbox/new-entry';
import type { PageImage, PageInfo } from '@/utils/page-media/schema';
import type { Board } from '@/utils/pinbridge';
import { DEFAULT_PIN_DEFAULTS, fillTemplate, templateFor, type PinDefaults } from '@/utils/pin-defaults';
import {
  lastTargetItem,
  pinDefaultsItem,
  readChecked,
  storedSchemas,
  variantTurnItem,
  type LastTarget,
} from '@/utils/storage';
import { BoardPicker } from './BoardPicker';
import { KeywordSuggestions } from './KeywordSuggestions';
import { PinFields, fieldErrors, type PinText } from './PinFields';
import { SelectableImageGrid, imageName } from './SelectableImageGrid';
import { imageIdentity } from '@/utils/page-media/urls';
import { errorText, useBackground } from './useBackground';
import { draftKey, useDraft } from './useDraft';
import { useSingleSubmit } from './useSingleSubmit';
import { t } from '@/utils/i18n';

/** The prefilled text: the brief's fallback order, shaped by the user's defaults (template, link). */
function defaultText(image: PageImage, page: PageInfo, defaults: PinDefaults, turn: number): PinText {
  const title = (page.pinTitle || page.title).slice(0, 100);
  const chosenLink = defaults.link === 'none' ? '' : defaults.link === 'page' ? page.link : image.link;
  const link = /^https?:/i.test(chosenLink) ? chosenLink : '';
  const template = templateFor(defaults, turn);
  const description = template
    ? fillTemplate(template, {
        title,
        url: link,
        site: page.siteName,
        alt: image.alt,
        selection: page.selection,
      })
    : image.description;
  return { title, description: description.slice(0, 800), link, altText: image.alt.slice(0, 500) };
}

/** `datetime-local` value (the user's zone) → ISO with offset, as `run_at` needs. */
const toRunAt = (local: string, plusMinutes: number) =>
  new Date(new Date(local).getTime() + plusMinutes * 60_000).toISOString();

const sentText = (count: number, when: 'now' | 'schedule') =>
  when === 'schedule'
    ? count === 1
      ? t('composeScheduledOne')
      : t('composeScheduledMany', String(count))
    : count === 1
      ? t('composeSentOne')
      : t('composeSentMany', String(count));

const submitLabel = (count: number, when: 'now' | 'schedule') =>
  when === 'schedule'
    ? count
      ? t('composeScheduleN', String(count))
      : t('composeSchedule')
    : count
      ? t('composePublishN', String(count))
      : t('composePublish');

const isFuture = (local: string) => Boolean(local) && new Date(local).getTime() > Date.now();

export function ComposeView({
  media,
  accounts,
  onSent,
  preselect = [],
  draftScope = '',
}: {
  media: PageMediaState;
  accounts: AccountView[];
  onSent: () => void;
  /** Images chosen before the view opens (the compose window of a right-clicked image). */
  preselect?: string[];
  /** Keeps drafts of different windows on the same page apart. */
  draftScope?: string;
}) {
  const ids = { when: useId(), runAt: useId(), spread: useId(), same: useId() };
  const usable = accounts.filter((a) => !a.needsReconnect);
  const [last, setLast] = useState<LastTarget>();
  const [accountId, setAccountId] = useState('');
  const [boardId, setBoardId] = useState('');
  const [extraBoards, setExtraBoards] = useState<Board[]>([]);
  const [selected, setSelected] = useState<string[]>(preselect);
  const [texts, setTexts] = useState<Record<string, PinText>>({});
  const [same, setSame] = useState(false);
  const [when, setWhen] = useState<'now' | 'schedule'>('now');
  const [runAt, setRunAt] = useState('');
  const [spread, setSpread] = useState(0);
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>();
  const [boardError, setBoardError] = useState<string>();
  const [extraBoardIds, setExtraBoardIds] = useState<string[]>([]);
  const [pinAgain, setPinAgain] = useState(false);
  const [history, reloadHistory] = useBackground('getOutbox', {});
  const [uploading, setUploading] = useState<{ done: number; total: number }>();
  // Uploaded once per image, even when publishing is tried again after a failed check.
  const uploaded = useRef(new Map<string, string>());
  const submit = useSingleSubmit();

  const [defaults, setDefaults] = useState<PinDefaults>(DEFAULT_PIN_DEFAULTS);
  const [turn, setTurn] = useState(0);
  const restored = useRef(false);
  useEffect(() => {
    void Promise.all([
      lastTargetItem.getValue(),
      readChecked(pinDefaultsItem, storedSchemas.pinDefaults),
      variantTurnItem.getValue(),
    ]).then(([value, preferred, nextTurn]) => {
      setLast(value);
      setDefaults(preferred);
      setTurn(nextTurn);
      if (restored.current) return;
      setSpread((s) => s || preferred.scheduleSpacingMinutes);
      // The default board when the user set one, else the last one used.
      const target = usable.some((a) => a.id === preferred.accountId)
        ? { accountId: preferred.accountId, boardId: preferred.boardId }
        : value;
      const account = usable.find((a) => a.id === target.accountId) ?? usable[0];
      setAccountId(account?.id ?? '');
      if (account?.id === target.accountId) setBoardId(target.boardId ?? '');
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the accounts arrive
  }, [accounts]);

  // What the user typed survives closing the popup: one draft per tab and page.
  const key = media.status === 'ready' ? draftScope + draftKey(media.tabId, media.media.page.url) : undefined;
  const touched = selected.length > preselect.length || Object.keys(texts).length > 0;
  const {
    ready: draftReady,
    draft,
    discard: discardDraft,
  } = useDraft(key, touched ? { accountId, boardId, selected, texts, same, when, runAt, spread } : undefined);
  useEffect(() => {
    if (!draftReady || !draft || restored.current) return;
    restored.current = true;
    setAccountId(draft.accountId);
    setBoardId(draft.boardId);
    setSelected(draft.selected);
    setTexts(draft.texts);
    setSame(draft.same);
    setWhen(draft.when);
    setRunAt(draft.runAt);
    setSpread(draft.spread);
  }, [draftReady, draft]);

  const discard = async () => {
    await discardDraft();
    setSelected([]);
    setTexts({});
    setSame(false);
    setWhen('now');
    setRunAt('');
    setSpread(0);
    setFeedback(undefined);
  };

  const [boardsState] = useBackground('getBoards', accountId ? { accountId } : undefined);
  const boards = useMemo(
    () =>
      boardsState.status === 'ready'
        ? [...boardsState.value, ...extraBoards.filter((b) => !boardsState.value.some((x) => x.id === b.id))]
        : undefined,
    [boardsState, extraBoards],
  );

  if (media.status !== 'ready') return <NotReady state={media} loading={t('composeLooking')} />;
  const { page, images } = media.media;
  const tabId = media.tabId;
  if (page.nopin) {
    return (
      <p role="status">
        {t('composeNopin')}
        {page.nopinMessage && <span className="site-message"> “{page.nopinMessage}”</span>}
      </p>
    );
  }
  if (images.length === 0) return <p role="status">{t('composeNoImages')}</p>;
  // Only `og:image` and the like: the page has no pictures of its own, but can be pinned as a whole.
  const pageOnly = images.every((i) => i.source === 'meta');

  const chosen = selected.map((url) => images.find((i) => i.url === url)!).filter(Boolean);
  const ownText = (image: PageImage) =>
    texts[image.url] ?? defaultText(image, page, defaults, turn + Math.max(0, chosen.indexOf(image)));
  // With one text for all, the fields shown are the first image's, and every pin gets what is shown.
  const textOf = (image: PageImage) => ownText(same && chosen[0] ? chosen[0] : image);
  const setText = (image: PageImage, text: PinText) =>
    setTexts((all) =>
      same ? Object.fromEntries(chosen.map((i) => [i.url, text])) : { ...all, [image.url]: text },
    );

  const targetBoards = [boardId, ...extraBoardIds.filter((id) => id && id !== boardId)].filter(Boolean);
  const boardName = (id: string) => boards?.find((b) => b.id === id)?.name ?? t('composeThisBoard');
  // Pinned before from this extension: same picture (normalised URL) to the same board, not failed.
  const repeats =
    defaults.warnAlreadyPinned && history.status === 'ready'
      ? chosen.flatMap((image) =>
          history.value
            .filter(
              (e) =>
                e.state !== 'failed' &&
                targetBoards.includes(e.target.boardId) &&
                e.imageUrl !== null &&
                imageIdentity(e.imageUrl) === imageIdentity(image.url),
            )
            .map((e) => ({ image, entry: e })),
        )
      : [];

  /** Images PinBridge cannot fetch (data:, blob:, private hosts) go up from here as assets first. */
  const uploadFromPage = async (images: PageImage[]) => {
    const pending = images.filter((image) => image.upload && !uploaded.current.has(image.url));
    for (const [index, image] of pending.entries()) {
      setUploading({ done: index, total: pending.length });
      const { assetId } = await sendMessage('uploadMedia', { url: image.url, tabId, kind: 'image' });
      uploaded.current.set(image.url, assetId);
    }
  };

  const send = async () => {
    setFeedback(undefined);
    setBoardError(undefined);
    if (!boardId) return setBoardError(t('composeChooseBoard'));
    if (chosen.length === 0) return setFeedback({ kind: 'error', text: t('composePickImage') });
    if (chosen.some((image) => Object.keys(fieldErrors(textOf(image))).length > 0)) {
      return setFeedback({ kind: 'error', text: t('composeFixFields') });
    }
    if (repeats.length > 0 && !pinAgain) {
      return setFeedback({
        kind: 'error',
        text: t('composeRepeatsBlock'),
      });
    }
    if (when === 'schedule' && !isFuture(runAt)) {
      return setFeedback({ kind: 'error', text: t('composeFutureTime') });
    }
    setBusy(true);
    try {
      await uploadFromPage(chosen);
    } catch (e) {
      setFeedback({ kind: 'error', text: errorText(e) });
      setBusy(false);
      return;
    } finally {
      setUploading(undefined);
    }
    // One pin per image and board; spread in time in that order.
    const requests: PublishRequest[] = chosen
      .flatMap((image) => targetBoards.map((target) => ({ image, target })))
      .map(({ image, target }, index) => {
        const text = textOf(image);
        return {
          accountId,
          boardId: target,
          title: text.title,
          description: text.description || undefined,
          link: text.link || undefined,
          altText: text.altText || undefined,
          imageUrl: image.url,
          assetId: uploaded.current.get(image.url),
          runAt: when === 'schedule' ? toRunAt(runAt, index * spread) : undefined,
        };
      });
    try {
      const checks = await sendMessage('validatePins', { pins: requests });
      const failed = checks.flatMap((c) => c.checks.filter((check) => check.status === 'failed'));
      const onBoard = failed.find((c) => c.name === 'board' || c.code === 'board_not_found');
      if (onBoard)
        setBoardError(`${onBoard.message ?? t('composeBoardUnusable')} ${onBoard.remediation ?? ''}`.trim());
      const other = failed.filter((c) => c !== onBoard);
      if (failed.length > 0) {
        if (other.length)
          setFeedback({
            kind: 'error',
            text: other.map((c) => `${c.message ?? c.name} ${c.remediation ?? ''}`.trim()).join(' '),
          });
        return;
      }
      const { entryIds } = await sendMessage('publish', { pins: requests });
      // The next pins take the next description variants.
      if (defaults.variants.some((v) => v.trim())) {
        await variantTurnItem.setValue(turn + chosen.length);
        setTurn(turn + chosen.length);
      }
      const recent = [boardId, ...(last?.recentBoardIds ?? []).filter((id) => id !== boardId)].slice(0, 5);
      await lastTargetItem.setValue({ accountId, boardId, recentBoardIds: recent });
      const paced = checks.some((c) => c.checks.some((check) => check.code === 'rate_paced'));
      setFeedback({
        kind: 'status',
        text: [sentText(entryIds.length, when), paced ? t('composePaced') : '', t('composeFollow')]
          .filter(Boolean)
          .join(' '),
      });
      await discardDraft();
      setSelected([]);
      setTexts({});
      setPinAgain(false);
      reloadHistory();
      onSent();
    } catch (e) {
      setFeedback({ kind: 'error', text: errorText(e) });
    } finally {
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
        boards={boards}
        boardId={boardId}
        onBoard={(id) => {
          setBoardId(id);
          setBoardError(undefined);
        }}
        recentBoardIds={last?.recentBoardIds ?? []}
        onBoardCreated={(board) => {
          setExtraBoards((b) => [...b, board]);
          setBoardId(board.id);
        }}
        error={boardError}
      />
      {boards && boards.length > 1 && (
        <details>
          <summary>
            {t('composeAlsoBoards')}
            {extraBoardIds.length ? ` (${extraBoardIds.length})` : ''}
          </summary>
          <fieldset className="stack">
            <legend>{t('composeOtherBoards')}</legend>
            {boards
              .filter((b) => b.id !== boardId)
              .map((b) => (
                <label key={b.id} className="check">
                  <input
                    type="checkbox"
                    checked={extraBoardIds.includes(b.id)}
                    onChange={(e) =>
                      setExtraBoardIds((ids) =>
                        e.target.checked ? [...ids, b.id] : ids.filter((id) => id !== b.id),
                      )
                    }
                  />
                  {b.privacy === 'SECRET' ? t('composeSecretBoard', b.name) : b.name}
                </label>
              ))}
          </fieldset>
        </details>
      )}
      {pageOnly && (
        <div className="stack">
          <p>{t('composePageOnly')}</p>
          <button
            type="button"
            aria-pressed={selected.length > 0}
            onClick={() => setSelected(images.slice(0, 1).map((i) => i.url))}
          >
            {t('composePinPage')}
          </button>
        </div>
      )}
      <SelectableImageGrid images={images} selected={selected} onChange={setSelected} />
      {repeats.length > 0 && (
        <div role="alert" className="warning stack">
          <p>
            {t(
              'composeAlreadyPinned',
              repeats
                .map(({ image, entry }) =>
                  t(
                    'composeAlreadyPinnedItem',
                    imageName(image, images.indexOf(image)),
                    boardName(entry.target.boardId),
                    new Date(entry.createdAt).toLocaleDateString(),
                  ),
                )
                .join('; '),
            )}
          </p>
          <label className="check">
            <input type="checkbox" checked={pinAgain} onChange={(e) => setPinAgain(e.target.checked)} />
            {t('composePinAgain')}
          </label>
        </div>
      )}
      {chosen.length > 1 && (
        <div className="check">
          <input id={ids.same} type="checkbox" checked={same} onChange={(e) => setSame(e.target.checked)} />
          <label htmlFor={ids.same}>{t('composeSameText')}</label>
        </div>
      )}
      {(same ? chosen.slice(0, 1) : chosen).map((image, index) => (
        <PinFields
          key={image.url}
          name={
            same
              ? t('composeAllPins')
              : t('composePinN', String(index + 1), imageName(image, images.indexOf(image)))
          }
          text={textOf(image)}
          onChange={(text) => setText(image, text)}
        >
          <KeywordSuggestions
            accountId={accountId}
            title={textOf(image).title}
            onAdd={(term) => {
              const text = textOf(image);
              const description = text.description.trim()
                ? `${text.description.trim()} #${term.replace(/\s+/g, '')}`
                : `#${term.replace(/\s+/g, '')}`;
              setText(image, { ...text, description });
            }}
          />
        </PinFields>
      ))}
      <fieldset className="stack">
        <legend>{t('composeWhen')}</legend>
        <div className="row">
          <label>
            <input type="radio" name={ids.when} checked={when === 'now'} onChange={() => setWhen('now')} />{' '}
            {t('composePublishNow')}
          </label>
          <label>
            <input
              type="radio"
              name={ids.when}
              checked={when === 'schedule'}
              onChange={() => setWhen('schedule')}
            />{' '}
            {t('composeSchedule')}
          </label>
        </div>
        {when === 'schedule' && (
          <>
            {chosen.some((image) => textOf(image).altText.trim()) && (
              <p className="hint">{t('composeScheduleNoAltText')}</p>
            )}
            <label htmlFor={ids.runAt}>{t('composePublishAt')}</label>
            <input
              id={ids.runAt}
              type="datetime-local"
              value={runAt}
              onChange={(e) => setRunAt(e.target.value)}
            />
            {chosen.length > 1 && (
              <>
                <label htmlFor={ids.spread}>{t('composeSpread')}</label>
                <input
                  id={ids.spread}
                  type="number"
                  min={0}
                  max={10080}
                  value={spread}
                  onChange={(e) => setSpread(Math.max(0, Number(e.target.value) || 0))}
                />
              </>
            )}
          </>
        )}
      </fieldset>
      {uploading && (
        <div role="status" className="stack">
          <span>{t('composeUploading', String(uploading.done + 1), String(uploading.total))}</span>
          <progress max={uploading.total} value={uploading.done} aria-label={t('composeUploadProgress')} />
        </div>
      )}
      <FeedbackMessage feedback={feedback} />
      {touched && (
        <button type="button" onClick={() => void discard()}>
          {t('composeDiscard')}
        </button>
      )}
      <button type="submit" disabled={busy || chosen.length === 0}>
        {busy ? t('composeChecking') : submitLabel(chosen.length, when)}
      </button>
    </form>
  );
}
