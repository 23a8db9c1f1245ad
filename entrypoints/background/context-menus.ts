import { browser, type Browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { boardsCacheItem, lastTargetItem } from '@/utils/storage';
import type { PinActions, PinRequest } from './pin-actions';

const RECENT_BOARDS = 3;
export const MENU_IDS = {
  image: 'pin-image',
  page: 'pin-page',
  video: 'pin-video',
  recent: (index: number) => `pin-to-recent-${index}`,
} as const;

/** "Pin to ‹board›" items follow the recent boards; hidden until there are any. */
async function showRecentBoards(): Promise<void> {
  const [last, boards] = await Promise.all([lastTargetItem.getValue(), boardsCacheItem.getValue()]);
  const known = last.accountId ? (boards[last.accountId]?.boards ?? []) : [];
  for (let i = 0; i < RECENT_BOARDS; i++) {
    const board = known.find((b) => b.id === last.recentBoardIds[i]);
    await browser.contextMenus
      .update(
        MENU_IDS.recent(i),
        board ? { title: t('menuPinToBoard', board.name), visible: true } : { visible: false },
      )
      .catch(() => undefined); // not created yet: the next creation reads the same values
  }
}

/** Removing first makes creation idempotent: install, update and every browser start land on one set. */
async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  const create = (props: Browser.contextMenus.CreateProperties) =>
    new Promise<void>((resolve) => browser.contextMenus.create(props, () => resolve()));
  await create({ id: MENU_IDS.image, title: t('menuPinImage'), contexts: ['image'] });
  for (let i = 0; i < RECENT_BOARDS; i++)
    await create({
      id: MENU_IDS.recent(i),
      title: t('menuPinToRecent'),
      contexts: ['image'],
      visible: false,
    });
  await create({ id: MENU_IDS.page, title: t('menuPinPage'), contexts: ['page', 'link', 'selection'] });
  await create({ id: MENU_IDS.video, title: t('menuPinVideo'), contexts: ['video'] });
  await showRecentBoards();
}

/** Maps a menu click to what to pin; `undefined` for items that are not ours. */
export function toPinRequest(
  info: Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'srcUrl' | 'linkUrl' | 'frameId'>,
  tabId: number,
): PinRequest | undefined {
  const id = String(info.menuItemId);
  const where = { tabId, frameId: info.frameId ?? 0, srcUrl: info.srcUrl, linkUrl: info.linkUrl };
  if (id === MENU_IDS.image) return { ...where, kind: 'image' };
  if (id === MENU_IDS.page) return { ...where, kind: 'page' };
  if (id === MENU_IDS.video) return { ...where, kind: 'video' };
  const recent = /^pin-to-recent-(\d)$/.exec(id);
  if (recent) return { ...where, kind: 'image', recentBoard: Number(recent[1]) };
  return undefined;
}

export function registerContextMenus(actions: PinActions): void {
  browser.runtime.onInstalled.addListener(() => void createMenus());
  browser.runtime.onStartup.addListener(() => void createMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const request = tab?.id === undefined ? undefined : toPinRequest(info, tab.id);
    if (request) void actions.pin(request);
  });
  lastTargetItem.watch(() => void showRecentBoards());
  boardsCacheItem.watch(() => void showRecentBoards());
}
