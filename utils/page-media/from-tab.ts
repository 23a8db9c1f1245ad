import { PageAccessError } from './inject';
import { pageMediaSchema, type PageMedia } from './schema';

export { PageAccessError };

/** Checks what the collector answered: the page is untrusted. */
export function parseCollected(raw: unknown): PageMedia {
  const parsed = pageMediaSchema.safeParse(raw);
  if (!parsed.success) {
    throw new PageAccessError('The page answered with something that is not a list of images.');
  }
  return parsed.data;
}
