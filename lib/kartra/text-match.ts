/**
 * Word and token matching shared by every Kartra reader.
 *
 * Page text and class names are matched as whole word sequences, never as substrings, so that "disconnected" is not
 * "connected", "ActiveCampaign" is not "active" and "not-connected" is one phrase. All functions are pure and total.
 */

/** Longest string any matcher looks at; longer input is cut first so a 1 MB text node costs no more than a short one. */
export const MAX_MATCHED_TEXT = 2_000;

const QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;
const SPACES = /\s+/g;

/** Lower-case, fold typographic quotes and collapse white space. Input longer than MAX_MATCHED_TEXT is cut. */
export function normalizeText(text: string): string {
  const cut = text.length > MAX_MATCHED_TEXT ? text.slice(0, MAX_MATCHED_TEXT) : text;
  return cut.replace(QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(SPACES, ' ').trim().toLowerCase();
}

const NON_WORD = /[^\p{L}\p{N}]+/u;

/** Words of a text: letters and digits only, lower case. "Needs-attention!" → ["needs", "attention"]. */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const w of normalizeText(text).split(NON_WORD)) if (w) out.push(w);
  return out;
}

const CAMEL_BOUNDARY = /([\p{Ll}\p{N}])(\p{Lu})/gu;

/**
 * Sub-tokens of a class attribute, per class: "statusDot is-error text-red-500" → [["status","dot"],["is","error"],
 * ["text","red","500"]]. Each class is matched on its own so a phrase never spans two classes.
 */
export function classTokenGroups(classAttr: string): string[][] {
  const cut = classAttr.length > MAX_MATCHED_TEXT ? classAttr.slice(0, MAX_MATCHED_TEXT) : classAttr;
  const groups: string[][] = [];
  for (const cls of cut.split(/\s+/)) {
    if (!cls) continue;
    const words = wordsOf(cls.replace(CAMEL_BOUNDARY, '$1 $2'));
    if (words.length) groups.push(words);
  }
  return groups;
}

/** A compiled list of phrases (word sequences) each pointing at a label, matched longest first. */
export interface PhraseMatcher<L> {
  readonly byFirstWord: ReadonlyMap<string, readonly { words: readonly string[]; label: L; phrase: string }[]>;
  readonly negations: ReadonlySet<string>;
}

/** One phrase found in a word list. */
export interface PhraseHit<L> {
  label: L;
  phrase: string;
}

/**
 * Compile labelled phrase lists ("needs attention" → 'needs-attention'). Phrases are split into words the same way as
 * page text, so "re-connect" in the profile matches "Re-connect", "re connect" and "reConnect" classes alike.
 */
export function compilePhrases<L>(lists: readonly { label: L; phrases: readonly string[] }[], negations: readonly string[] = []): PhraseMatcher<L> {
  const byFirstWord = new Map<string, { words: string[]; label: L; phrase: string }[]>();
  for (const { label, phrases } of lists) {
    for (const phrase of phrases) {
      const words = wordsOf(phrase);
      const first = words[0];
      if (first === undefined) continue;
      const bucket = byFirstWord.get(first) ?? [];
      bucket.push({ words, label, phrase: words.join(' ') });
      byFirstWord.set(first, bucket);
    }
  }
  // Longest first: "not connected" must win over "connected".
  for (const bucket of byFirstWord.values()) bucket.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord, negations: new Set(negations.flatMap((n) => wordsOf(n))) };
}

/**
 * Every phrase in `words`, longest match first, each word used once. A single-word phrase right after a negation word
 * ("no errors") is dropped: it says the opposite of what it names.
 */
export function matchPhrases<L>(words: readonly string[], matcher: PhraseMatcher<L>): PhraseHit<L>[] {
  const hits: PhraseHit<L>[] = [];
  let i = 0;
  while (i < words.length) {
    const bucket = matcher.byFirstWord.get(words[i] as string);
    let matched = 0;
    if (bucket) {
      for (const candidate of bucket) {
        if (sameWordsAt(words, i, candidate.words)) {
          const negated = candidate.words.length === 1 && i > 0 && matcher.negations.has(words[i - 1] as string);
          if (!negated) hits.push({ label: candidate.label, phrase: candidate.phrase });
          matched = candidate.words.length;
          break;
        }
      }
    }
    i += matched || 1;
  }
  return hits;
}

function sameWordsAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > words.length) return false;
  for (let k = 0; k < phrase.length; k++) if (words[at + k] !== phrase[k]) return false;
  return true;
}

/** Escape a literal for use inside a RegExp. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** A literal phrase as a regex source that tolerates any run of white space or hyphens between its words. */
export function flexiblePhraseSource(phrase: string): string {
  return phrase
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean)
    .map(escapeRegExp)
    .join('[\\s-]+');
}

// Anything clipText would change: control, zero-width or bidi characters, doubled or edge white space.
// eslint-disable-next-line no-control-regex
const NEEDS_CLEANING = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]|\s\s|^\s|\s$/;

/** Cut a page-derived string for display: collapsed white space, no control characters, at most `max` characters. */
export function clipText(text: string, max: number): string {
  if (text.length <= max && !NEEDS_CLEANING.test(text)) return text;
  const cut = text.length > max * 4 ? text.slice(0, max * 4) : text;
  // eslint-disable-next-line no-control-regex
  const clean = cut.replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, ' ').replace(SPACES, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
