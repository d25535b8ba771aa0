import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Timers } from './rerun-scheduler';

/** Timers for the re-run scheduler that die with the content script (WXT cancels them when the context ends). */
export function contextTimers(ctx: ContentScriptContext): Timers {
  return {
    setTimeout: (handler, ms) => ctx.setTimeout(handler, ms),
    clearTimeout: (id) => clearTimeout(id),
    now: () => performance.now(),
  };
}
