/**
 * Stripe secret (`sk_`) and restricted (`rk_`) key shapes taken out of text that came from a page, before it is sent
 * or stored: a page may show such a key, or plant one to see where it travels. The kind is kept (`sk_…`), the key
 * is gone. Replacements are never longer than what they replace, so capped fields stay within their caps.
 */
import { mapStrings } from './map-strings';

/** Longest page string anything sends or stores (the protocol's largest text cap). */
export const PAGE_TEXT_LIMIT = 500;

// `sk_live_…`/`rk_test_…` anywhere, even glued to other text; a bare `sk_…` only at a word start ("desk_top" stays).
const KEY_SHAPE = /[rs]k_(?:live|test)_\w+|(?<![a-z\d])[rs]k_\w+/gi;

export function redactKeys(text: string, limit = PAGE_TEXT_LIMIT): string {
  return text.replace(KEY_SHAPE, (key) => `${key.slice(0, 3)}…`).slice(0, limit);
}

/** Every string inside a message or stored value, redacted and clipped; the shape of the value is unchanged. */
export function redactKeysDeep<T>(value: T): T {
  return mapStrings(value, (text) => redactKeys(text));
}
