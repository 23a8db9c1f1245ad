import { useEffect, useId, useState } from 'react';
import { useBackground } from '@/components/popup/useBackground';
import { DEFAULT_PIN_DEFAULTS, TEMPLATE_PLACEHOLDERS, type PinDefaults } from '@/utils/pin-defaults';
import { pinDefaultsItem, readChecked, storedSchemas } from '@/utils/storage';
import { t } from '@/utils/i18n';

/** Defaults for new pins: where, which text, which link, how far apart. Saved on every change. */
export function DefaultsForm() {
  const ids = {
    account: useId(),
    board: useId(),
    template: useId(),
    variants: useId(),
    link: useId(),
    spacing: useId(),
    help: useId(),
  };
  const [value, setValue] = useState<PinDefaults>();
  useEffect(() => {
    void readChecked(pinDefaultsItem, storedSchemas.pinDefaults).then(setValue);
  }, []);
  const [accounts] = useBackground('getAccounts', {});
  const [boards] = useBackground('getBoards', value?.accountId ? { accountId: value.accountId } : undefined);
  const change = (patch: Partial<PinDefaults>) => {
    const next = { ...(value ?? DEFAULT_PIN_DEFAULTS), ...patch };
    setValue(next);
    void pinDefaultsItem.setValue(next);
  };
  const v = value ?? DEFAULT_PIN_DEFAULTS;

  return (
    <fieldset disabled={!value} className="stack">
      <legend>{t('defaultsLegend')}</legend>
      <label htmlFor={ids.account}>{t('defaultsAccount')}</label>
      <select
        id={ids.account}
        value={v.accountId}
        onChange={(e) => change({ accountId: e.target.value, boardId: '' })}
      >
        <option value="">{t('defaultsLastUsed')}</option>
        {accounts.status === 'ready' &&
          accounts.value.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
      </select>
      <label htmlFor={ids.board}>{t('defaultsBoard')}</label>
      <select
        id={ids.board}
        value={v.boardId}
        disabled={!v.accountId}
        onChange={(e) => change({ boardId: e.target.value })}
      >
        <option value="">{t('defaultsLastUsed')}</option>
        {boards.status === 'ready' &&
          boards.value.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
      </select>
      <label htmlFor={ids.template}>{t('defaultsTemplate')}</label>
      <textarea
        id={ids.template}
        rows={2}
        maxLength={800}
        value={v.descriptionTemplate}
        aria-describedby={ids.help}
        onChange={(e) => change({ descriptionTemplate: e.target.value })}
      />
      <label htmlFor={ids.variants}>{t('defaultsVariants')}</label>
      <textarea
        id={ids.variants}
        rows={3}
        value={v.variants.join('\n')}
        aria-describedby={ids.help}
        onChange={(e) =>
          change({
            variants: e.target.value
              .split('\n')
              .slice(0, 20)
              .map((l) => l.slice(0, 800)),
          })
        }
      />
      <p id={ids.help} className="hint">
        {t(
          'defaultsPlaceholders',
          Object.entries(TEMPLATE_PLACEHOLDERS)
            .map(([key, meaning]) => `${key} ${t(meaning)}`)
            .join('; '),
        )}
      </p>
      <label htmlFor={ids.link}>{t('defaultsLink')}</label>
      <select
        id={ids.link}
        value={v.link}
        onChange={(e) => change({ link: e.target.value as PinDefaults['link'] })}
      >
        <option value="source">{t('defaultsLinkSource')}</option>
        <option value="page">{t('defaultsLinkPage')}</option>
        <option value="none">{t('defaultsLinkNone')}</option>
      </select>
      <label htmlFor={ids.spacing}>{t('defaultsSpacing')}</label>
      <input
        id={ids.spacing}
        type="number"
        min={0}
        max={10080}
        value={v.scheduleSpacingMinutes}
        onChange={(e) =>
          change({
            scheduleSpacingMinutes: Math.min(10080, Math.max(0, Math.round(Number(e.target.value) || 0))),
          })
        }
      />
      <div className="check">
        <input
          id={`${ids.help}-warn`}
          type="checkbox"
          checked={v.warnAlreadyPinned}
          onChange={(e) => change({ warnAlreadyPinned: e.target.checked })}
        />
        <label htmlFor={`${ids.help}-warn`}>{t('defaultsWarn')}</label>
      </div>
    </fieldset>
  );
}
