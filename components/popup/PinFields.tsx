import { useId } from 'react';
import type { ReactNode } from 'react';
import { LIMITS } from '@/utils/pinbridge/schemas/pins';

export interface PinText {
  title: string;
  description: string;
  link: string;
  altText: string;
}

const FIELDS: Array<{
  key: keyof PinText;
  label: string;
  limit: number;
  multiline?: boolean;
  submitOnEnter?: boolean;
}> = [
  { key: 'title', label: 'Title', limit: LIMITS.title },
  { key: 'description', label: 'Description', limit: LIMITS.description, multiline: true },
  { key: 'link', label: 'Link', limit: LIMITS.link },
  // The last field: Enter publishes (Shift+Enter still breaks the line), as in a one-line form.
  { key: 'altText', label: 'Alt text', limit: LIMITS.altText, multiline: true, submitOnEnter: true },
];

/** The same rules the client applies before sending, for messages next to each field. */
export function fieldErrors(text: PinText): Partial<Record<keyof PinText, string>> {
  const errors: Partial<Record<keyof PinText, string>> = {};
  if (!text.title.trim()) errors.title = 'Give the pin a title.';
  for (const field of FIELDS) {
    if (text[field.key].length > field.limit)
      errors[field.key] = `${field.label} has at most ${field.limit} characters.`;
  }
  if (text.link.trim() && !/^https?:\/\/\S+$/i.test(text.link.trim()))
    errors.link = 'Use a full http:// or https:// address.';
  return errors;
}

/** Title, description, link and alt text with live counters; over-long text is shown, not cut. */
export function PinFields({
  text,
  onChange,
  name,
  children,
}: {
  text: PinText;
  onChange: (text: PinText) => void;
  name: string;
  children?: ReactNode;
}) {
  const base = useId();
  const errors = fieldErrors(text);
  return (
    <div role="group" aria-label={name} className="stack pin-fields">
      {FIELDS.map((field) => {
        const id = `${base}-${field.key}`;
        const value = text[field.key];
        const over = value.length > field.limit;
        const Input = field.multiline ? 'textarea' : 'input';
        return (
          <div key={field.key} className="field">
            <div className="row spread">
              <label htmlFor={id}>{field.label}</label>
              <span className={over ? 'counter error' : 'counter'} aria-live="polite">
                {value.length}/{field.limit}
              </span>
            </div>
            <Input
              id={id}
              value={value}
              rows={field.multiline ? 2 : undefined}
              aria-invalid={errors[field.key] ? true : undefined}
              aria-describedby={errors[field.key] ? `${id}-error` : undefined}
              onChange={(e) => onChange({ ...text, [field.key]: e.target.value })}
              onKeyDown={(e) => {
                if (!field.submitOnEnter || e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing)
                  return;
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }}
            />
            {errors[field.key] && (
              <p id={`${id}-error`} className="error">
                {errors[field.key]}
              </p>
            )}
          </div>
        );
      })}
      {children}
    </div>
  );
}
