import { useId, useState } from 'react';
import { FeedbackMessage, type Feedback } from '@/components/Feedback';
import { exportSettings, importSettings } from '@/utils/settings-transfer';

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
    setMessage({ kind: 'status', text: 'Settings exported (no sign-in details are included).' });
  };

  const upload = async (file: File | undefined) => {
    if (!file) return;
    try {
      const { applied, skipped } = await importSettings(await file.text());
      setMessage({
        kind: 'status',
        text: `Imported: ${applied.join(', ') || 'nothing'}.${skipped.length ? ` Not applied: ${skipped.join('; ')}.` : ''} Reload this page to see them.`,
      });
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className="stack">
      <div className="row">
        <button type="button" onClick={() => void download()}>
          Export settings
        </button>
        <label htmlFor={fileId} className="button-like">
          Import settings
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
