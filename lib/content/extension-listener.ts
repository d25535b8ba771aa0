/**
 * What a content script hears from the extension itself: the popup and side panel asking "is the assistant running on
 * this tab?" (lib/tab-assistant-state.ts), and the background saying that the guide or the site profile changed, so
 * the script asks again (it cannot watch storage: lib/trusted-store.ts).
 *
 * The one runtime.onMessage listener in content scripts. It answers through `sendResponse`, synchronously: that works
 * on the native API of both browsers (a returned promise does not, in Chrome before 146), so content scripts stay off
 * webextension-polyfill (lib/build/native-browser-in-content-scripts.ts).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isTabMessage, type ContentState, type CoverReply, type PingReply, type Refreshable, type UncoverReply } from '../tab-messages';
import { coverSecrets, uncoverSecrets } from './secret-cover';

export interface ExtensionListener {
  /** Calls `handler` whenever the background says `what` changed. */
  onRefresh(what: Refreshable, handler: () => void): void;
}

export function listenToExtension(ctx: Pick<ContentScriptContext, 'onInvalidated' | 'isValid'>, state: () => ContentState): ExtensionListener {
  const handlers: Record<Refreshable, (() => void)[]> = { 'page-view': [], profile: [] };
  const ownPages = browser.runtime.getURL('/');
  const listener = (message: unknown, sender: { id?: string; url?: string }, sendResponse: (reply: PingReply | CoverReply | UncoverReply) => void) => {
    // Only the extension's own pages and worker may speak: not another extension, nor our content script in another
    // tab (its URL is that tab's page). Firefox gives a `tab` for an extension page open in a tab, so the URL decides.
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(ownPages) || !isTabMessage(message)) return;
    if (message.type === 'content/ping') sendResponse({ state: ctx.isValid ? state() : 'stopped' });
    else if (message.type === 'content/uncover') sendResponse({ uncovered: uncoverSecrets() });
    else if (!ctx.isValid) return;
    else if (message.type === 'content/cover') {
      const covered = coverSecrets();
      // Answered once the boxes are painted, so the capture that follows has them. `true` keeps sendResponse open.
      requestAnimationFrame(() => requestAnimationFrame(() => sendResponse({ covered })));
      return true;
    } else for (const handler of handlers[message.what]) handler();
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  return { onRefresh: (what, handler) => void handlers[what].push(handler) };
}
