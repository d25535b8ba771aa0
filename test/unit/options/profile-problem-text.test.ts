/**
 * The words for a refused override: the parsers report codes (test/unit/kartra/site-profile.test.ts and
 * test/unit/stripe/stripe-profile.test.ts check those), and the options page says them. English is what the page has
 * always said; Spanish says the same with no English left but the JSON itself and the browser's own error detail.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { describePath } from '../../../components/options/describe-active-profile';
import { describeProblem, type ShownProblem } from '../../../components/options/profile-problem-text';
import { parseSiteProfileOverride } from '../../../lib/kartra/site-profile';
import type { JsonSyntaxProblem, SelectorProblem } from '../../../lib/profile-problem';
import { parseStripeProfileOverride } from '../../../lib/stripe/stripe-profile';
import { useTestLocale } from '../support/fake-browser-gaps';

/** Each problem as the list shows it: `path: reason`. */
function shown(json: string, parse: typeof parseSiteProfileOverride | typeof parseStripeProfileOverride = parseSiteProfileOverride): string[] {
  const result = parse(json);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors.map((error) => `${describePath(error.path)}: ${describeProblem(error.problem)}`);
}

const first = (json: string, parse?: Parameters<typeof shown>[1]) => shown(json, parse)[0];

afterEach(() => useTestLocale('en'));

