import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { hoverButtonItem } from '@/utils/storage';
import { t } from '@/utils/i18n';

// Kept in step with the background's registration (entrypoints/background/hover-button.ts).
const HOVER_ORIGINS = ['https://*/*', 'http://*/*'];

/** Opt-in hover button: host access to every site is asked for at the moment it is switched on. */
export function HoverButtonSetting() {
  const id = useId();
  const [enabled, setEnabled] = useState<boolean>();
  const [message, setMessage] = useState<string>();

  useEffect(() => {
    void hoverButtonItem.getValue().then((value) => setEnabled(value.enabled));
  }, []);

  const change = async (on: boolean) => {
    setMessage(undefined);
    if (on) {
      // Must run straight from the click: Chrome asks only during a user gesture.
      const granted = await browser.permissions.request({ origins: HOVER_ORIGINS }).catch(() => false);
      if (!granted) {
        setMessage(t('hoverNotGranted'));
        return;
      }
    }
    await hoverButtonItem.setValue({ enabled: on });
    setEnabled(on);
    if (!on) await browser.permissions.remove({ origins: HOVER_ORIGINS }).catch(() => false);
  };

  return (
    <fieldset disabled={enabled === undefined}>
      <legend>{t('hoverLegend')}</legend>
      <div className="check">
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={enabled ?? false}
          onChange={(e) => void change(e.target.checked)}
        />
        <label htmlFor={id}>{t('hoverSwitch')}</label>
      </div>
      <p className="hint">{t('hoverHint')}</p>
      {message && (
        <p role="alert" className="error">
          {message}
        </p>
      )}
    </fieldset>
  );
}
