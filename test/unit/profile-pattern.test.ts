import { describe, expect, it } from 'vitest';
import { isIntegrationsRoute } from '../../lib/kartra/integrations-route';
import { DEFAULT_SITE_PROFILE, parseSiteProfileOverride } from '../../lib/kartra/site-profile';
import { buildPattern, MAX_PATTERN_CHARS, MAX_PATTERN_SUBJECT_CHARS, patternProblem, testPattern, type PatternFlags } from '../../lib/profile-pattern';
import { compileStripeProfile, matchesAny } from '../../lib/stripe/compiled-stripe-profile';
import { DEFAULT_STRIPE_PROFILE, parseStripeProfileOverride } from '../../lib/stripe/stripe-profile';

const NESTED = { code: 'nestedRepeat' };
const OVERLAP = { code: 'overlappingAlternatives' };

describe('patternProblem', () => {
  it.each([
    ['(a+)+$', NESTED],
    ['(a*)*', NESTED],
    ['((a+))+', NESTED],
    ['(?:\\d+)*x', NESTED],
    ['(a{1,40}){2,}', NESTED],
    ['(a+){2}', NESTED],
    ['(?<run>a+)+', NESTED],
    ['(a|aa)+', OVERLAP],
    ['(ab|a)*', OVERLAP],
    ['(a|A)+', OVERLAP],
    ['(\\w|x)+', OVERLAP],
    ['(a|)+', OVERLAP],
    ['(x)\\1', { code: 'backreference' }],
    ['(?<n>x)\\k<n>', { code: 'backreference' }],
    ['(', { code: 'invalidPattern', detail: expect.stringMatching(/regular expression/i) }],
    ['', { code: 'empty' }],
    ['a'.repeat(MAX_PATTERN_CHARS + 1), { code: 'tooLong', max: MAX_PATTERN_CHARS }],
  ])('refuses %j with its reason', (source, reason) => {
    expect(patternProblem(source, 'i')).toEqual(reason);
  });

  it.each([
    '(^|/)integrations(/|$)',
    '^#!?/(.*/)?integrations(/|\\?|$)',
    '^connect to [a-z0-9].{0,40}$',
    '(foo|bar)+',
    '(a|b)*x',
    '\\(a+\\)+',
    '[(]+a',
    '^(sign|log) ?in$',
    'a+b*c{2,}',
  ])('accepts %j', (source) => {
    expect(patternProblem(source, 'i')).toBeUndefined();
  });

  it('accepts every pattern of both built-in profiles, with the flags each runs with', () => {
    const kartra = [...DEFAULT_SITE_PROFILE.route.pathPatterns, ...DEFAULT_SITE_PROFILE.route.hashPatterns, ...DEFAULT_SITE_PROFILE.route.queryParams.map((q) => q.valuePattern)];
    const stripe = Object.values(DEFAULT_STRIPE_PROFILE.words).flatMap((rules) => rules.map((rule) => rule.pattern));
    expect(kartra.filter((p) => patternProblem(p, 'i'))).toEqual([]);
    expect(stripe.filter((p) => patternProblem(p, 'u'))).toEqual([]);
  });
});

describe('buildPattern and testPattern', () => {
  it('compiles with the allowed flags only', () => {
    expect(buildPattern('^a$', 'iu').test('A')).toBe(true);
    expect(() => buildPattern('a', 'g' as PatternFlags)).toThrow(/not allowed/);
    expect(() => buildPattern('a', 'iy' as PatternFlags)).toThrow(/not allowed/);
  });

  it('never tests a subject over the cap', () => {
    const pattern = buildPattern('a', 'i');
    expect(testPattern(pattern, 'a'.repeat(MAX_PATTERN_SUBJECT_CHARS))).toBe(true);
    expect(testPattern(pattern, 'a'.repeat(MAX_PATTERN_SUBJECT_CHARS + 1))).toBe(false);
  });

  it('caps what the Integrations route and the Stripe words are tested against', () => {
    const long = `https://app.kartra.com/${'x/'.repeat(MAX_PATTERN_SUBJECT_CHARS)}integrations`;
    expect(isIntegrationsRoute('https://app.kartra.com/integrations', DEFAULT_SITE_PROFILE)).toBe(true);
    expect(isIntegrationsRoute(long, DEFAULT_SITE_PROFILE)).toBe(false);
    const { words } = compileStripeProfile(DEFAULT_STRIPE_PROFILE);
    expect(matchesAny('connect', words.connectButton)).toBe(true);
    expect(matchesAny(`connect to ${'k'.repeat(MAX_PATTERN_SUBJECT_CHARS)}`, words.notAccountControls)).toBe(false);
  });
});

describe('both profiles refuse a backtracking pattern with the field and the reason', () => {
  it('Kartra: route patterns and query value patterns', () => {
    const result = parseSiteProfileOverride(
      JSON.stringify({ version: 1, route: { pathPatterns: ['(a+)+$'], hashPatterns: ['^#(x|xy)+'], queryParams: [{ name: 'page', valuePattern: '(\\d*)*' }] } }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.errors.map((e) => [e.path, e.problem]));
    expect(byPath['route.pathPatterns[0]']).toEqual(NESTED);
    expect(byPath['route.hashPatterns[0]']).toEqual(OVERLAP);
    expect(byPath['route.queryParams[0].valuePattern']).toEqual(NESTED);
  });

  it('Stripe: word patterns', () => {
    const result = parseStripeProfileOverride(JSON.stringify({ version: 1, words: { signIn: [{ pattern: '^(a|aa)+$', why: 'attack' }], badges: [{ pattern: '(a+)+', why: 'attack' }] } }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.errors.map((e) => [e.path, e.problem]));
    expect(byPath['words.signIn[0].pattern']).toEqual(OVERLAP);
    expect(byPath['words.badges[0].pattern']).toEqual(NESTED);
  });
});
