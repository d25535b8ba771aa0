/**
 * The part of WXT's content-script context the anchored overlay uses, for pages that bundle the overlay on their own
 * (the accessibility harness, the bench's overlay page). Such a page is never invalidated.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export function neverInvalidatedContext(): ContentScriptContext {
  return {
    isInvalid: false,
    addEventListener: (target: EventTarget, type: string, listener: EventListener, options?: AddEventListenerOptions) =>
      target.addEventListener(type, listener, options),
    onInvalidated: () => () => undefined,
  } as unknown as ContentScriptContext;
}
