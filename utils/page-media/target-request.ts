import type { PinTargetRequest } from './target-schema';

export const PIN_TARGET_REQUEST_KEY = '__pinbridgePinTargetRequest';

/** Plain checks, not zod: this runs in the content script, which must stay small. */
export function readPinTargetRequest(value: unknown): PinTargetRequest {
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const kind = record.kind === 'video' || record.kind === 'page' ? record.kind : 'image';
  const srcUrl =
    typeof record.srcUrl === 'string' && record.srcUrl.length <= 2_100_000 ? record.srcUrl : undefined;
  return { kind, srcUrl };
}
