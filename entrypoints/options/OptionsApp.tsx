import { ApiBaseUrlForm } from '@/components/ApiBaseUrlForm';
import { HoverButtonSetting } from '@/components/HoverButtonSetting';
import { NotificationSettingsForm } from '@/components/NotificationSettingsForm';
import { AccountPanel } from '@/components/options/AccountPanel';
import { ConnectionTest } from '@/components/options/ConnectionTest';
import { DefaultsForm } from '@/components/options/DefaultsForm';
import { DiagnosticsPanel } from '@/components/options/DiagnosticsPanel';
import { SettingsTransfer } from '@/components/options/SettingsTransfer';
import { WebhooksPanel } from '@/components/options/WebhooksPanel';

export function OptionsApp() {
  return (
    <main className="options stack">
      <h1>PinBridge settings</h1>
      <section aria-labelledby="connection-heading" className="stack">
        <h2 id="connection-heading">Connection</h2>
        <ApiBaseUrlForm />
        <ConnectionTest />
      </section>
      <section aria-labelledby="account-heading" className="stack">
        <h2 id="account-heading">Account</h2>
        <AccountPanel />
      </section>
      <section aria-labelledby="defaults-heading" className="stack">
        <h2 id="defaults-heading">Defaults</h2>
        <DefaultsForm />
      </section>
      <section aria-labelledby="behaviour-heading" className="stack">
        <h2 id="behaviour-heading">Behaviour</h2>
        <NotificationSettingsForm />
        <HoverButtonSetting />
      </section>
      <section aria-labelledby="transfer-heading" className="stack">
        <h2 id="transfer-heading">Export and import</h2>
        <SettingsTransfer />
      </section>
      <details>
        <summary>Webhooks (advanced)</summary>
        <section aria-label="Webhooks" className="stack">
          <WebhooksPanel />
        </section>
      </details>
      <details>
        <summary>Diagnostics</summary>
        <section aria-label="Diagnostics" className="stack">
          <DiagnosticsPanel />
        </section>
      </details>
    </main>
  );
}
