/**
 * Why a site-profile override is refused, as codes and values: the parsers (lib/profile-parse.ts and the two site
 * schemas) report these, the options page words them (components/options/profile-problem-text.ts). No zod and no
 * words here, so the background can send them as they are.
 */
import type { JsonSyntaxProblem } from './kartra/json-error-position';
import type { ProfileSite } from './protocol-values';

export type { JsonSyntaxProblem };

/** What a JSON value is: zod's names for them, which the options page words. */
export type JsonKind = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'null';

/** Why a profile pattern (a regular expression) cannot be used; lib/profile-pattern.ts decides. */
export type PatternProblem =
  | { code: 'empty' }
  | { code: 'tooLong'; max: number }
  /** `detail` is the browser's own words for the syntax error. */
  | { code: 'invalidPattern'; detail: string }
  | { code: 'backreference' }
  | { code: 'nestedRepeat' }
  | { code: 'overlappingAlternatives' };

/** Why a selector hint cannot be used (lib/kartra/site-profile.ts's shape check). `position` is 1-based. */
export type SelectorProblem =
  | { code: 'bracesOrSemicolons' }
  | { code: 'edgeCombinator' }
  | { code: 'unexpectedCloser'; char: string; position: number }
  | { code: 'unclosedQuote' }
  | { code: 'missingCloser'; char: string };

export type ProfileProblem =
  | PatternProblem
  // Sizes and ranges of one field.
  | { code: 'tooManyEntries'; max: number }
  | { code: 'atLeast'; min: number }
  | { code: 'atMost'; max: number }
  | { code: 'between'; min: number; max: number }
  | { code: 'wholeNumber' }
  | { code: 'wrongType'; expected: JsonKind; received: JsonKind }
  /** The field is absent where a value of `expected` kind is needed. */
  | { code: 'missing'; expected: JsonKind }
  /** Anything zod reports that the codes above do not name. */
  | { code: 'invalid' }
  // One field's own rule.
  | { code: 'noWhy' }
  | { code: 'noRule' }
  | { code: 'noStripeListed' }
  | { code: 'attributeName' }
  | { code: 'aboveField'; field: string }
  | { code: 'stripeCount'; found: number }
  | { code: 'selector'; reason: SelectorProblem }
  /** `known`: the fields allowed there, when the site lists them; `suggestion`: the one it was probably meant to be. */
  | { code: 'unknownField'; known?: string[]; suggestion?: string }
  // The document as a whole.
  | { code: 'otherVersion'; site: ProfileSite; reads: number; found: string }
  | { code: 'versionMissing'; reads: number }
  | { code: 'notJsonText' }
  | { code: 'overrideTooLong'; length: number; max: number }
  | { code: 'invalidJsonAt'; line: number; column: number; syntax: JsonSyntaxProblem }
  /** `detail`: the browser's own words, when the scanner finds no position (it should always find one). */
  | { code: 'invalidJson'; detail?: string }
  | { code: 'notObject'; kind: Exclude<JsonKind, 'object'> }
  /** A stored override that is not even of the stored shape (hand-edited, or from a version that kept another one). */
  | { code: 'storedFormat' }
  | { code: 'unreadable'; detail?: string };

export type ProfileProblemCode = ProfileProblem['code'];

/** One problem in an override: where (dotted path, `[n]` for list items; empty for the whole document) and why. */
export interface ProfileError {
  path: string;
  problem: ProfileProblem;
}
