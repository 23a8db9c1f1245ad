import { ApiBaseUrlForm } from '@/components/ApiBaseUrlForm';

export function OptionsApp() {
  return (
    <main className="options">
      <h1>PinBridge settings</h1>
      <section aria-labelledby="connection-heading">
        <h2 id="connection-heading">Connection</h2>
        <ApiBaseUrlForm />
      </section>
    </main>
  );
}
