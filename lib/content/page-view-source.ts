/**
 * Keeps a content script told what the guide wants on its tab: asks the background once, then again whenever guides
 * or "show me" requests change in storage (which works even while the service worker sleeps: the ask wakes it).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isPageView, type PageView } from '../guide/page-view-shape';
import { sendToBackground } from '../messaging';
import { watchLocal } from './local-storage';

export function watchPageView(ctx: ContentScriptContext, onView: (view: PageView | undefined) => void): () => Promise<void> {
  let last = '';
  const refresh = async () => {
    if (ctx.isInvalid) return;
    const reply = await sendToBackground({ type: 'guide/for-this-tab' });
    if (!reply.ok) return;
    const view = isPageView(reply.value) ? reply.value : undefined;
    const key = JSON.stringify(view ?? null);
    if (key === last) return;
    last = key;
    onView(view);
  };
  const unwatch = watchLocal(['guides', 'showMe'], () => void refresh());
  ctx.onInvalidated(unwatch);
  void refresh();
  return refresh;
}
