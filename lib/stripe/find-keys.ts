/**
 * Publishable keys in running text (a dashboard page, Kartra's edit window). Only `pk_` keys are ever collected:
 * secret or restricted key text seen on a page is never read, stored or sent.
 */

// Not glued to other letters, digits, marks or invisible characters on either side (a zero-width space inside a key
// must not leave its first half readable as a shorter key), and not cut short by an ellipsis ("pk_live_51Ab…").
const PUBLISHABLE_IN_TEXT =
  /(?<![\p{L}\p{N}\p{M}\p{Cf}_])pk_(?:live|test)_[A-Za-z0-9]{16,247}(?![\p{L}\p{N}\p{M}\p{Cf}_…]|\.\.\.)/gu;
/** Page text scanned is capped: keys sit near the top of small pages, and a hostile page may be huge. */
const MAX_SCANNED_TEXT = 500_000;

/** Every distinct complete publishable key in the text, in order of appearance. */
export function findPublishableKeys(text: string): string[] {
  if (typeof text !== 'string' || !text.includes('pk_')) return [];
  const found = new Set<string>();
  for (const match of text.slice(0, MAX_SCANNED_TEXT).matchAll(PUBLISHABLE_IN_TEXT)) found.add(match[0]);
  return [...found];
}
