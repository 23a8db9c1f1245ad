import { browser } from 'wxt/browser';
import type { FrameRef } from '../page-media/target-from-tab';
import { MediaError, MEDIA_LIMITS, formatBytes, mediaWord, type MediaKind } from './limits';
import { t } from '@/utils/i18n';

export interface MediaBytes {
  bytes: Uint8Array;
  type: string;
}

type PageAnswer = { ok: true; type: string; base64: string } | { ok: false; reason: string };

/**
 * Runs in the page's frame (serialised by `executeScript`, so it may use nothing from outside): fetches
 * with the page's origin and cookies, which reaches `blob:` URLs and images only the page may see.
 */
async function fetchInPage(url: string, maxBytes: number): Promise<PageAnswer> {
  try {
    const response = await fetch(url, { credentials: 'include' });
    if (!response.ok) return { ok: false, reason: `the site answered ${response.status}` };
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > maxBytes) return { ok: false, reason: 'too-large' };
    const buffer = new Uint8Array(await response.arrayBuffer());
    if (buffer.byteLength > maxBytes) return { ok: false, reason: 'too-large' };
    let binary = '';
    for (let i = 0; i < buffer.length; i += 0x8000)
      binary += String.fromCharCode(...buffer.subarray(i, i + 0x8000));
    return { ok: true, type: response.headers.get('content-type') ?? '', base64: btoa(binary) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function fetchHere(url: string, maxBytes: number): Promise<MediaBytes> {
  const response = await fetch(url);
  if (!response.ok) throw new MediaError(t('mediaSiteStatus', String(response.status)));
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > maxBytes) throw new MediaError('too-large');
  return { bytes, type: response.headers.get('content-type') ?? '' };
}

/**
 * The file's bytes, read where they can be read: a `data:` URL here, anything else first from the page
 * (its cookies, its `blob:` URLs, its private network), then from the extension itself.
 */
export async function readMediaBytes(url: string, where: FrameRef, kind: MediaKind): Promise<MediaBytes> {
  const { maxBytes } = MEDIA_LIMITS[kind];
  const tooLarge = new MediaError(t('mediaTooLarge', mediaWord(kind), formatBytes(maxBytes)));
  if (/^data:/i.test(url)) {
    // base64 grows by a third: refuse before decoding anything huge.
    if (url.length > (maxBytes * 4) / 3 + 1000) throw tooLarge;
    return fetchHere(url, maxBytes);
  }
  let pageFailure = '';
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId: where.tabId, frameIds: [where.frameId ?? 0] },
      func: fetchInPage,
      args: [url, maxBytes],
    });
    const answer = result?.result as PageAnswer | undefined;
    if (answer?.ok) return { bytes: fromBase64(answer.base64), type: answer.type };
    if (answer?.reason === 'too-large') throw tooLarge;
    pageFailure = answer?.reason ?? t('mediaNoAnswer');
  } catch (error) {
    if (error === tooLarge) throw error;
    pageFailure = error instanceof Error ? error.message : String(error);
  }
  if (/^blob:/i.test(url)) throw new MediaError(t('mediaGoneFromPage', mediaWord(kind), pageFailure));
  try {
    return await fetchHere(url, maxBytes);
  } catch (error) {
    if (error instanceof MediaError && error.message === 'too-large') throw tooLarge;
    throw new MediaError(t('mediaUnreadable', mediaWord(kind), pageFailure));
  }
}
