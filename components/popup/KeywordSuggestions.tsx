import { useState } from 'react';
import { sendMessage } from '@/utils/messaging';
import { errorText } from './useBackground';
import { t } from '@/utils/i18n';

const STOP_WORDS = new Set([
  'the',
  'and',
  'for',
  'with',
  'from',
  'this',
  'that',
  'your',
  'our',
  'a',
  'an',
  'of',
  'in',
  'on',
  'to',
]);

/** Words worth asking Pinterest about: the title's, without short and common ones. */
export function keywordsOf(title: string): string[] {
  const words = title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => w.length > 2 && !STOP_WORDS.has(w)))].slice(0, 5);
}

/** Pinterest's related terms for the title's words; a click adds one to the description. */
export function KeywordSuggestions({
  accountId,
  title,
  onAdd,
}: {
  accountId: string;
  title: string;
  onAdd: (term: string) => void;
}) {
  const [terms, setTerms] = useState<string[]>();
  const [error, setError] = useState<string>();
  const words = keywordsOf(title);

  const load = async () => {
    setError(undefined);
    try {
      setTerms(await sendMessage('relatedTerms', { accountId, terms: words }));
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <div className="stack">
      <button type="button" onClick={() => void load()} disabled={!accountId || words.length === 0}>
        {t('keywordsSuggest')}
      </button>
      {error && <p className="error">{error}</p>}
      {terms && terms.length === 0 && <p className="hint">{t('keywordsNone')}</p>}
      {terms && terms.length > 0 && (
        <ul className="chips" aria-label={t('keywordsLabel')}>
          {terms.map((term) => (
            <li key={term}>
              <button type="button" onClick={() => onAdd(term)} aria-label={t('keywordsAdd', term)}>
                + {term}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
