/**
 * Keeps a content script told what the guide wants on its tab: asks the background once, then again whenever the
 * background says the guides or "show me" requests changed. A reply to one of the tab's own observations carries the
 * view too (`accept`), so what that observation changed (a warning, the next step) shows without a round trip.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isPageView, type PageView } from '../guide/page-view-shape';
import { sendToBackground } from '../messaging';
import type { ExtensionListener } from './extension-listener';

export interface PageViewSource {
  /** Ask the background again. */
  refresh(): Promise<void>;
  /** A view the background sent with a reply (null or anything not a view: no guide on this tab). */
  accept(value: unknown): void;
}

export function watchPageView(
  ctx: ContentScriptContext,
  extension: ExtensionListener,
  onView: (view: PageView | undefined) => void,
): PageViewSource {
  let last = '';
  const deliver = (value: unknown) => {
    if (ctx.isInvalid) return;
    const view = isPageView(value) ? value : undefined;
    const key = JSON.stringify(view ?? null);
    if (key === last) return;
    last = key;
    onView(view);
  };
  const refresh = async () => {
    if (ctx.isInvalid) return;
    const reply = await sendToBackground({ type: 'guide/for-this-tab' });
    if (reply.ok) deliver(reply.value);
  };
  extension.onRefresh('page-view', () => void refresh());
  void refresh();
  return { refresh, accept: deliver };
}
