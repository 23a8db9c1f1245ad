import { z } from '@/utils/zod';
import { lazySchema } from '@/utils/lazy-schema';
import type { MessageKey } from './i18n';

/** Each placeholder of a description template, with the message that explains it. */
export const TEMPLATE_PLACEHOLDERS = {
  '{title}': 'placeholderTitle',
  '{url}': 'placeholderUrl',
  '{site}': 'placeholderSite',
  '{alt}': 'placeholderAlt',
  '{selection}': 'placeholderSelection',
} as const satisfies Record<string, MessageKey>;

export const pinDefaultsSchema = lazySchema(() =>
  z.object({
    /** Pin here unless the user picks another board; empty: the last board used. */
    accountId: z.string(),
    boardId: z.string(),
    /** Empty: the page's own description (the brief's fallback order). */
    descriptionTemplate: z.string().max(800),
    /** Used in turn instead of the template, so repeated pins do not carry identical text. */
    variants: z.array(z.string().max(800)).max(20),
    /** `source`: the image's own link, else the page's (fallback order); `page`: the page; `none`. */
    link: z.enum(['source', 'page', 'none']),
    scheduleSpacingMinutes: z.number().int().min(0).max(10080),
    warnAlreadyPinned: z.boolean(),
  }),
);
export type PinDefaults = z.infer<typeof pinDefaultsSchema>;

export const DEFAULT_PIN_DEFAULTS: PinDefaults = {
  accountId: '',
  boardId: '',
  descriptionTemplate: '',
  variants: [],
  link: 'source',
  scheduleSpacingMinutes: 0,
  warnAlreadyPinned: true,
};

export interface TemplateValues {
  title: string;
  url: string;
  site: string;
  alt: string;
  selection: string;
}

/** Fills `{title}`, `{url}`, `{site}`, `{alt}`, `{selection}`; unknown braces stay as typed. */
export function fillTemplate(template: string, values: TemplateValues): string {
  return template
    .replace(/\{(title|url|site|alt|selection)\}/g, (_, key: keyof TemplateValues) => values[key])
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/** The template for the `turn`-th pin: the variants in turn when there are any, else the template. */
export function templateFor(defaults: PinDefaults, turn: number): string {
  const variants = defaults.variants.filter((v) => v.trim());
  return variants.length ? variants[turn % variants.length]! : defaults.descriptionTemplate;
}
