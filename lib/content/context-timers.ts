import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Timers } from './rerun-scheduler';

/**
 * Timers for the re-run scheduler that never fire once the content script's context has ended.
 *
 * Not `ctx.setTimeout`: WXT registers an invalidation listener for every timer it starts and never removes it, and a
 * scheduler poked by a page mutating 1,000 times a second would pile up a thousand listeners a second. Plain timers,
 * checked when they fire, plus the scheduler's own cancel on invalidation (the content scripts' stop()) do the same
 * job with nothing left behind.
 */
export function contextTimers(ctx: Pick<ContentScriptContext, 'isValid'>): Timers {
  return {
    setTimeout: (handler, ms) =>
      window.setTimeout(() => {
        if (ctx.isValid) handler();
      }, ms),
    clearTimeout: (id) => window.clearTimeout(id),
    now: () => performance.now(),
  };
}
