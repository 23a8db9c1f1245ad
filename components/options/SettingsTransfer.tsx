import { useId, useState } from 'react';
import { FeedbackMessage, type Feedback } from '@/components/Feedback';
import { exportSettings, importSettings } from '@/utils/settings-transfer';
import { t } from '@/utils/i18n';

/** Export to a file and import from one; secrets are never part of it. */
export function SettingsTransfer() {
  const fileId = useId();
  const [message, setMessage] = useState<Feedback>();

  const download = async () => {
    const data = await exportSettings();
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `pinbridge-settings-${data.exportedAt.slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage({ kind: 'status', text: t('transferExported') });
  };

  const upload = async (file: File | undefined) => {
    if (!file) return;
    try {
      const { applied, skipped } = await importSettings(await file.text());
      setMessage({
        kind: 'status',
        text: [
          t('transferImported', applied.join(', ') || t('transferNothing')),
          skipped.length ? t('transferSkipped', skipped.join('; ')) : '',
          t('transferReload'),
        ]
          .filter(Boolean)
          .join(' '),
      });
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className="stack">
      <div className="row">
        <button type="button" onClick={() => void download()}>
          {t('transferExport')}
        </button>
        <label htmlFor={fileId} className="button-like">
          {t('transferImport')}
        </label>
        <input
          id={fileId}
          type="file"
          accept="application/json,.json"
          onChange={(e) => void upload(e.target.files?.[0])}
        />
      </div>
      <FeedbackMessage feedback={message} />
    </div>
  );
}
