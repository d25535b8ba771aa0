/**
 * WXT stops a content script when a `document` event named `<extension id>:<script>:wxt:content-script-started`
 * arrives with someone else's `messageId` (meant for a newer copy of the script to retire an older one). The name is
 * predictable, so any page can dispatch it and switch detection off for the life of the page.
 *
 * Our own copies never need that event: a copy left behind by an update or reload loses `browser.runtime.id`, which
 * WXT's `ctx.isInvalid` already checks. So the event is stopped at the window, in the capture phase, before WXT's
 * listener on `document` can hear it, whoever sent it. Call it first thing in `main`, before any await.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** WXT's own name for the event (private in its types, hence the bracket access; test/unit pins its shape). */
export const STOP_SIGNAL_EVENT: string = ContentScriptContext['SCRIPT_STARTED_MESSAGE_TYPE'];

export function refusePageStopSignal(ctx: Pick<ContentScriptContext, 'signal'>): void {
  window.addEventListener(STOP_SIGNAL_EVENT, (event) => event.stopImmediatePropagation(), {
    capture: true,
    signal: ctx.signal,
  });
}
