import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { locateJsonError } from '../../../lib/kartra/json-error-position.ts';
import {
  DEFAULT_SITE_PROFILE,
  MAX_OVERRIDE_CHARS,
  parseSiteProfileOverride,
  selectorShapeProblem,
  SITE_PROFILE_VERSION,
  SiteProfileSchema,
  type ProfileError,
} from '../../../lib/kartra/site-profile.ts';

function errorsOf(json: string): ProfileError[] {
  const result = parseSiteProfileOverride(json);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

describe('the shipped profile', () => {
  test('is valid, strict, frozen and names exactly one Stripe', () => {
    expect(SiteProfileSchema.safeParse(DEFAULT_SITE_PROFILE).success).toBe(true);
    expect(DEFAULT_SITE_PROFILE.version).toBe(SITE_PROFILE_VERSION);
    expect(Object.isFrozen(DEFAULT_SITE_PROFILE)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SITE_PROFILE.statusWords.needsAttention)).toBe(true);
    expect(DEFAULT_SITE_PROFILE.integrations.filter((i) => i.isStripe)).toHaveLength(1);
  });

  test('carries Kartra’s four messages verbatim and the step texts of the help article', () => {
    const { outcomes, steps } = DEFAULT_SITE_PROFILE;
    expect(outcomes.accountMismatch).toContain('Stripe account does not match');
    expect(outcomes.ineligibleAccount).toContain('Ineligible account');
    expect(outcomes.userDenied).toContain('User denied request');
    expect(outcomes.alreadyIntegrated).toContain('Account already integrated');
    expect(steps.gatewayModalTitles).toContain('Edit payment gateway');
    expect(steps.publishableKeyLabels).toContain('Publishable key');
    expect(steps.connectWithStripeNames).toContain('Connect with Stripe');
    expect(steps.editMenuItemNames).toContain('edit');
    expect(steps.menuButtonNames).toEqual(expect.arrayContaining(['more', 'options', 'actions', 'menu', '⋮', '…']));
  });

  test('every selector hint is accepted by a real selector engine', () => {
    const all = [
      ...DEFAULT_SITE_PROFILE.tileSelectorHints,
      ...DEFAULT_SITE_PROFILE.statusElementHints,
      ...DEFAULT_SITE_PROFILE.bannerSelectorHints,
      ...DEFAULT_SITE_PROFILE.steps.modalSelectorHints,
      ...DEFAULT_SITE_PROFILE.steps.publishableKeyInputHints,
    ];
    for (const selector of all) expect(() => document.createDocumentFragment().querySelector(selector), selector).not.toThrow();
  });
});

