import { browser } from 'wxt/browser';
import { findTargetInTab, type FrameRef } from '@/utils/page-media/target-from-tab';
import type { PinTarget } from '@/utils/page-media/target-schema';
import type { PublishRequest } from '@/utils/outbox/new-entry';
import { t } from '@/utils/i18n';
import { notifyNotice } from '@/utils/notifications';
import { composeTargetsItem, lastTargetItem } from '@/utils/storage';
import { uploadMedia } from '@/utils/uploads/upload';
import type { Authed } from './authed';
import { enqueuePins } from './enqueue';
import type { Services } from './services';

export type PinKind = 'image' | 'video' | 'page';

/** What the user pointed at, as the context menu (or the hover button) reports it. */
export interface PinRequest extends FrameRef {
  kind: PinKind;
  srcUrl?: string;
  linkUrl?: string;
  /** Publish at once to this recent board (0 = most recent), without a window. */
  recentBoard?: number;
}

export type PinOutcome =
  | { outcome: 'compose'; composeId: string }
  | { outcome: 'published'; entryIds: string[] }
  | { outcome: 'refused'; message: string };

const KEEP_TARGETS = 20;
const COMPOSE_SIZE = { width: 460, height: 720 };

function refusal(target: PinTarget, kind: PinKind): string | undefined {
  if (target.blocked) {
    if (target.blockedMessage) return t('refuseSiteMessage', target.blockedMessage);
    return t(kind === 'page' ? 'refuseSitePage' : kind === 'video' ? 'refuseSiteVideo' : 'refuseSiteImage');
  }
  if (kind === 'video') {
    if (!target.video) return t('refuseNoVideo');
    return target.video.streaming ? t('refuseStreaming') : undefined;
  }
  if (!target.image) return t(kind === 'page' ? 'refuseNoPageImage' : 'refuseSmallImage');
  return undefined;
}

/** The right-click and hover actions: a compose window, or a publish with no window at all. */
export function createPinActions({ session, outbox }: Services, authed: Authed) {
  async function openCompose(request: PinRequest, target: PinTarget): Promise<PinOutcome> {
    const composeId = crypto.randomUUID();
    const all = await composeTargetsItem.getValue();
    const kept = Object.entries(all)
      .sort(([, a], [, b]) => b.createdAt - a.createdAt)
      .slice(0, KEEP_TARGETS - 1);
    await composeTargetsItem.setValue({
      ...Object.fromEntries(kept),
      [composeId]: {
        tabId: request.tabId,
        frameId: request.frameId ?? 0,
        target,
        linkUrl: request.kind === 'page' && request.linkUrl ? request.linkUrl : null,
        createdAt: Date.now(),
      },
    });
    const url = browser.runtime.getURL(`/compose.html?target=${composeId}&tabId=${request.tabId}`);
    await browser.windows.create({ url, type: 'popup', ...COMPOSE_SIZE });
    return { outcome: 'compose', composeId };
  }

  async function publishNow(request: PinRequest, target: PinTarget): Promise<PinOutcome> {
    const last = await lastTargetItem.getValue();
    const boardId = last.recentBoardIds[request.recentBoard ?? 0];
    // No board chosen yet, or not signed in: the window explains and lets the user finish.
    if (!boardId || !last.accountId || (await session.info()).status !== 'signed-in')
      return openCompose(request, target);
    const image = target.image!;
    const { page } = target;
    const title = (page.pinTitle || page.title || new URL(page.url).hostname).slice(0, 100);
    return authed(async (api) => {
      const assetId = image.upload
        ? (await uploadMedia(api, image.url, request, 'image')).assetId
        : undefined;
      const pin: PublishRequest = {
        accountId: last.accountId!,
        boardId,
        title,
        description: image.description.slice(0, 800) || undefined,
        link: /^https?:/i.test(image.link) ? image.link : undefined,
        altText: image.alt.slice(0, 500) || undefined,
        imageUrl: image.url,
        assetId,
      };
      const { entryIds } = await enqueuePins(api, outbox, [pin]);
      await lastTargetItem.setValue({
        ...last,
        boardId,
        recentBoardIds: [boardId, ...last.recentBoardIds.filter((id) => id !== boardId)].slice(0, 5),
      });
      return { outcome: 'published', entryIds };
    });
  }

  /** One entry point for every path; refusals are said in a notification, since no window may be open. */
  async function pin(request: PinRequest): Promise<PinOutcome> {
    let outcome: PinOutcome;
    try {
      const target = await findTargetInTab(request, { kind: request.kind, srcUrl: request.srcUrl });
      const refused = refusal(target, request.kind);
      if (refused) outcome = { outcome: 'refused', message: refused };
      else if (request.recentBoard !== undefined && request.kind === 'image')
        outcome = await publishNow(request, target);
      else outcome = await openCompose(request, target);
    } catch (error) {
      outcome = { outcome: 'refused', message: error instanceof Error ? error.message : String(error) };
    }
    if (outcome.outcome === 'refused') await notifyNotice(t('notifyNotPinned'), outcome.message);
    return outcome;
  }

  return { pin };
}

export type PinActions = ReturnType<typeof createPinActions>;
