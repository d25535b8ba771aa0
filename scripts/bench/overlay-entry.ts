/**
 * Page side of the overlay-vs-driver.js section: the production anchored overlay (lib/content/anchored-overlay.ts),
 * driven as the step overlay drives it, on a page it is injected into. Its shadow roots stay closed as in production;
 * the bench only keeps a reference to each root it creates, to see when the ring is up.
 */
import { neverInvalidatedContext } from '../../test/e2e/page-context';
import { createAnchoredOverlay } from '../../lib/content/anchored-overlay';

const roots: ShadowRoot[] = [];
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init: ShadowRootInit) {
  const root = attachShadow.call(this, init);
  roots.push(root);
  return root;
};

const ctx = neverInvalidatedContext();

const spotlight = createAnchoredOverlay(ctx);

/** What the guide shows for "open the tile's menu" (lib/content/step-overlay.ts passes the same fields). */
export function show(selector: string, step: { stepLabel: string; title: string; instruction: string }): void {
  spotlight.show({ variant: 'spotlight', placement: 'below', ...step, find: () => document.querySelector(selector) ?? undefined });
}

export function hide(): void {
  spotlight.hide();
}

/** True once the ring is in the page, shown, around the target. */
export function ringAround(selector: string): boolean {
  const target = document.querySelector(selector)?.getBoundingClientRect();
  if (!target) return false;
  for (const root of roots) {
    const ring = root.host.isConnected ? root.querySelector<HTMLElement>('[data-part="ring"]') : null;
    if (!ring || ring.hidden) continue;
    const box = ring.getBoundingClientRect();
    // 1 px of slack: the overlay rounds the target's box to whole pixels.
    if (box.left <= target.left + 1 && box.top <= target.top + 1 && box.right >= target.right - 1 && box.bottom >= target.bottom - 1) return true;
  }
  return false;
}
