/**
 * Text normalising for everything read off a page: the forms word lists are matched in, and the clipped form a page
 * string is shown in. All functions are pure and total.
 */

/** Longest string any matcher looks at; longer input is cut first so a 1 MB text node costs no more than a short one. */
export const MAX_MATCHED_TEXT = 2_000;

const QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;
const SPACES = /\s+/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const ARROWS = /[←→‹›«»❯❮>]+/g;
const NON_WORD = /[^\p{L}\p{N}]+/u;

/** Typographic quotes as straight ones: "don’t" is written "don't" in every word list. */
function foldQuotes(text: string): string {
  return text.replace(QUOTES, "'").replace(DOUBLE_QUOTES, '"');
}

/** Runs of white space as one space, trimmed. */
export function collapseSpaces(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

/** Lower-case, fold typographic quotes and collapse white space. Input longer than MAX_MATCHED_TEXT is cut. */
export function normalizeText(text: string): string {
  const cut = text.length > MAX_MATCHED_TEXT ? text.slice(0, MAX_MATCHED_TEXT) : text;
  return collapseSpaces(foldQuotes(cut)).toLowerCase();
}

/** normalizeText plus compatibility forms, no zero-width characters and no decorative arrows (Stripe's buttons). */
export function normalizeWords(text: string): string {
  return collapseSpaces(foldQuotes(text.normalize('NFKC')).replace(ZERO_WIDTH, '').replace(ARROWS, ' ')).toLowerCase();
}

/** Words of a text: letters and digits only, lower case. "Needs-attention!" → ["needs", "attention"]. */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const w of normalizeText(text).split(NON_WORD)) if (w) out.push(w);
  return out;
}

// Anything clipText would change: control, zero-width or bidi characters, doubled or edge white space.
// eslint-disable-next-line no-control-regex
const NEEDS_CLEANING = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]|\s\s|^\s|\s$/;

/** Cut a page-derived string for display: collapsed white space, no control characters, at most `max` characters. */
export function clipText(text: string, max: number): string {
  if (text.length <= max && !NEEDS_CLEANING.test(text)) return text;
  const cut = text.length > max * 4 ? text.slice(0, max * 4) : text;
  // eslint-disable-next-line no-control-regex
  const clean = collapseSpaces(cut.replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, ' '));
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
