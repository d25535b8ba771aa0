import { beforeEach, describe, expect, it } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSerialQueue } from '../../lib/background/serial-queue';
import { startBackground } from '../../lib/background/start-background';
import { createTabsToReload } from '../../lib/background/tabs-to-reload';
import { needsReload } from '../../lib/tab-assistant-state';
import { tabsToReloadItem } from '../../lib/session-storage';

const make = (openSiteTabIds: () => Promise<number[]>, injectsIntoOpenTabs = false) =>
  createTabsToReload({ enqueue: createSerialQueue(), openSiteTabIds, injectsIntoOpenTabs });

describe('tabs open before an install or update', () => {
  beforeEach(() => fakeBrowser.reset());

  it('lists every open tab of ours on install or update, and forgets each one when it is live again', async () => {
    const tabs = make(async () => [4, 9, 4]);
    await tabs.recordOpenTabs();
    expect(await tabsToReloadItem.getValue()).toEqual([4, 9]);
    await tabs.clear(4);
    expect(await tabsToReloadItem.getValue()).toEqual([9]);
    await tabs.clear(123); // not listed: nothing changes
    expect(await tabsToReloadItem.getValue()).toEqual([9]);
  });

  it('lists nothing where the browser injects the new content scripts into open tabs (Firefox)', async () => {
    await make(async () => [4], true).recordOpenTabs();
    expect(await tabsToReloadItem.getValue()).toEqual([]);
  });

  it('lists nothing, and does not throw, when the tabs cannot be queried', async () => {
    await make(() => Promise.reject(new Error('no tabs'))).recordOpenTabs();
    expect(await tabsToReloadItem.getValue()).toEqual([]);
  });

  it('reads anything unreadable as "no reload needed"', () => {
    for (const stored of [undefined, null, 'x', { 4: true }, ['4']]) expect(needsReload(stored, 4), JSON.stringify(stored)).toBe(false);
    expect(needsReload([1, 4], 4)).toBe(true);
  });
});

describe('background wiring', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    startBackground();
  });

  it('a message accepted from a listed tab, the tab loading a page, or closing takes it off the list', async () => {
    await tabsToReloadItem.setValue([7, 8, 9]);
    const kartraTab7 = { id: browser.runtime.id, url: 'https://app.kartra.com/integrations', frameId: 0, tab: { id: 7 } as Browser.tabs.Tab };
    await fakeBrowser.runtime.onMessage.trigger({ type: 'guide/for-this-tab' }, kartraTab7, () => undefined);
    await fakeBrowser.tabs.onUpdated.trigger(8, { status: 'loading' }, {} as never);
    await fakeBrowser.tabs.onRemoved.trigger(9, { windowId: 1, isWindowClosing: false });
    await expect.poll(() => tabsToReloadItem.getValue()).toEqual([]);
  });

  it('a message the router refuses (a look-alike site) does not take the tab off the list', async () => {
    await tabsToReloadItem.setValue([7]);
    const lookAlike = { id: browser.runtime.id, url: 'https://app-kartra.com/integrations', frameId: 0, tab: { id: 7 } as Browser.tabs.Tab };
    await fakeBrowser.runtime.onMessage.trigger({ type: 'guide/for-this-tab' }, lookAlike, () => undefined);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'no-such-message' }, { ...lookAlike, url: 'https://app.kartra.com/' }, () => undefined);
    expect(await tabsToReloadItem.getValue()).toEqual([7]);
  });
});
