import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { contextTimers } from './context-timers';

/**
 * Calls `handler` after every SPA navigation (pushState, replaceState, back/forward, hash), once the new URL is in
 * `location`. WXT reports navigations from the Navigation API's `navigate` event, which fires *before* the URL
 * changes: reading `location` in the event itself sees the old page (a replaceState away from Integrations that did
 * not re-render left the marker up), so the handler runs on the next task instead.
 */
export function onLocationChange(ctx: ContentScriptContext, handler: () => void): void {
  // Not ctx.setTimeout (see context-timers.ts): a page can navigate a thousand times a second.
  const timers = contextTimers(ctx);
  ctx.addEventListener(window, 'wxt:locationchange', () => void timers.setTimeout(handler, 0));
}
