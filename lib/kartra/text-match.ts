/**
 * Word and token matching shared by every Kartra reader (normalising lives in lib/dom/text.ts).
 *
 * Page text and class names are matched as whole word sequences, never as substrings, so that "disconnected" is not
 * "connected", "ActiveCampaign" is not "active" and "not-connected" is one phrase. All functions are pure and total.
 */

import { MAX_MATCHED_TEXT, wordsOf } from '../dom/text.ts';

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
