/**
 * Keeps a content script told what the guide wants on its tab: asks the background once, then again whenever the
 * background says the guides or "show me" requests changed.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isPageView, type PageView } from '../guide/page-view-shape';
import { sendToBackground } from '../messaging';
import type { ExtensionListener } from './extension-listener';

export function watchPageView(
  ctx: ContentScriptContext,
  extension: ExtensionListener,
  onView: (view: PageView | undefined) => void,
): () => Promise<void> {
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
  extension.onRefresh('page-view', () => void refresh());
  void refresh();
  return refresh;
}
