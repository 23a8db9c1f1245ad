import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createMessageHandlers } from '@/entrypoints/background/message-handlers';
import { createAuthed } from '@/entrypoints/background/authed';
import { createPinActions } from '@/entrypoints/background/pin-actions';
import { createServices } from '@/entrypoints/background/services';
import { protocol, registerMessageHandlers, sendMessage } from '@/utils/messaging';
import { apiBaseUrlItem } from '@/utils/storage';
import { PinBridgeError } from '@/utils/pinbridge';

const extensionPage = () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/popup.html') });
const contentScript = () => ({
  id: browser.runtime.id,
  url: 'https://shop.example/item',
  tab: { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false },
});

/** The background's handlers, wired as `entrypoints/background/index.ts` wires them. */
function handlers() {
  const services = createServices();
  const authed = createAuthed(services.session);
  return createMessageHandlers(services, authed, createPinActions(services, authed));
}

describe('message protocol', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('has a background handler for every message and no handler for an unknown one', () => {
    expect(Object.keys(handlers()).sort()).toEqual(Object.keys(protocol).sort());
  });

  it('answers a well-formed message from an extension page', async () => {
    await apiBaseUrlItem.setValue('http://127.0.0.1:8787');
    // The fake browser has no manifest.
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'x',
      version: '1.2.3',
    });
    registerMessageHandlers(handlers());
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(
      { channel: 'pinbridge', type: 'getStatus', data: {} },
      extensionPage(),
    );
    expect(reply).toEqual({ ok: true, result: { version: '1.2.3', apiBaseUrl: 'http://127.0.0.1:8787' } });
  });

  it('refuses extension-page messages sent by a content script', async () => {
    registerMessageHandlers(handlers());
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(
      { channel: 'pinbridge', type: 'getStatus', data: {} },
      contentScript(),
    );
    expect(reply).toEqual({ ok: false, error: '"getStatus" is not accepted from this sender.' });
  });

  it('takes the hover button’s message only from a content script, and menu clicks only from extension pages', async () => {
    registerMessageHandlers(handlers());
    const [fromPage] = await fakeBrowser.runtime.onMessage.trigger(
      { channel: 'pinbridge', type: 'hoverPin', data: { srcUrl: 'https://shop.example/a.jpg' } },
      extensionPage(),
    );
    expect(fromPage).toEqual({ ok: false, error: '"hoverPin" is not accepted from this sender.' });
    const [fromScript] = await fakeBrowser.runtime.onMessage.trigger(
      { channel: 'pinbridge', type: 'contextMenuClick', data: { menuItemId: 'pin-image', tabId: 7 } },
      contentScript(),
    );
    expect(fromScript).toEqual({ ok: false, error: '"contextMenuClick" is not accepted from this sender.' });
  });

  it('refuses malformed data before any handler runs', async () => {
    let called = false;
    registerMessageHandlers({
      ...handlers(),
      uploadMedia: async () => {
        called = true;
        throw new Error('unreachable');
      },
    });
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(
      { channel: 'pinbridge', type: 'uploadMedia', data: { url: 'data:,', tabId: 'seven', kind: 'image' } },
      extensionPage(),
    );
    expect(reply).toEqual({ ok: false, error: 'Malformed "uploadMedia" message.' });
    expect(called).toBe(false);
  });

  it('answers a PinBridge failure with what happened and what to do, since only text reaches the page', async () => {
    registerMessageHandlers({
      ...handlers(),
      getBoards: async () => {
        throw new PinBridgeError({
          kind: 'network',
          message: 'PinBridge could not be reached',
          endpoint: 'GET /v1/pinterest/boards',
        });
      },
    });
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(
      { channel: 'pinbridge', type: 'getBoards', data: { accountId: 'acc-1' } },
      extensionPage(),
    );
    expect(reply).toEqual({
      ok: false,
      error: 'PinBridge could not be reached. Check your internet connection and try again.',
    });
  });

  it('leaves messages of other channels to other listeners', async () => {
    registerMessageHandlers(handlers());
    const replies = await fakeBrowser.runtime.onMessage.trigger({ type: 'getStatus' }, extensionPage());
    expect(replies).toEqual([undefined]);
  });

  it('sendMessage turns a handler failure into a thrown error with its message', async () => {
    // The fake browser delivers with an empty sender; stand in for the real one.
    browser.runtime.onMessage.addListener(() => Promise.resolve({ ok: false, error: 'Tab is gone.' }));
    await expect(sendMessage('uploadMedia', { url: 'data:,', tabId: 1, kind: 'image' })).rejects.toThrow(
      'Tab is gone.',
    );
  });

  it('sendMessage rejects an answer that does not match the protocol', async () => {
    browser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true, result: { version: 3 } }));
    await expect(sendMessage('getStatus', {})).rejects.toThrow();
  });
});
