import { t } from '@/utils/i18n';

export type Feedback = { kind: 'error' | 'status'; text: string } | undefined;

/** An outcome said in words: an alert for errors (announced at once), a status otherwise. */
export function FeedbackMessage({ feedback }: { feedback: Feedback }) {
  if (!feedback) return null;
  return (
    <p
      role={feedback.kind === 'error' ? 'alert' : 'status'}
      className={feedback.kind === 'error' ? 'error' : 'saved'}
    >
      {feedback.text}
    </p>
  );
}

/** A value still on its way: loading, or failed with a message. */
export type NotReadyState = { status: 'loading' } | { status: 'error'; message: string };

/** What stands in for a value until it is ready: a status while loading, an alert when it failed. */
export function NotReady({ state, loading }: { state: NotReadyState; loading?: string }) {
  if (state.status === 'loading') return <p role="status">{loading ?? t('loading')}</p>;
  return (
    <p role="alert" className="error">
      {state.message}
    </p>
  );
}
