import { randomUUID } from 'node:crypto';
import { route, type Ctx, type Route } from '../context';
import { detail, domainError, invalidUuid, json, validationFailed, UUID, type Reply } from '../respond';
import { nowIso, type AssetRecord } from '../state';

const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp']);
const VIDEO_TYPES = new Set(['video/mp4', 'video/quicktime', 'video/webm']);

function sizeDisplay(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}

export function assetJson({ bytes: _bytes, ...asset }: AssetRecord) {
  return asset;
}

async function readFile(ctx: Ctx): Promise<File | Reply> {
  const contentType = String(ctx.headers['content-type'] ?? '');
  if (!contentType.startsWith('multipart/form-data')) {
    return validationFailed([{ loc: ['body', 'file'], msg: 'Field required', type: 'missing' }]);
  }
  let form: FormData;
  try {
    // Node's fetch implementation parses multipart bodies; no parser of our own needed.
    form = await new Request('http://stand-in/upload', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: new Uint8Array(ctx.raw),
    }).formData();
  } catch {
    return validationFailed([
      { loc: ['body'], msg: 'There was an error parsing the body', type: 'value_error' },
    ]);
  }
  const file = form.get('file');
  if (!(file instanceof File))
    return validationFailed([{ loc: ['body', 'file'], msg: 'Field required', type: 'missing' }]);
  return file;
}

function uploader(kind: AssetRecord['asset_type'], accepted: Set<string>) {
  return async (ctx: Ctx): Promise<Reply> => {
    const { store, principal, origin } = ctx;
    if (principal.workspace.plan === 'free') {
      return domainError(402, 'feature_unavailable', 'Uploaded media needs a paid plan.', {
        upgrade_url: `${origin}/billing/upgrade`,
        remediation: 'Upgrade your plan to upload images and videos.',
      });
    }
    const file = await readFile(ctx);
    if (!(file instanceof File)) return file;
    const type = file.type.split(';')[0]!.trim().toLowerCase();
    if (!accepted.has(type)) {
      return domainError(
        415,
        'unsupported_media_type',
        `Files of type "${type || 'unknown'}" cannot be uploaded as ${kind}s.`,
        {
          remediation: `Use one of: ${[...accepted].join(', ')}.`,
        },
      );
    }
    if (file.size > store.settings.maxUploadBytes) {
      return domainError(
        413,
        'file_too_large',
        `The file is ${sizeDisplay(file.size)}; the limit is ${sizeDisplay(store.settings.maxUploadBytes)}.`,
      );
    }
    const id = randomUUID();
    const now = nowIso();
    const asset: AssetRecord = {
      id,
      workspace_id: principal.workspace.id,
      workspace_environment: principal.workspace.environment,
      asset_type: kind,
      original_filename: file.name || kind,
      stored_filename: `${id}-${file.name || kind}`,
      content_type: type,
      file_size_bytes: file.size,
      file_size_display: sizeDisplay(file.size),
      referenced_by_pin_count: 0,
      public_url: `${origin}/v1/assets/${id}/content`,
      created_at: now,
      updated_at: now,
      bytes: Buffer.from(await file.arrayBuffer()),
    };
    store.assets.push(asset);
    return json(201, assetJson(asset));
  };
}

function findAsset(ctx: Ctx, workspaceScoped: boolean) {
  const id = ctx.params[0]!;
  if (!UUID.test(id)) return { reply: invalidUuid('asset_id') };
  const asset = ctx.store.assets.find(
    (a) => a.id === id && (!workspaceScoped || a.workspace_id === ctx.principal.workspace.id),
  );
  return asset ? { asset } : { reply: detail(404, 'Asset not found') };
}

function get(ctx: Ctx) {
  const found = findAsset(ctx, true);
  return found.reply ?? json(200, assetJson(found.asset));
}

/** Serves the bytes back, as `public_url` promises (public here, so pins and previews can load it). */
function content(ctx: Ctx): Reply {
  const found = findAsset(ctx, false);
  if (found.reply) return found.reply;
  return { status: 200, body: found.asset.bytes, headers: { 'Content-Type': found.asset.content_type } };
}

export const assetRoutes: Route[] = [
  route('POST', '/v1/assets/images', 'write', uploader('image', IMAGE_TYPES)),
  route('POST', '/v1/assets/videos', 'write', uploader('video', VIDEO_TYPES)),
  route('GET', '/v1/assets/{asset_id}', 'read', get),
  route('GET', '/v1/assets/{asset_id}/content', 'none', content),
];