describe('in English', () => {
  it('says where JSON breaks, and what was found there', () => {
    expect(first('{\n  "version": 1,\n  "bannerWords": ["a",]\n}')).toBe('(the whole document): invalid JSON at line 3, column 23: trailing comma before "]"');
    expect(first('{"version": 1, "limits": {"maxTiles": 12,}}')).toBe('(the whole document): invalid JSON at line 1, column 42: trailing comma before "}"');
    expect(first('')).toBe('(the whole document): invalid JSON at line 1, column 1: expected a value, found end of input');
    expect(first("{'version': 1}")).toBe('(the whole document): invalid JSON at line 1, column 2: expected a double-quoted property name, found "\'"');
    expect(first('{"version": 1} x')).toBe('(the whole document): invalid JSON at line 1, column 16: unexpected "x" after the end of the JSON value');
  });

  it('says what the document is when it is no object, and which version it needs', () => {
    expect(first('[]')).toBe('(the whole document): override must be a JSON object, not a list');
    expect(first('null')).toBe('(the whole document): override must be a JSON object, not null');
    expect(first('{}')).toBe('version: required: the profile format this override was written for (this build reads 1)');
    expect(first('{"version": 2}')).toBe('version: this build reads site profile version 1, not 2');
    expect(first('{"version": 2}', parseStripeProfileOverride)).toBe('version: this build reads Stripe profile version 1, not 2');
    expect(first(`{"version":1,"revision":"${'x'.repeat(300_000)}"}`)).toBe('(the whole document): override is 300027 characters; the limit is 262144');
  });

  it('words zod’s own types, sizes and ranges', () => {
    const texts = shown(
      JSON.stringify({
        version: 1,
        statusWords: { connected: ['ok', 42, ''] },
        limits: { maxTiles: 1.5, maxNodes: 0, maxNameTextLength: 9_999 },
        colours: { red: { hueFrom: 400 } },
        weights: { banner: 'high' },
        revision: 'r'.repeat(81),
        bannerWords: Array(301).fill('x'),
        tooltipAttributes: ['Data-Tip'],
      }),
    );
    expect(texts).toEqual(
      expect.arrayContaining([
        'statusWords.connected[1]: Invalid input: expected string, received number',
        'statusWords.connected[2]: must not be empty',
        'limits.maxTiles: must be a whole number',
        'limits.maxNodes: must be at least 1',
        'limits.maxNameTextLength: must be at most 500',
        'colours.red.hueFrom: must be between 0 and 360',
        'weights.banner: Invalid input: expected number, received string',
        'revision: must be at most 80 characters',
        'bannerWords: at most 300 entries',
        'tooltipAttributes[0]: must be an attribute name in lower case (letters, digits, - _ . :)',
      ]),
    );
  });

  it('names unknown fields, with the known ones and a suggestion where the site has them', () => {
    const texts = shown(JSON.stringify({ version: 1, statusWord: {}, extra: 1 }));
    expect(texts).toContainEqual(expect.stringMatching(/^statusWord: unknown field \(did you mean "statusWords"\?\); known fields here: version, revision, route, /));
    expect(texts).toContainEqual(expect.stringMatching(/^extra: unknown field; known fields here: version, /));
    expect(shown('{"version": 1, "word": {}}', parseStripeProfileOverride)).toEqual(['word: unknown field']);
  });

  it('words the profiles’ own rules', () => {
    const texts = shown(
      JSON.stringify({
        version: 1,
        integrations: [{ name: 'Stripe', aliases: [] }],
        route: { pathPatterns: ['(integrations', '(a+)+$', '^#(x|xy)+', '(x)\\1'] },
        tileSelectorHints: ['li', 'div { color: red }', '[class*="x"', 'a >', 'a)', '[title="x]'],
        colours: { grey: { maxSaturation: 0.1, minLightness: 0.9, maxLightness: 0.2 } },
      }),
    );
    expect(texts).toEqual(
      expect.arrayContaining([
        'integrations: exactly one integration must have "isStripe": true (found 0)',
        expect.stringMatching(/^route\.pathPatterns\[0\]: not a valid regular expression \(.+\)$/),
        'route.pathPatterns[1]: must not repeat a group that holds a repeat, like (a+)+ or (a*)*: it can take exponential time',
        'route.pathPatterns[2]: must not repeat a group whose alternatives may overlap, like (a|aa)+: use plain words none of which starts another',
        'route.pathPatterns[3]: must not use backreferences (\\1, \\k<name>): they can take exponential time',
        'tileSelectorHints[1]: not a usable CSS selector: braces and semicolons are not allowed',
        'tileSelectorHints[2]: not a usable CSS selector: missing "]"',
        'tileSelectorHints[3]: not a usable CSS selector: starts or ends with a combinator or comma',
        'tileSelectorHints[4]: not a usable CSS selector: unexpected ")" at character 2',
        'tileSelectorHints[5]: not a usable CSS selector: unclosed quote',
        'colours.grey.minLightness: must not be above maxLightness',
      ]),
    );
    expect(shown('{"version": 1, "integrations": []}')).toContain('integrations: must list at least Stripe');
    const stripe = shown('{"version": 1, "words": {"badges": [], "signIn": [{"pattern": "^x$"}, {"pattern": "^y$", "why": " "}]}}', parseStripeProfileOverride);
    expect(stripe).toEqual([
      'words.signIn[0].why: Invalid input: expected string, received undefined',
      'words.signIn[1].why: must say why the rule is there',
      'words.badges: must hold at least one rule',
    ]);
  });

  it('words what the page finds itself', () => {
    expect(describeProblem({ code: 'editorEmpty' })).toBe('the editor is empty: paste an override first');
    expect(describeProblem({ code: 'storedFormat' })).toBe('the stored override is not in the format this version keeps');
  });
});

