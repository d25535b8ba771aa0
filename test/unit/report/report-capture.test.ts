/** The covered screenshot in the background: cover → capture → uncover, with a fake tabs API that records the order. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureCoveredTab, COVER_TIMEOUT_MS, type CaptureTabs } from '../../../lib/background/report-capture';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

interface FakeOptions {
  active?: boolean;
  /** What the content script answers to the cover (a rejection: no content script). */
  cover?: () => Promise<unknown>;
  uncover?: () => Promise<unknown>;
  capture?: () => Promise<string>;
  /** The tab's `active` on the second look, after the capture. */
  activeAfter?: boolean;
}

function fakeTabs(options: FakeOptions = {}) {
  const calls: string[] = [];
  let looks = 0;
  const tabs: CaptureTabs = {
    get: async () => {
      looks += 1;
      return { windowId: 4, active: looks === 1 ? (options.active ?? true) : (options.activeAfter ?? options.active ?? true) };
    },
    sendMessage: async (tabId, message, { frameId }) => {
      calls.push(`${message.type}@${tabId}/${frameId}`);
      if (message.type === 'content/cover') return (options.cover ?? (async () => ({ covered: 3 })))();
      return (options.uncover ?? (async () => ({ uncovered: true })))();
    },
    captureVisibleTab: async (windowId, { format }) => {
      calls.push(`capture@${windowId}/${format}`);
      return (options.capture ?? (async () => PNG))();
    },
  };
  return { tabs, calls };
}

describe('captureCoveredTab', () => {
  afterEach(() => vi.useRealTimers());

  it('covers the top frame, captures its window as PNG, then uncovers', async () => {
    const { tabs, calls } = fakeTabs();
    expect(await captureCoveredTab(tabs, 7)).toEqual({ png: PNG });
    expect(calls).toEqual(['content/cover@7/0', 'capture@4/png', 'content/uncover@7/0']);
  });

  it('uncovers when the capture fails, and says the browser refused it', async () => {
    const { tabs, calls } = fakeTabs({ capture: async () => Promise.reject(new Error('Missing activeTab permission')) });
    expect(await captureCoveredTab(tabs, 7)).toEqual({ missing: 'capture-refused' });
    expect(calls).toEqual(['content/cover@7/0', 'capture@4/png', 'content/uncover@7/0']);
  });

  it('never captures a page that could not be covered (no content script there)', async () => {
    const { tabs, calls } = fakeTabs({ cover: async () => Promise.reject(new Error('Receiving end does not exist')) });
    expect(await captureCoveredTab(tabs, 7)).toEqual({ missing: 'not-covered' });
    expect(calls).not.toContain('capture@4/png');
    // Still told to uncover, in case its cover arrives late.
    expect(calls).toEqual(['content/cover@7/0', 'content/uncover@7/0']);
  });

  it('never captures when the cover answers with something else, or not in time', async () => {
    const odd = fakeTabs({ cover: async () => ({ state: 'detecting' }) });
    expect(await captureCoveredTab(odd.tabs, 7)).toEqual({ missing: 'not-covered' });
    expect(odd.calls).not.toContain('capture@4/png');

    vi.useFakeTimers();
    const silent = fakeTabs({ cover: () => new Promise(() => undefined) });
    const reply = captureCoveredTab(silent.tabs, 7);
    await vi.advanceTimersByTimeAsync(COVER_TIMEOUT_MS + 1);
    expect(await reply).toEqual({ missing: 'not-covered' });
    expect(silent.calls).toEqual(['content/cover@7/0', 'content/uncover@7/0']);
  });

  it('does not cover or capture a tab that is not the visible one of its window', async () => {
    const { tabs, calls } = fakeTabs({ active: false });
    expect(await captureCoveredTab(tabs, 7)).toEqual({ missing: 'tab-not-visible' });
    expect(calls).toEqual([]);
  });

  it('drops the picture when the covered page is gone by the time it is uncovered', async () => {
    const { tabs } = fakeTabs({ uncover: async () => ({ uncovered: false }) });
    expect(await captureCoveredTab(tabs, 7)).toEqual({ missing: 'page-changed' });
  });

  it('drops the picture when another tab came to the front meanwhile', async () => {
    const { tabs } = fakeTabs({ activeAfter: false });
    expect(await captureCoveredTab(tabs, 7)).toEqual({ missing: 'tab-not-visible' });
  });

  it('says so when the tab is gone', async () => {
    const { tabs } = fakeTabs();
    tabs.get = async () => Promise.reject(new Error('No tab with id: 7'));
    expect(await captureCoveredTab(tabs, 7)).toEqual({ missing: 'no-tab' });
  });
});

describe('report/capture through the background', () => {
  it('answers an extension page with the covered PNG, and a Kartra page with nothing', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { browser } = await import('wxt/browser');
    const { startBackground } = await import('../../../lib/background/start-background');
    fakeBrowser.reset();
    fakeBrowser.runtime.onMessage.removeAllListeners();
    startBackground();
    const calls: string[] = [];
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 7, windowId: 4, active: true } as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tab: number, message: { type: string }) => {
      calls.push(message.type);
      return message.type === 'content/cover' ? { covered: 1 } : { uncovered: true };
    }) as never);
    vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockImplementation((async () => (calls.push('capture'), PNG)) as never);
    const send = async (sender: object) =>
      (await fakeBrowser.runtime.onMessage.trigger({ type: 'report/capture', tabId: 7 }, sender, () => undefined))[0];

    const page = { id: browser.runtime.id, url: browser.runtime.getURL('/sidepanel.html') };
    expect(await send(page)).toEqual({ ok: true, value: { png: PNG } });
    expect(calls).toEqual(['content/cover', 'capture', 'content/uncover']);

    const kartra = { id: browser.runtime.id, url: 'https://app.kartra.com/integrations', frameId: 0, tab: { id: 7 } };
    expect(await send(kartra)).toBeUndefined();
    expect(calls).toHaveLength(3);
  });
});
