import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { AccountView } from '@/utils/messaging';
import { sendMessage } from '@/utils/messaging';
import type { Board } from '@/utils/pinbridge';
import { errorText } from './useBackground';
import { t } from '@/utils/i18n';

interface Props {
  accounts: AccountView[];
  accountId: string;
  onAccount: (id: string) => void;
  boards: Board[] | undefined;
  boardId: string;
  onBoard: (id: string) => void;
  recentBoardIds: string[];
  onBoardCreated: (board: Board) => void;
  /** A dry-run failure about the board, shown right here. */
  error?: string;
}

const label = (board: Board) =>
  board.privacy === 'SECRET' ? t('composeSecretBoard', board.name) : board.name;

/** Where the pin goes: account, then board (type to search, recent first, secret marked, or a new one). */
export function BoardPicker(props: Props) {
  const ids = {
    account: useId(),
    search: useId(),
    board: useId(),
    error: useId(),
    name: useId(),
    description: useId(),
    secret: useId(),
  };
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const [draft, setDraft] = useState({ name: '', description: '', secret: false });
  const [createError, setCreateError] = useState<string>();

  const { recent, rest } = useMemo(() => {
    const q = query.trim().toLowerCase();
    const matching = (props.boards ?? []).filter((b) => !q || b.name.toLowerCase().includes(q));
    const recentIds = props.recentBoardIds.filter((id) => matching.some((b) => b.id === id));
    return {
      recent: recentIds.map((id) => matching.find((b) => b.id === id)!),
      rest: matching.filter((b) => !recentIds.includes(b.id)).sort((a, b) => a.name.localeCompare(b.name)),
    };
  }, [props.boards, props.recentBoardIds, query]);

  // One board per request: a second click or Enter while it is being made would make a second board.
  const sending = useRef(false);
  const [busy, setBusy] = useState(false);
  const create = async () => {
    if (sending.current || !draft.name.trim()) return;
    sending.current = true;
    setBusy(true);
    setCreateError(undefined);
    try {
      const board = await sendMessage('createBoard', { accountId: props.accountId, ...draft });
      props.onBoardCreated(board);
      setCreating(false);
      setDraft({ name: '', description: '', secret: false });
    } catch (e) {
      setCreateError(errorText(e));
    } finally {
      sending.current = false;
      setBusy(false);
    }
  };
  // Enter in the search takes the first board it shows; inside the pin form it would otherwise publish,
  // to whichever board was chosen before.
  const pickFirstOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    const first = recent[0] ?? rest[0];
    if (first) props.onBoard(first.id);
  };
  // These fields sit inside the pin form: Enter here makes the board, it must not publish the pins.
  const createOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void create();
  };

  return (
    <fieldset className="stack">
      <legend>{t('boardWhere')}</legend>
      <label htmlFor={ids.account}>{t('boardAccount')}</label>
      <select id={ids.account} value={props.accountId} onChange={(e) => props.onAccount(e.target.value)}>
        {props.accounts.map((a) => (
          <option key={a.id} value={a.id} disabled={a.needsReconnect}>
            {a.needsReconnect ? t('boardReconnectNeeded', a.name) : a.name}
          </option>
        ))}
      </select>
      <label htmlFor={ids.search}>{t('boardSearch')}</label>
      <input
        id={ids.search}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={pickFirstOnEnter}
      />
      <label htmlFor={ids.board}>{t('boardBoard')}</label>
      <select
        id={ids.board}
        value={props.boardId}
        onChange={(e) => props.onBoard(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? ids.error : undefined}
        disabled={!props.boards}
      >
        <option value="" disabled>
          {props.boards
            ? recent.length + rest.length
              ? t('boardChoose')
              : t('boardNoMatch')
            : t('boardLoading')}
        </option>
        {recent.length > 0 && (
          <optgroup label={t('boardRecent')}>
            {recent.map((b) => (
              <option key={b.id} value={b.id}>
                {label(b)}
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label={t('boardAll')}>
          {rest.map((b) => (
            <option key={b.id} value={b.id}>
              {label(b)}
            </option>
          ))}
        </optgroup>
      </select>
      {props.error && (
        <p id={ids.error} role="alert" className="error">
          {props.error}
        </p>
      )}
      {!creating ? (
        <button type="button" onClick={() => setCreating(true)}>
          {t('boardCreate')}
        </button>
      ) : (
        <div className="stack inset" role="group" aria-label={t('boardNew')}>
          <label htmlFor={ids.name}>{t('boardName')}</label>
          <input
            id={ids.name}
            value={draft.name}
            maxLength={180}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            onKeyDown={createOnEnter}
          />
          <label htmlFor={ids.description}>{t('boardDescription')}</label>
          <input
            id={ids.description}
            value={draft.description}
            onChange={(e) => setDraft({ ...draft, description: e.target.value })}
            onKeyDown={createOnEnter}
          />
          <div className="check">
            <input
              id={ids.secret}
              type="checkbox"
              checked={draft.secret}
              onChange={(e) => setDraft({ ...draft, secret: e.target.checked })}
            />
            <label htmlFor={ids.secret}>{t('boardSecret')}</label>
          </div>
          {createError && (
            <p role="alert" className="error">
              {createError}
            </p>
          )}
          <div className="row">
            <button type="button" onClick={() => void create()} disabled={busy || !draft.name.trim()}>
              {t('boardCreateButton')}
            </button>
            <button type="button" onClick={() => setCreating(false)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
    </fieldset>
  );
}