describe('parseSiteProfileOverride', () => {
  test('a small override merges onto the defaults', () => {
    const result = parseSiteProfileOverride(JSON.stringify({ version: 1, revision: 'hotfix', bannerWords: ['please reconnect'], limits: { maxTiles: 20 } }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile.bannerWords).toEqual(['please reconnect']);
    expect(result.profile.limits.maxTiles).toBe(20);
    expect(result.profile.limits.maxNodes).toBe(DEFAULT_SITE_PROFILE.limits.maxNodes);
    expect(result.profile.statusWords).toEqual(DEFAULT_SITE_PROFILE.statusWords);
    expect(result.profile.revision).toBe('hotfix');
  });

  test('the full default profile round-trips as an override', () => {
    const result = parseSiteProfileOverride(JSON.stringify(DEFAULT_SITE_PROFILE));
    expect(result).toEqual({ ok: true, profile: DEFAULT_SITE_PROFILE });
  });

  test('invalid JSON: line and column of the first error', () => {
    expect(errorsOf('{\n  "version": 1,\n  "bannerWords": ["a",]\n}')).toEqual([
      { path: '', problem: { code: 'invalidJsonAt', line: 3, column: 23, syntax: { code: 'trailingComma', closer: ']' } } },
    ]);
    expect(errorsOf('{"version": 1, "limits": {"maxTiles": 12,}}')[0]?.problem).toEqual({
      code: 'invalidJsonAt',
      line: 1,
      column: 42,
      syntax: { code: 'trailingComma', closer: '}' },
    });
    expect(errorsOf('')[0]?.problem).toEqual({ code: 'invalidJsonAt', line: 1, column: 1, syntax: { code: 'expectedValue', found: null } });
    expect(errorsOf("{'version': 1}")[0]?.problem).toEqual({ code: 'invalidJsonAt', line: 1, column: 2, syntax: { code: 'expectedPropertyName', found: "'" } });
    expect(errorsOf('{"version": 1} x')[0]?.problem).toEqual({ code: 'invalidJsonAt', line: 1, column: 16, syntax: { code: 'afterEnd', found: 'x' } });
  });

  test('not an object, or no version', () => {
    expect(errorsOf('[]')).toEqual([{ path: '', problem: { code: 'notObject', kind: 'array' } }]);
    expect(errorsOf('null')[0]?.problem).toEqual({ code: 'notObject', kind: 'null' });
    expect(errorsOf('{}')).toEqual([{ path: 'version', problem: { code: 'versionMissing', reads: 1 } }]);
    expect(errorsOf('{"version": 2}')).toEqual([{ path: 'version', problem: { code: 'otherVersion', site: 'kartra', reads: 1, found: '2' } }]);
  });

  test('wrong types and ranges name the field', () => {
    const errors = errorsOf(
      JSON.stringify({
        version: 1,
        statusWords: { connected: ['ok', 42, ''] },
        limits: { maxTiles: 1.5, maxNodes: 0 },
        colours: { red: { hueFrom: 400 } },
        weights: { banner: 'high' },
      }),
    );
    const byPath = Object.fromEntries(errors.map((e) => [e.path, e.problem]));
    expect(byPath['statusWords.connected[1]']).toEqual({ code: 'wrongType', expected: 'string', received: 'number' });
    expect(byPath['statusWords.connected[2]']).toEqual({ code: 'empty' });
    expect(byPath['limits.maxTiles']).toEqual({ code: 'wholeNumber' });
    expect(byPath['limits.maxNodes']).toEqual({ code: 'atLeast', min: 1 });
    expect(byPath['colours.red.hueFrom']).toEqual({ code: 'between', min: 0, max: 360 });
    expect(byPath['weights.banner']).toEqual({ code: 'wrongType', expected: 'number', received: 'string' });
  });

  test('unknown keys are errors, with a suggestion', () => {
    const errors = errorsOf(JSON.stringify({ version: 1, statusWord: {}, steps: { gatewayModalTitle: ['x'] }, extra: 1 }));
    const byPath = Object.fromEntries(errors.map((e) => [e.path, e.problem]));
    expect(byPath.statusWord).toMatchObject({ code: 'unknownField', suggestion: 'statusWords', known: expect.arrayContaining(['version', 'revision', 'route']) });
    expect(byPath['steps.gatewayModalTitle']).toMatchObject({ code: 'unknownField', suggestion: 'gatewayModalTitles' });
    expect(byPath.extra).toEqual({ code: 'unknownField', known: expect.arrayContaining(['version', 'statusWords']) });
  });

  test('__proto__ and constructor are unknown keys, never prototypes', () => {
    const errors = errorsOf('{"version": 1, "__proto__": {"polluted": true}, "limits": {"constructor": {"prototype": {"x": 1}}}}');
    expect(errors.map((e) => e.path).sort()).toEqual(['__proto__', 'limits.constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('semantic checks: one Stripe, valid regexes, usable selectors, ordered bands', () => {
    const errors = errorsOf(
      JSON.stringify({
        version: 1,
        integrations: [{ name: 'Stripe', aliases: [] }],
        route: { pathPatterns: ['(integrations'] },
        tileSelectorHints: ['li', 'div { color: red }', '[class*="x"', 'a >'],
        colours: { grey: { maxSaturation: 0.1, minLightness: 0.9, maxLightness: 0.2 } },
      }),
    );
    const byPath = Object.fromEntries(errors.map((e) => [e.path, e.problem]));
    expect(byPath.integrations).toEqual({ code: 'stripeCount', found: 0 });
    expect(byPath['route.pathPatterns[0]']).toEqual({ code: 'invalidPattern', detail: expect.any(String) });
    expect(byPath['tileSelectorHints[1]']).toEqual({ code: 'selector', reason: { code: 'bracesOrSemicolons' } });
    expect(byPath['tileSelectorHints[2]']).toEqual({ code: 'selector', reason: { code: 'missingCloser', char: ']' } });
    expect(byPath['tileSelectorHints[3]']).toEqual({ code: 'selector', reason: { code: 'edgeCombinator' } });
    expect(byPath['colours.grey.minLightness']).toEqual({ code: 'aboveField', field: 'maxLightness' });
  });

  test('the other field rules: sizes, attribute names, an empty integration list', () => {
    const errors = errorsOf(
      JSON.stringify({ version: 1, revision: 'r'.repeat(81), bannerWords: Array(301).fill('x'), tooltipAttributes: ['Data-Tip'], integrations: [] }),
    );
    const byPath = Object.fromEntries(errors.map((e) => [e.path, e.problem]));
    expect(byPath.revision).toEqual({ code: 'tooLong', max: 80 });
    expect(byPath.bannerWords).toEqual({ code: 'tooManyEntries', max: 300 });
    expect(byPath['tooltipAttributes[0]']).toEqual({ code: 'attributeName' });
    expect(errors).toContainEqual({ path: 'integrations', problem: { code: 'noStripeListed' } });
  });

  test('an oversized override is refused before parsing', () => {
    expect(errorsOf(`{"version":1,"revision":"${'x'.repeat(300_000)}"}`)[0]?.problem).toEqual({ code: 'overrideTooLong', length: 300_027, max: MAX_OVERRIDE_CHARS });
  });

  test('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify(v))), (text) => {
        const result = parseSiteProfileOverride(text);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) for (const e of result.errors) expect(typeof e.problem.code).toBe('string');
      }),
      { numRuns: 2_000 },
    );
  });

  test('never throws on mutated valid profiles, and accepts or names the field', () => {
    const leafPaths: string[][] = [];
    const walk = (node: unknown, path: string[]): void => {
      if (node && typeof node === 'object' && !Array.isArray(node)) for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
      else leafPaths.push(path);
    };
    walk(DEFAULT_SITE_PROFILE, []);
    fc.assert(
      fc.property(fc.constantFrom(...leafPaths), fc.jsonValue(), (path, value) => {
        const override: Record<string, unknown> = { version: 1 };
        let cursor = override;
        path.forEach((key, i) => {
          if (i === path.length - 1) cursor[key] = value;
          else cursor = (cursor[key] ??= {}) as Record<string, unknown>;
        });
        const result = parseSiteProfileOverride(JSON.stringify(override));
        if (!result.ok) for (const e of result.errors) expect(e.path === '' || path[0] === 'version' || e.path.startsWith(path[0] as string) || e.path === 'integrations').toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('locateJsonError', () => {
  test('agrees with JSON.parse on what is valid', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string({ maxLength: 40 })), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(locateJsonError(text) === undefined).toBe(valid);
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('selectorShapeProblem', () => {
  test('accepts ordinary selectors', () => {
    for (const s of ['li', '[class*="card" i]', 'a[href^="/x"]:not(.y)', 'div > span + i ~ b', ':is(a, b)']) expect(selectorShapeProblem(s), s).toBeUndefined();
  });
});
