/**
 * "Hidden from people" by attributes and layout, for the readers that pick controls (Stripe's buttons and pickers).
 * Opacity and off-screen positioning do NOT count: custom radio buttons hide their native input that way. (The Kartra
 * status readers ask SafeDom.isRendered instead, which also counts opacity: a faded status is not shown.)
 */
import { ancestorsOf, attr, hasAttr, tagOf } from './element-access.ts';
import { domOf } from './shared-dom.ts';

/** `hidden`, `aria-hidden="true"`, `inert`, a hidden input, or `display: none` / `visibility: hidden` on it or an ancestor. */
export function isHidden(element: Element): boolean {
  const dom = domOf(element);
  for (const current of [element, ...ancestorsOf(element)]) {
    if (hasAttr(current, 'hidden') || hasAttr(current, 'inert') || attr(current, 'aria-hidden') === 'true') return true;
    if (tagOf(current) === 'input' && attr(current, 'type')?.toLowerCase() === 'hidden') return true;
    try {
      const style = dom.computedStyle(current);
      if (style && (style.display === 'none' || (current === element && style.visibility === 'hidden'))) return true;
    } catch {
      // Not rendered or odd element (style properties are computed on read): judge by attributes only.
    }
  }
  return false;
}

/** Hidden by what the element itself says (attributes, inline style), without asking for layout. */
export function isCheaplyHidden(element: Element): boolean {
  if (hasAttr(element, 'hidden') || attr(element, 'aria-hidden') === 'true') return true;
  const style = (attr(element, 'style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}
