import { ApiBaseUrlForm } from '@/components/ApiBaseUrlForm';
import { HoverButtonSetting } from '@/components/HoverButtonSetting';
import { NotificationSettingsForm } from '@/components/NotificationSettingsForm';
import { AccountPanel } from '@/components/options/AccountPanel';
import { ConnectionTest } from '@/components/options/ConnectionTest';
import { DefaultsForm } from '@/components/options/DefaultsForm';
import { DiagnosticsPanel } from '@/components/options/DiagnosticsPanel';
import { SettingsTransfer } from '@/components/options/SettingsTransfer';
import { WebhooksPanel } from '@/components/options/WebhooksPanel';
import { t } from '@/utils/i18n';

export function OptionsApp() {
  return (
    <main className="options stack">
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="connection-heading" className="stack">
        <h2 id="connection-heading">{t('optionsConnection')}</h2>
        <ApiBaseUrlForm />
        <ConnectionTest />
      </section>
      <section aria-labelledby="account-heading" className="stack">
        <h2 id="account-heading">{t('optionsAccount')}</h2>
        <AccountPanel />
      </section>
      <section aria-labelledby="defaults-heading" className="stack">
        <h2 id="defaults-heading">{t('optionsDefaults')}</h2>
        <DefaultsForm />
      </section>
      <section aria-labelledby="behaviour-heading" className="stack">
        <h2 id="behaviour-heading">{t('optionsBehaviour')}</h2>
        <NotificationSettingsForm />
        <HoverButtonSetting />
      </section>
      <section aria-labelledby="transfer-heading" className="stack">
        <h2 id="transfer-heading">{t('optionsTransfer')}</h2>
        <SettingsTransfer />
      </section>
      <details>
        <summary>{t('optionsWebhooksSummary')}</summary>
        <section aria-label={t('optionsWebhooks')} className="stack">
          <WebhooksPanel />
        </section>
      </details>
      <details>
        <summary>{t('optionsDiagnostics')}</summary>
        <section aria-label={t('optionsDiagnostics')} className="stack">
          <DiagnosticsPanel />
        </section>
      </details>
    </main>
  );
}
