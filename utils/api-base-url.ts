import { z } from '@/utils/zod';
import { lazySchema } from '@/utils/lazy-schema';
import { t } from '@/utils/i18n';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Checks a user-entered API base URL and returns it without trailing slashes. Plain http is allowed
 * only on loopback, where the local stand-in runs; a token must never cross the network unencrypted.
 */
export const apiBaseUrlSchema = lazySchema(() =>
  z
    .string()
    .trim()
    .min(1, t('apiEnterAddress'))
    .transform((value, ctx) => {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        ctx.addIssue({ code: 'custom', message: t('apiNotAddress') });
        return z.NEVER;
      }
      const secure = url.protocol === 'https:';
      const localHttp = url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
      if (!secure && !localHttp) {
        ctx.addIssue({
          code: 'custom',
          message: t('apiUseHttps'),
        });
        return z.NEVER;
      }
      if (url.search || url.hash || url.username || url.password) {
        ctx.addIssue({ code: 'custom', message: t('apiNoExtras') });
        return z.NEVER;
      }
      return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
    }),
);

/** The host-permission pattern that covers an API base URL. */
export function originPattern(baseUrl: string): string {
  const url = new URL(baseUrl);
  return `${url.protocol}//${url.hostname}/*`;
}
