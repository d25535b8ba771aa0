import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Calls `handler` after every SPA navigation (pushState, replaceState, back/forward, hash), once the new URL is in
 * `location`. WXT reports navigations from the Navigation API's `navigate` event, which fires *before* the URL
 * changes: reading `location` in the event itself sees the old page (a replaceState away from Integrations that did
 * not re-render left the marker up), so the handler runs on the next task instead.
 */
export function onLocationChange(ctx: ContentScriptContext, handler: () => void): void {
  // A plain timer checked when it fires (see context-timers.ts for why not ctx.setTimeout: a page can navigate a
  // thousand times a second).
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    window.setTimeout(() => {
      if (ctx.isValid) handler();
    }, 0);
  });
}
