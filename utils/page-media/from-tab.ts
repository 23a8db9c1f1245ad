import { PageAccessError } from './inject';
import { pageMediaSchema, type PageMedia } from './schema';
import { unpackPageMedia } from './transfer';
import { t } from '@/utils/i18n';

export { PageAccessError };

/** Checks what the collector answered: the page is untrusted. */
export function parseCollected(raw: unknown): PageMedia {
  const parsed = pageMediaSchema.safeParse(unpackPageMedia(raw));
  if (!parsed.success) {
    throw new PageAccessError(t('pageNotImageList'));
  }
  return parsed.data;
}
