import { useId } from 'react';
import type { ReactNode } from 'react';
import { t, type MessageKey } from '@/utils/i18n';
import { LIMITS } from '@/utils/pinbridge/schemas/pins';

export interface PinText {
  title: string;
  description: string;
  link: string;
  altText: string;
}

const FIELDS: Array<{
  key: keyof PinText;
  label: MessageKey;
  limit: number;
  multiline?: boolean;
  submitOnEnter?: boolean;
}> = [
  { key: 'title', label: 'fieldTitle', limit: LIMITS.title },
  { key: 'description', label: 'fieldDescription', limit: LIMITS.description, multiline: true },
  { key: 'link', label: 'fieldLink', limit: LIMITS.link },
  // The last field: Enter publishes (Shift+Enter still breaks the line), as in a one-line form.
  { key: 'altText', label: 'fieldAltText', limit: LIMITS.altText, multiline: true, submitOnEnter: true },
];

/** The same rules the client applies before sending, for messages next to each field. */
export function fieldErrors(text: PinText): Partial<Record<keyof PinText, string>> {
  const errors: Partial<Record<keyof PinText, string>> = {};
  if (!text.title.trim()) errors.title = t('fieldNeedsTitle');
  for (const field of FIELDS) {
    if (text[field.key].length > field.limit)
      errors[field.key] = t('fieldTooLong', t(field.label), String(field.limit));
  }
  if (text.link.trim() && !/^https?:\/\/\S+$/i.test(text.link.trim())) errors.link = t('fieldBadLink');
  return errors;
}

/** Title, description, link and alt text with counters; over-long text is shown, not cut. */
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
              <label htmlFor={id}>{t(field.label)}</label>
              {/* Read with the field, not announced on every keystroke: the message below speaks up
                  once the text goes over the limit. */}
              <span id={`${id}-count`} className={over ? 'counter error' : 'counter'}>
                {value.length}/{field.limit}
              </span>
            </div>
            <Input
              id={id}
              value={value}
              rows={field.multiline ? 2 : undefined}
              aria-invalid={errors[field.key] ? true : undefined}
              aria-describedby={errors[field.key] ? `${id}-error ${id}-count` : `${id}-count`}
              onChange={(e) => onChange({ ...text, [field.key]: e.target.value })}
              onKeyDown={(e) => {
                if (!field.submitOnEnter || e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing)
                  return;
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }}
            />
            <div aria-live="polite" className="field-message">
              {errors[field.key] && (
                <p id={`${id}-error`} className="error">
                  {errors[field.key]}
                </p>
              )}
            </div>
          </div>
        );
      })}
      {children}
    </div>
  );
}
