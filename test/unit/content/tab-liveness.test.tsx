/**
 * Issue 16, item 3: a page cannot switch the content script off, and when a tab's content script is not running for
 * any reason, the popup and side panel say so instead of showing its last report as current.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { TabStateNotice } from '../../../components/shared/TabStateNotice';
import { useTabAssistantState } from '../../../components/shared/use-tab-assistant-state';

/** The notice as the popup and side panel use it: the page keeps the tab's state current and hands it down. */
function WatchedNotice({ tabId }: { tabId: number }) {
  return <TabStateNotice tabId={tabId} state={useTabAssistantState(tabId)} />;
}
import { listenToExtension } from '../../../lib/content/extension-listener';
import { refusePageStopSignal, STOP_SIGNAL_EVENT } from '../../../lib/content/refuse-page-stop-signal';
import { tabsToReloadItem } from '../../../lib/session-storage';
import { readTabAssistantState, type TabStateDeps } from '../../../lib/tab-assistant-state';
import { isPingReply, isTabMessage } from '../../../lib/tab-messages';
import { mount, waitFor } from '../options/render';

const spoofStopSignal = (target: EventTarget = document) =>
  target.dispatchEvent(new CustomEvent(STOP_SIGNAL_EVENT, { bubbles: true, detail: { contentScriptName: 'kartra', messageId: 'page' } }));

describe("WXT's content-script-started event, sent by a page", () => {
  it('is the event name WXT listens for', () => {
    expect(STOP_SIGNAL_EVENT).toBe(`${fakeBrowser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`);
  });

  it('invalidates an unprotected context (the attack is real)', () => {
    const ctx = new ContentScriptContext('kartra');
    spoofStopSignal();
    expect(ctx.isValid).toBe(false);
  });

  it('leaves a protected context running, whatever target the page dispatches it on', () => {
    const ctx = new ContentScriptContext('kartra');
    refusePageStopSignal(ctx);
    const element = document.body.appendChild(document.createElement('div'));
    spoofStopSignal();
    spoofStopSignal(element);
    expect(ctx.isValid).toBe(true);
    ctx.abort('test over');
  });

  it('still ends when the extension itself goes away (runtime.id is gone)', () => {
    const ctx = new ContentScriptContext('kartra');
    refusePageStopSignal(ctx);
    const id = vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    expect(ctx.isValid).toBe(false);
    id.mockRestore();
  });
});

describe('the content script answering pings', () => {
  beforeEach(() => fakeBrowser.reset());
  const ping = async (sender: object) => {
    const answers: unknown[] = [];
    await fakeBrowser.runtime.onMessage.trigger({ type: 'content/ping' }, sender, (reply: unknown) => answers.push(reply));
    return answers;
  };

  it('answers the extension, with its state, and nobody else', async () => {
    const ctx = new ContentScriptContext('kartra');
    let state: 'starting' | 'detecting' | 'stopped' = 'starting';
    listenToExtension(ctx, () => state);
    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    expect(await ping(popup)).toEqual([{ state: 'starting' }]);
    state = 'detecting';
    // Firefox names a tab for an extension page opened in one.
    expect(await ping({ ...popup, tab: { id: 9 } })).toEqual([{ state: 'detecting' }]);
    // Another extension, our content script in another tab, or a sender without a URL gets no answer.
    expect(await ping({ ...popup, id: 'other-extension' })).toEqual([]);
    expect(await ping({ id: fakeBrowser.runtime.id, url: 'https://app.kartra.com/integrations', tab: { id: 3 } })).toEqual([]);
    expect(await ping({ id: fakeBrowser.runtime.id })).toEqual([]);
    ctx.abort('gone');
    expect(await ping(popup)).toEqual([]);
  });

  it('checks message and reply shapes exactly', () => {
    expect(isTabMessage({ type: 'content/ping' })).toBe(true);
    for (const bad of [null, 'content/ping', {}, { type: 'content/ping', extra: 1 }, { type: 'other' }]) expect(isTabMessage(bad)).toBe(false);
    expect(isPingReply({ state: 'stopped' })).toBe(true);
    for (const bad of [undefined, {}, { state: 'fine' }, { detecting: true }]) expect(isPingReply(bad)).toBe(false);
  });
});

describe('what the popup and side panel make of a tab', () => {
  const KARTRA = 'https://app.kartra.com/integrations';
  const deps = (over: Partial<TabStateDeps>): TabStateDeps => ({
    getTab: async () => ({ url: KARTRA, status: 'complete' }),
    ping: async () => ({ state: 'detecting' }),
    tabsToReload: [],
    ...over,
  });

  it.each<[string, Partial<TabStateDeps>, string]>([
    ['a script that answers', {}, 'running'],
    ['a script still starting', { ping: async () => ({ state: 'starting' }) }, 'starting'],
    ['a script that stopped', { ping: async () => ({ state: 'stopped' }) }, 'stopped'],
    ['no script at all', { ping: async () => Promise.reject(new Error('Receiving end does not exist.')) }, 'stopped'],
    ['a garbled answer', { ping: async () => 'yes' }, 'stopped'],
    ['a tab open since before an update', { tabsToReload: [7] }, 'needs-reload'],
    ['a page still loading', { getTab: async () => ({ url: KARTRA, status: 'loading' }) }, 'starting'],
    ['another site', { getTab: async () => ({ url: 'https://example.com/', status: 'complete' }) }, 'not-our-site'],
    ['a look-alike site', { getTab: async () => ({ url: 'https://app-kartra.com/', status: 'complete' }) }, 'not-our-site'],
    ['a tab whose URL we may not see', { getTab: async () => ({ status: 'complete' }) }, 'not-our-site'],
    ['a closed tab', { getTab: async () => Promise.reject(new Error('No tab with id: 7')) }, 'not-our-site'],
    ['a Stripe Connect page', { getTab: async () => ({ url: 'https://connect.stripe.com/oauth/v2/authorize', status: 'complete' }) }, 'running'],
  ])('%s: %s', async (_what, over, expected) => {
    await expect(readTabAssistantState(7, deps(over))).resolves.toBe(expected);
  });

  it('the notice says the assistant stopped and offers a reload, and goes when the script answers again', async () => {
    fakeBrowser.reset();
    await tabsToReloadItem.setValue([]);
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 7, url: KARTRA, status: 'complete' } as never);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    const view = await mount(<WatchedNotice tabId={7} />);
    await waitFor(() => view.$('[data-testid="stopped-tab-notice"]') !== null, 'the stopped notice');
    expect(view.text('[data-testid="stopped-tab-notice"]')).toMatch(/stopped reading this tab.*Reload the tab/);
    expect(send).toHaveBeenCalledWith(7, { type: 'content/ping' }, { frameId: 0 });
    const reload = vi.spyOn(fakeBrowser.tabs, 'reload').mockResolvedValue(undefined);
    view.$('button')!.click();
    expect(reload).toHaveBeenCalledWith(7);
    view.unmount();

    send.mockResolvedValue({ state: 'detecting' } as never);
    const again = await mount(<WatchedNotice tabId={7} />);
    await waitFor(() => send.mock.calls.length >= 2, 'a second ping');
    await waitFor(() => again.$('[data-testid="tab-state"]')?.dataset.state === 'running', 'the running state');
    expect(again.root.textContent).toBe('');
    again.unmount();
  });
});
