import { t } from '@/utils/i18n';
export type MediaKind = 'image' | 'video';

const MB = 1024 * 1024;

/** What PinBridge accepts per kind; the caps keep a page from making us carry an enormous file. */
export const MEDIA_LIMITS: Record<MediaKind, { maxBytes: number; types: readonly string[] }> = {
  image: { maxBytes: 20 * MB, types: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'] },
  video: { maxBytes: 200 * MB, types: ['video/mp4', 'video/quicktime', 'video/webm'] },
};

export class MediaError extends Error {
  override name = 'MediaError';
}

export const formatBytes = (bytes: number) =>
  bytes < MB ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / MB).toFixed(1)} MB`;

/** The type the file's first bytes show; servers and data: URLs often state the wrong one or none. */
export function sniffType(bytes: Uint8Array): string | undefined {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  const ascii = (from: number, text: string) =>
    [...text].every((ch, i) => bytes[from + i] === ch.charCodeAt(0));
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png';
  if (ascii(0, 'GIF8')) return 'image/gif';
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'image/webp';
  if (ascii(4, 'ftypqt')) return 'video/quicktime';
  if (ascii(4, 'ftyp')) return 'video/mp4';
  if (starts(0x1a, 0x45, 0xdf, 0xa3)) return 'video/webm';
  return undefined;
}

/** The word for the kind of file, in the user's language. */
export const mediaWord = (kind: MediaKind) => t(kind === 'video' ? 'mediaVideo' : 'mediaImage');

/** Refuses what PinBridge would refuse, with words a user understands. */
export function checkMedia(kind: MediaKind, bytes: Uint8Array, statedType: string): string {
  const { maxBytes, types } = MEDIA_LIMITS[kind];
  if (bytes.byteLength > maxBytes)
    throw new MediaError(t('mediaTooLarge', mediaWord(kind), formatBytes(maxBytes)));
  if (bytes.byteLength === 0) throw new MediaError(t('mediaEmpty', mediaWord(kind)));
  const type = sniffType(bytes) ?? statedType.split(';')[0]!.trim().toLowerCase();
  if (!types.includes(type)) {
    const names = types.map((t) => t.split('/')[1]!.toUpperCase()).join(', ');
    throw new MediaError(t('mediaWrongType', mediaWord(kind), type || t('mediaUnknownType'), names));
  }
  return type;
}

export function tooLarge(kind: MediaKind, bytes: number): boolean {
  return bytes > MEDIA_LIMITS[kind].maxBytes;
}
