/**
 * Regular expressions that come from a site profile (built in, or an agent's override): one builder for the Kartra and
 * Stripe profiles. A pattern is data someone pasted, and JavaScript's regex engine backtracks, so a pattern like
 * `(a+)+$` can freeze a tab for seconds on one long string. Patterns are therefore bounded three ways: their length,
 * their shape (no repeat inside a repeat, no overlapping alternatives under a repeat, no backreferences), and the length
 * of the text they are tested against. No zod here: content scripts use the builder and the subject cap.
 */
import type { PatternProblem } from './profile-problem';

/** Longest pattern a profile may hold. */
export const MAX_PATTERN_CHARS = 300;

/** Longest text a profile pattern is tested against; a longer one does not match (no label or route is that long). */
export const MAX_PATTERN_SUBJECT_CHARS = 1_000;

/** The flags profile patterns are compiled with; `g` and `y` would make `test` stateful. */
export type PatternFlags = 'i' | 'u' | 'iu';
const ALLOWED_FLAGS: ReadonlySet<string> = new Set(['i', 'u', 'iu']);

/** Compile a profile pattern with allowed flags only. Throws on a bad pattern or flags (validation runs it first). */
export function buildPattern(source: string, flags: PatternFlags): RegExp {
  if (!ALLOWED_FLAGS.has(flags)) throw new Error(`flags "${flags}" are not allowed for profile patterns`);
  return new RegExp(source, flags);
}

/** `pattern.test(subject)`, except that a subject over the cap never matches. */
export function testPattern(pattern: RegExp, subject: string): boolean {
  return subject.length <= MAX_PATTERN_SUBJECT_CHARS && pattern.test(subject);
}

/** Why a profile may not hold this pattern, as a code the options page words; undefined when it may. */
export function patternProblem(source: string, flags: PatternFlags): PatternProblem | undefined {
  if (source.length === 0) return { code: 'empty' };
  if (source.length > MAX_PATTERN_CHARS) return { code: 'tooLong', max: MAX_PATTERN_CHARS };
  try {
    buildPattern(source, flags);
  } catch (error) {
    return { code: 'invalidPattern', detail: error instanceof Error ? error.message : String(error) };
  }
  return shapeProblem(source, flags.includes('i'));
}

interface Group {
  /** Some quantifier inside repeats (more than once). */
  repeats: boolean;
  /** The alternatives so far; `undefined` for one that is not plain text. */
  alternatives: (string | undefined)[];
}

const QUANTIFIER = /^(?:[*+?]|\{(\d+)(?:(,)(\d*))?\})/;
const LOOK = /^\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>)/;
const ESCAPE_WITH_BRACES = /^\\[pPu]\{[^}]*\}/;
const CLASS_ESCAPE = /^\\[dDwWsSbBpPcxu0]/;
const BACKREFERENCE = /^\\(?:[1-9]|k<)/;

/**
 * Walks the source once, tracking groups. A repeated group (`*`, `+`, `{n,}`, `{n,m}` with m > 1) may not hold a
 * repeat itself, and its alternatives, if any, must be plain texts none of which starts another: otherwise the engine
 * can split one string among the repeats in exponentially many ways.
 */
function shapeProblem(source: string, ignoreCase: boolean): PatternProblem | undefined {
  const stack: Group[] = [{ repeats: false, alternatives: [''] }];
  const top = () => stack[stack.length - 1]!;
  /** The current alternative is no longer plain text. */
  const spoil = () => {
    const alternatives = top().alternatives;
    alternatives[alternatives.length - 1] = undefined;
  };
  const append = (char: string) => {
    const alternatives = top().alternatives;
    const last = alternatives.length - 1;
    if (alternatives[last] !== undefined) alternatives[last] += ignoreCase ? char.toLowerCase() : char;
  };
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const char = source[i]!;
    let closed: Group | undefined;
    if (char === '\\') {
      if (BACKREFERENCE.test(rest)) return { code: 'backreference' };
      const braces = ESCAPE_WITH_BRACES.exec(rest)?.[0];
      const escape = braces ?? rest.slice(0, 2);
      if (braces || CLASS_ESCAPE.test(rest)) spoil();
      else append(escape.slice(1));
      i += escape.length;
    } else if (char === '[') {
      let end = i + 1;
      if (source[end] === '^') end++;
      if (source[end] === ']') end++;
      while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
      spoil();
      i = end + 1;
    } else if (char === '(') {
      stack.push({ repeats: false, alternatives: [''] });
      i += 1 + (LOOK.exec(source.slice(i + 1))?.[0].length ?? 0);
      continue;
    } else if (char === ')') {
      closed = stack.pop();
      i++;
    } else if (char === '|') {
      top().alternatives.push('');
      i++;
      continue;
    } else {
      if (char === '.' || char === '^' || char === '$') spoil();
      else append(char);
      i++;
    }
    const quantifier = QUANTIFIER.exec(source.slice(i));
    const repeats = quantifier !== null && isRepeating(quantifier);
    if (quantifier) {
      i += quantifier[0].length;
      if (source[i] === '?') i++;
      spoil();
    }
    if (closed) {
      if (repeats && closed.repeats) return { code: 'nestedRepeat' };
      if (repeats && closed.alternatives.length > 1 && !arePlainAndPrefixFree(closed.alternatives)) {
        return { code: 'overlappingAlternatives' };
      }
      if (closed.repeats) top().repeats = true;
      spoil();
    }
    if (repeats) top().repeats = true;
  }
  return undefined;
}

function isRepeating(quantifier: RegExpExecArray): boolean {
  const [text, , comma, max] = quantifier;
  if (text === '?') return false;
  if (text === '*' || text === '+') return true;
  return comma !== undefined ? max === '' || Number(max) > 1 : Number(quantifier[1]) > 1;
}

function arePlainAndPrefixFree(alternatives: readonly (string | undefined)[]): boolean {
  if (alternatives.some((text) => text === undefined || text === '')) return false;
  const texts = alternatives as readonly string[];
  return texts.every((a, i) => texts.every((b, j) => i === j || !b.startsWith(a)));
}
