/**
 * Issue 16, item 4: what decides a verdict is kept where content scripts cannot reach it (lib/trusted-store.ts), and
 * what older versions left in storage.local is moved there and removed.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refreshContentScriptsOnChange } from '../../lib/background/content-refresh';
import { leaveLocalStorage } from '../../lib/background/leave-local-storage';
import { startBackground } from '../../lib/background/start-background';
import { guidesItem, profileOverrideItem, showMeItem, storageNoticesItem } from '../../lib/storage';
import { defineTrustedItem } from '../../lib/trusted-store';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the trusted store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives the fallback until written, then the value; null deletes', async () => {
    const item = defineTrustedItem<{ n: number } | null>('test-item', null);
    await expect(item.getValue()).resolves.toBeNull();
    await item.setValue({ n: 1 });
    await expect(item.getValue()).resolves.toEqual({ n: 1 });
    await item.setValue(null);
    await expect(item.getValue()).resolves.toBeNull();
  });

  it('keeps nothing in any storage area content scripts can read', async () => {
    await guidesItem.setValue({ 'guide-1': { id: 'guide-1', originalKey: 'pk_live_51abc' } });
    await showMeItem.setValue({ 7: 1 });
    await profileOverrideItem.setValue({ json: '{"version":1}', savedAt: 1 });
    await storageNoticesItem.setValue(['x']);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    await expect(guidesItem.getValue()).resolves.toHaveProperty('guide-1.originalKey', 'pk_live_51abc');
  });

  it('tells watchers in the same context and in other contexts (another page of the extension)', async () => {
    const here = vi.fn();
    const unwatch = guidesItem.watch(here);
    // Another extension page writes: it announces on the extension origin's BroadcastChannel.
    const otherPage = new BroadcastChannel('stripe-reconnect-assistant:trusted-store');
    await guidesItem.setValue({ a: 1 });
    await vi.waitFor(() => expect(here).toHaveBeenLastCalledWith({ a: 1 }));
    await (guidesItem.setValue as (v: unknown) => Promise<void>)({ b: 2 }).then(() => otherPage.postMessage('guides'));
    await vi.waitFor(() => expect(here).toHaveBeenLastCalledWith({ b: 2 }));
    const calls = here.mock.calls.length;
    otherPage.postMessage('showMe');
    otherPage.postMessage(42);
    await settle();
    expect(here.mock.calls.length).toBe(calls);
    unwatch();
    await guidesItem.setValue({ c: 3 });
    await settle();
    expect(here.mock.calls.length).toBe(calls);
    otherPage.close();
  });
});

describe('leaving storage.local (data of versions before the trusted store)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('moves every item over and removes it, with WXT version records', async () => {
    await fakeBrowser.storage.local.set({
      guides: { g: { id: 'g' } },
      guides$: { v: 1 },
      showMe: { 3: 5 },
      profileOverride: { json: '{"version":1}', savedAt: 2 },
      profileOverride$: { v: 1 },
      storageNotices: ['n'],
      unrelated: 'stays',
    });
    await leaveLocalStorage();
    await expect(guidesItem.getValue()).resolves.toEqual({ g: { id: 'g' } });
    await expect(showMeItem.getValue()).resolves.toEqual({ 3: 5 });
    await expect(profileOverrideItem.getValue()).resolves.toEqual({ json: '{"version":1}', savedAt: 2 });
    await expect(storageNoticesItem.getValue()).resolves.toEqual(['n']);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ unrelated: 'stays' });
  });

  it('redacts key shapes from guides an older version stored, as it moves them', async () => {
    await fakeBrowser.storage.local.set({ guides: { g: { id: 'g', history: [{ what: 'Opened sk_live_51CanaryAbCdEfGh' }] } } });
    await leaveLocalStorage();
    expect(JSON.stringify(await guidesItem.getValue())).not.toContain('51Canary');
    await expect(guidesItem.getValue()).resolves.toEqual({ g: { id: 'g', history: [{ what: 'Opened sk_…' }] } });
  });

  it('never lets what is in storage.local overwrite the trusted store (a content script may have written it)', async () => {
    await profileOverrideItem.setValue({ json: '{"version":1,"bannerWords":["mine"]}', savedAt: 1 });
    await guidesItem.setValue({ real: { id: 'real' } });
    await fakeBrowser.storage.local.set({ profileOverride: { json: '{"version":1,"bannerWords":["forged"]}', savedAt: 9 }, guides: { forged: {} } });
    await leaveLocalStorage();
    await expect(profileOverrideItem.getValue()).resolves.toHaveProperty('json', '{"version":1,"bannerWords":["mine"]}');
    await expect(guidesItem.getValue()).resolves.toEqual({ real: { id: 'real' } });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('runs on an update only: what a content script writes to storage.local later is never taken in', async () => {
    const forged = { profileOverride: { json: '{"version":1,"bannerWords":["forged"]}', savedAt: 9 } };
    startBackground();
    await fakeBrowser.storage.local.set(forged);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await fakeBrowser.runtime.onStartup.trigger();
    await settle();
    await expect(profileOverrideItem.getValue()).resolves.toBeNull();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.9.0' });
    await vi.waitFor(async () => expect(await profileOverrideItem.getValue()).toEqual(forged.profileOverride));
    await vi.waitFor(async () => expect(await fakeBrowser.storage.local.get(null)).toEqual({}));
  });

  it('does nothing, and writes nothing, when storage.local holds none of them', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'remove');
    await leaveLocalStorage();
    expect(set).not.toHaveBeenCalled();
  });
});

describe('content scripts are told of changes by message', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sends page-view refreshes for guides and show-me writes, a profile refresh for the override, to every site tab', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number) => {
      if (tabId === 2) throw new Error('Receiving end does not exist.');
      return undefined;
    }) as never);
    refreshContentScriptsOnChange(async () => [1, 2]);
    await guidesItem.setValue({});
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    expect(send).toHaveBeenCalledWith(1, { type: 'content/refresh', what: 'page-view' }, { frameId: 0 });
    await showMeItem.setValue({ 1: 1 });
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(4));
    await profileOverrideItem.setValue(null);
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith(2, { type: 'content/refresh', what: 'profile' }, { frameId: 0 }));
    await storageNoticesItem.setValue(['n']);
    await settle();
    expect(send).toHaveBeenCalledTimes(6);
  });
});
