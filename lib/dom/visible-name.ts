/** Names as the Stripe readers take them: from visible text only, so a hidden decoy lends no words. */
import { accessibleNameOf, labelElementsOf, type NameOptions } from './accessible-name.ts';
import { domOf } from './shared-dom.ts';
import { visibleText } from './visible-text.ts';

const VISIBLE_TEXT: NameOptions = { textOf: visibleText, max: Infinity };

/** aria-labelledby, aria-label, alt, `<label>`s or button value, visible text, then `title`. */
export function accessibleName(element: Element): string {
  return accessibleNameOf(element, domOf(element), VISIBLE_TEXT);
}

/** `<label>` elements for a form control: `for=id` ones and the wrapping one. */
export function labelsOf(control: Element): Element[] {
  return labelElementsOf(control, domOf(control));
}