const SYNTAX: JsonSyntaxProblem[] = [
  { code: 'tooDeep' },
  { code: 'expectedValue', found: null },
  { code: 'expectedPropertyName', found: 'x' },
  { code: 'expectedColon', found: 'x' },
  { code: 'trailingComma', closer: ']' },
  { code: 'expectedCommaOrBrace', found: 'x' },
  { code: 'expectedCommaOrBracket', found: 'x' },
  { code: 'badUnicodeEscape' },
  { code: 'badEscape' },
  { code: 'controlCharacter' },
  { code: 'unterminatedString' },
  { code: 'badNumber', found: '-' },
  { code: 'afterEnd', found: 'x' },
];
const SELECTOR: SelectorProblem[] = [
  { code: 'bracesOrSemicolons' },
  { code: 'edgeCombinator' },
  { code: 'unexpectedCloser', char: ')', position: 2 },
  { code: 'unclosedQuote' },
  { code: 'missingCloser', char: ']' },
];
/** One problem of every code (every kind of JSON value, every syntax and selector reason). */
const EVERY_PROBLEM: ShownProblem[] = [
  { code: 'empty' },
  { code: 'tooLong', max: 120 },
  { code: 'invalidPattern', detail: 'Unterminated group' },
  { code: 'backreference' },
  { code: 'nestedRepeat' },
  { code: 'overlappingAlternatives' },
  { code: 'tooManyEntries', max: 300 },
  { code: 'atLeast', min: 1 },
  { code: 'atMost', max: 20 },
  { code: 'between', min: 0, max: 1 },
  { code: 'wholeNumber' },
  ...(['string', 'number', 'boolean', 'array', 'object', 'null'] as const).map((kind) => ({ code: 'wrongType' as const, expected: kind, received: kind })),
  { code: 'missing', expected: 'string' },
  { code: 'invalid' },
  { code: 'noWhy' },
  { code: 'noRule' },
  { code: 'noStripeListed' },
  { code: 'attributeName' },
  { code: 'aboveField', field: 'maxLightness' },
  { code: 'stripeCount', found: 2 },
  ...SELECTOR.map((reason) => ({ code: 'selector' as const, reason })),
  { code: 'unknownField' },
  { code: 'unknownField', known: [] },
  { code: 'unknownField', known: ['bannerWords'], suggestion: 'bannerWords' },
  { code: 'otherVersion', site: 'kartra', reads: 1, found: '2' },
  { code: 'otherVersion', site: 'stripe', reads: 1, found: '2' },
  { code: 'versionMissing', reads: 1 },
  { code: 'notJsonText' },
  { code: 'overrideTooLong', length: 300_000, max: 262_144 },
  ...SYNTAX.map((syntax) => ({ code: 'invalidJsonAt' as const, line: 1, column: 2, syntax })),
  { code: 'invalidJson' },
  ...(['null', 'array', 'string', 'number', 'boolean'] as const).map((kind) => ({ code: 'notObject' as const, kind })),
  { code: 'unreadable', detail: 'boom' },
  { code: 'editorEmpty' },
  { code: 'storedFormat' },
];

describe('in Spanish', () => {
  it('words every problem, and none as English does', () => {
    const english = EVERY_PROBLEM.map(describeProblem);
    useTestLocale('es');
    const spanish = EVERY_PROBLEM.map(describeProblem);
    spanish.forEach((text, i) => {
      expect(text.trim(), JSON.stringify(EVERY_PROBLEM[i])).not.toBe('');
      expect(text, JSON.stringify(EVERY_PROBLEM[i])).not.toBe(english[i]);
    });
  });

  it('quotes characters and names the Spanish way, and keeps the JSON as written', () => {
    useTestLocale('es');
    expect(first('{\n  "version": 1,\n  "bannerWords": ["a",]\n}')).toBe('(todo el documento): JSON no válido en la línea 3, columna 23: coma sobrante antes de «]»');
    expect(first('')).toBe('(todo el documento): JSON no válido en la línea 1, columna 1: se esperaba un valor, pero se encontró el final del texto');
    expect(shown(JSON.stringify({ version: 1, statusWords: { connected: [42] } }))).toEqual([
      'statusWords.connected[0]: Valor no válido: se esperaba un texto, pero hay un número',
    ]);
    expect(shown(JSON.stringify({ version: 1, bannerWord: [] }))[0]).toMatch(/^bannerWord: campo desconocido \(¿querías decir «bannerWords»\?\); campos conocidos aquí: version, /);
    expect(first('{"version": 1, "integrations": [{"name": "Stripe", "aliases": []}]}')).toBe('integrations: exactamente una integración debe tener "isStripe": true (hay 0)');
  });
});
