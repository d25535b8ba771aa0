/**
 * The words for a refused site-profile override: lib reports each problem as a code and its values
 * (lib/profile-problem.ts), zod's own issues included, and this table says it in the agent's language.
 */
import { t } from '../../lib/i18n';
import type { JsonKind, JsonSyntaxProblem, PatternProblem, ProfileProblem, SelectorProblem } from '../../lib/profile-problem';

/** A problem the options page finds itself, before any parser runs. */
export type PageProblem = { code: 'editorEmpty' };

export type ShownProblem = ProfileProblem | PageProblem;

/** One problem where it is shown: the field's path (empty for the whole document) and why. */
export interface ShownError {
  path: string;
  problem: ShownProblem;
}

type Table<U extends { code: string }> = { [C in U['code']]: (problem: Extract<U, { code: C }>) => string };

const KINDS: Record<JsonKind, () => string> = {
  string: () => t('profileCheck.typeString'),
  number: () => t('profileCheck.typeNumber'),
  boolean: () => t('profileCheck.typeBoolean'),
  array: () => t('profileCheck.typeArray'),
  object: () => t('profileCheck.typeObject'),
  null: () => t('profileCheck.typeNull'),
};

const NOT_OBJECT: Record<Exclude<JsonKind, 'object'>, () => string> = {
  null: () => t('profileCheck.notObjectNull'),
  array: () => t('profileCheck.notObjectArray'),
  string: () => t('profileCheck.notObjectString'),
  number: () => t('profileCheck.notObjectNumber'),
  boolean: () => t('profileCheck.notObjectBoolean'),
};

const PATTERN: Table<PatternProblem> = {
  empty: () => t('profileCheck.empty'),
  tooLong: ({ max }) => t('profileCheck.tooLong', { max }),
  invalidPattern: ({ detail }) => t('profileCheck.patternInvalid', { detail }),
  backreference: () => t('profileCheck.patternBackreference'),
  nestedRepeat: () => t('profileCheck.patternNestedRepeat'),
  overlappingAlternatives: () => t('profileCheck.patternOverlap'),
};

const SELECTOR: Table<SelectorProblem> = {
  bracesOrSemicolons: () => t('profileCheck.selectorBraces'),
  edgeCombinator: () => t('profileCheck.selectorEdge'),
  unexpectedCloser: ({ char, position }) => t('profileCheck.selectorUnexpected', { char, position }),
  unclosedQuote: () => t('profileCheck.selectorUnclosedQuote'),
  missingCloser: ({ char }) => t('profileCheck.selectorMissing', { char }),
};

/** What the JSON scanner stopped at: a character, quoted, or the end of the text. */
const whatWasFound = (char: string | null) => (char === null ? t('profileCheck.json.endOfInput') : t('profileCheck.json.character', { char }));

const JSON_SYNTAX: Table<JsonSyntaxProblem> = {
  tooDeep: () => t('profileCheck.json.tooDeep'),
  expectedValue: (p) => t('profileCheck.json.expectedValue', { found: whatWasFound(p.found) }),
  expectedPropertyName: (p) => t('profileCheck.json.expectedPropertyName', { found: whatWasFound(p.found) }),
  expectedColon: (p) => t('profileCheck.json.expectedColon', { found: whatWasFound(p.found) }),
  trailingComma: ({ closer }) => t('profileCheck.json.trailingComma', { closer }),
  expectedCommaOrBrace: (p) => t('profileCheck.json.expectedCommaOrBrace', { found: whatWasFound(p.found) }),
  expectedCommaOrBracket: (p) => t('profileCheck.json.expectedCommaOrBracket', { found: whatWasFound(p.found) }),
  badUnicodeEscape: () => t('profileCheck.json.badUnicodeEscape'),
  badEscape: () => t('profileCheck.json.badEscape'),
  controlCharacter: () => t('profileCheck.json.controlCharacter'),
  unterminatedString: () => t('profileCheck.json.unterminatedString'),
  badNumber: (p) => t('profileCheck.json.badNumber', { found: whatWasFound(p.found) }),
  afterEnd: (p) => t('profileCheck.json.afterEnd', { found: whatWasFound(p.found) }),
};

function unknownField({ known, suggestion }: { known?: string[]; suggestion?: string }): string {
  if (!known) return t('profileCheck.unknownField');
  const names = known.join(', ') || t('profileCheck.knownNone');
  return suggestion ? t('profileCheck.unknownFieldSuggested', { suggestion, known: names }) : t('profileCheck.unknownFieldKnown', { known: names });
}

const PROBLEM: Table<ShownProblem> = {
  ...PATTERN,
  tooManyEntries: ({ max }) => t('profileCheck.tooManyEntries', { max }),
  atLeast: ({ min }) => t('profileCheck.atLeast', { min }),
  atMost: ({ max }) => t('profileCheck.atMost', { max }),
  between: ({ min, max }) => t('profileCheck.between', { min, max }),
  wholeNumber: () => t('profileCheck.wholeNumber'),
  wrongType: ({ expected, received }) => t('profileCheck.wrongType', { expected: KINDS[expected](), received: KINDS[received]() }),
  missing: ({ expected }) => t('profileCheck.missing', { expected: KINDS[expected]() }),
  invalid: () => t('profileCheck.invalid'),
  noWhy: () => t('profileCheck.noWhy'),
  noRule: () => t('profileCheck.noRule'),
  noStripeListed: () => t('profileCheck.noStripeListed'),
  attributeName: () => t('profileCheck.attributeName'),
  aboveField: ({ field }) => t('profileCheck.aboveField', { field }),
  stripeCount: ({ found }) => t('profileCheck.stripeCount', { found }),
  selector: ({ reason }) => t('profileCheck.selector', { reason: describe(SELECTOR, reason) }),
  unknownField,
  otherVersion: ({ site, reads, found }) =>
    site === 'kartra' ? t('profileCheck.kartraVersion', { reads, found }) : t('profileCheck.stripeVersion', { reads, found }),
  versionMissing: ({ reads }) => t('profileCheck.versionMissing', { reads }),
  notJsonText: () => t('profileCheck.notJsonText'),
  overrideTooLong: ({ length, max }) => t('profileCheck.overrideTooLong', { length, max }),
  invalidJsonAt: ({ line, column, syntax }) => t('profileCheck.invalidJsonAt', { line, column, reason: describe(JSON_SYNTAX, syntax) }),
  invalidJson: ({ detail }) => t('profileCheck.invalidJson', { detail: detail ?? t('profileCheck.unknownError') }),
  notObject: ({ kind }) => NOT_OBJECT[kind](),
  unreadable: ({ detail }) => t('profileCheck.unreadable', { detail: detail ?? t('profileCheck.unknownError') }),
  editorEmpty: () => t('profileCheck.editorEmpty'),
  storedFormat: () => t('profileCheck.storedFormat'),
};

function describe<U extends { code: string }>(table: Table<U>, problem: U): string {
  return (table[problem.code as U['code']] as (problem: U) => string)(problem);
}

/** Why one field (or the whole override) is refused, in the agent's words. */
export function describeProblem(problem: ShownProblem): string {
  return describe(PROBLEM, problem);
}
