/** The accessible name as the Stripe readers take it: from visible text only, so a hidden decoy lends no words. */
import { accessibleNameOf, type NameOptions } from './accessible-name.ts';
import { domOf } from './safe-dom.ts';
import { visibleText } from './visible-text.ts';

const VISIBLE_TEXT: NameOptions = { textOf: visibleText, max: Infinity };

/** aria-labelledby, aria-label, alt, `<label>`s or button value, visible text, then `title`. */
export function accessibleName(element: Element): string {
  return accessibleNameOf(element, domOf(element), VISIBLE_TEXT);
}
