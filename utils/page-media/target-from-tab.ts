import { browser } from 'wxt/browser';
import { PageAccessError } from './inject';
import { PIN_TARGET_REQUEST_KEY } from './target-request';
import { pinTargetSchema, type PinTarget, type PinTargetRequest } from './target-schema';
import { t } from '@/utils/i18n';

const TARGET_FILE = '/content-scripts/pin-target.js';

export interface FrameRef {
  tabId: number;
  /** 0 (or absent) is the top frame. */
  frameId?: number;
}

/** Asks the frame the user clicked in what exactly they pointed at; the answer is checked (untrusted). */
export async function findTargetInTab(where: FrameRef, request: PinTargetRequest): Promise<PinTarget> {
  const target = { tabId: where.tabId, frameIds: [where.frameId ?? 0] };
  let raw: unknown;
  try {
    await browser.scripting.executeScript({
      target,
      func: (key: string, value: PinTargetRequest) => {
        (globalThis as Record<string, unknown>)[key] = value;
      },
      args: [PIN_TARGET_REQUEST_KEY, request],
    });
    const results = await browser.scripting.executeScript({ target, files: [TARGET_FILE] });
    raw = results[0]?.result;
  } catch (error) {
    throw new PageAccessError(t('pageUnreadable', error instanceof Error ? error.message : String(error)));
  }
  const parsed = pinTargetSchema.safeParse(raw);
  if (!parsed.success) throw new PageAccessError(t('pageNotImage'));
  return parsed.data;
}
