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
