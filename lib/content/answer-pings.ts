/**
 * Answers the extension's own pages (popup, side panel) asking "is the assistant running on this tab?", so they can
 * say when it is not (lib/tab-assistant-state.ts) instead of showing the last thing it reported as if it were current.
 *
 * The one runtime.onMessage listener in content scripts. It answers through `sendResponse`, synchronously: that works
 * on the native API of both browsers (a returned promise does not, in Chrome before 146), so content scripts stay off
 * webextension-polyfill (lib/build/native-browser-in-content-scripts.ts).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isTabMessage, type PingReply } from '../tab-messages';

export function answerPings(ctx: Pick<ContentScriptContext, 'onInvalidated' | 'isValid'>, state: () => PingReply['state']): void {
  const ownPages = browser.runtime.getURL('/');
  const listener = (message: unknown, sender: { id?: string; url?: string }, sendResponse: (reply: PingReply) => void) => {
    // Only the extension's own pages may ask: not another extension, nor our content script in another tab (its URL
    // is that tab's page). Firefox gives a `tab` for an extension page open in a tab, so the URL decides, not `tab`.
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(ownPages) || !isTabMessage(message)) return;
    sendResponse({ state: ctx.isValid ? state() : 'stopped' });
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
