import { useEffect, useId, useState } from 'react';
import { notificationSettingsItem, type NotificationSettings } from '@/utils/storage';
import { t } from '@/utils/i18n';

/** Desktop notifications per outcome; saved as soon as a box is ticked. */
export function NotificationSettingsForm() {
  const publishedId = useId();
  const failedId = useId();
  const [settings, setSettings] = useState<NotificationSettings | undefined>();

  useEffect(() => {
    void notificationSettingsItem.getValue().then(setSettings);
  }, []);

  const change = (key: keyof NotificationSettings, value: boolean) => {
    if (!settings) return;
    const next = { ...settings, [key]: value };
    setSettings(next);
    void notificationSettingsItem.setValue(next);
  };

  return (
    <fieldset disabled={!settings}>
      <legend>{t('notifyLegend')}</legend>
      <div className="check">
        <input
          id={publishedId}
          type="checkbox"
          checked={settings?.published ?? true}
          onChange={(e) => change('published', e.target.checked)}
        />
        <label htmlFor={publishedId}>{t('notifyWhenPublished')}</label>
      </div>
      <div className="check">
        <input
          id={failedId}
          type="checkbox"
          checked={settings?.failed ?? true}
          onChange={(e) => change('failed', e.target.checked)}
        />
        <label htmlFor={failedId}>{t('notifyWhenFailed')}</label>
      </div>
    </fieldset>
  );
}
