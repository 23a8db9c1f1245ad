import { ApiBaseUrlForm } from '@/components/ApiBaseUrlForm';
import { HoverButtonSetting } from '@/components/HoverButtonSetting';
import { NotificationSettingsForm } from '@/components/NotificationSettingsForm';

export function OptionsApp() {
  return (
    <main className="options">
      <h1>PinBridge settings</h1>
      <section aria-labelledby="connection-heading">
        <h2 id="connection-heading">Connection</h2>
        <ApiBaseUrlForm />
      </section>
      <section aria-labelledby="behaviour-heading">
        <h2 id="behaviour-heading">Behaviour</h2>
        <NotificationSettingsForm />
        <HoverButtonSetting />
      </section>
    </main>
  );
}
