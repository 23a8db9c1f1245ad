import type { FrameRef } from '../page-media/target-from-tab';
import type { PinBridgeClient } from '../pinbridge';
import { checkMedia, type MediaKind } from './limits';
import { readMediaBytes } from './read-bytes';

export interface Uploaded {
  assetId: string;
  bytes: number;
}

function fileName(url: string, type: string, kind: MediaKind): string {
  const extension = type.split('/')[1]?.replace('quicktime', 'mov').replace('jpeg', 'jpg') ?? 'bin';
  const fromPath = /^https?:/i.test(url) ? new URL(url).pathname.split('/').pop() : undefined;
  const stem = fromPath
    ?.replace(/\.[^.]*$/, '')
    .replace(/[^\w.-]+/g, '-')
    .slice(0, 80);
  return `${stem || kind}.${extension}`;
}

/** Reads a file PinBridge cannot fetch itself and uploads it as an asset to pin with `asset_id`. */
export async function uploadMedia(
  api: PinBridgeClient,
  url: string,
  where: FrameRef,
  kind: MediaKind,
): Promise<Uploaded> {
  const { bytes, type: stated } = await readMediaBytes(url, where, kind);
  const type = checkMedia(kind, bytes, stated);
  const file = new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
  const name = fileName(url, type, kind);
  const asset =
    kind === 'image' ? await api.assets.uploadImage(file, name) : await api.assets.uploadVideo(file, name);
  return { assetId: asset.id, bytes: bytes.byteLength };
}
