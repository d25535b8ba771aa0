/** The Stripe site profile: data validated like Kartra's, versioned, overridable with field-and-reason errors. */
import { describe, expect, it } from 'vitest';
import { compileStripeProfile, matchesAny, type CompiledStripeProfile, type WordRule } from '../../../lib/stripe/compiled-stripe-profile';
import { normalizeWords } from '../../../lib/dom/text';
import { DEFAULT_STRIPE_PROFILE, parseStripeProfileOverride, STRIPE_PROFILE_VERSION, StripeProfileSchema } from '../../../lib/stripe/stripe-profile';
import { STRIPE } from './built-in-stripe';

const SECTIONS = ['words', 'hints', 'urls'] as const;
const ALL_RULES: Array<[string, readonly WordRule[]]> = SECTIONS.flatMap((section) =>
  Object.entries(STRIPE[section] as Record<string, readonly WordRule[]>).map(([name, rules]) => [`${section}.${name}`, rules] as [string, readonly WordRule[]]),
);

describe('Stripe site profile', () => {
  it('the built-in profile is valid, versioned, and is what the readers use', () => {
    expect(StripeProfileSchema.safeParse(DEFAULT_STRIPE_PROFILE).success).toBe(true);
    expect(DEFAULT_STRIPE_PROFILE.version).toBe(STRIPE_PROFILE_VERSION);
    expect(STRIPE.words.connectButton.map((r) => r.pattern.source)).toEqual(DEFAULT_STRIPE_PROFILE.words.connectButton.map((r) => r.pattern));
  });

  it('every rule of every section compiles and says why it is there', () => {
    expect(ALL_RULES.length).toBe(15);
    for (const [name, rules] of ALL_RULES) {
      expect(rules.length, name).toBeGreaterThan(0);
      for (const rule of rules) {
        expect(rule.pattern).toBeInstanceOf(RegExp);
        expect(rule.why.length, name).toBeGreaterThan(5);
      }
    }
  });

  it('word patterns are written for normalized text (no capitals, no curly quotes)', () => {
    for (const rules of Object.values(STRIPE.words)) {
      for (const rule of rules) {
        const literal = rule.pattern.source.replace(/\\[pP]\{[^}]*\}|\\[A-Za-z]/g, '');
        expect(literal, rule.pattern.source).not.toMatch(/[A-Z\u2018\u2019\u201C\u201D]/);
      }
    }
  });

  it.each([
    ['connectButton', ['Connect', '  CONNECT ', 'Connect account', 'Connect my Stripe account', 'Connect to Kartra', 'Authorize access to this account'], ['Disconnect', 'Connect with Google', 'Connected', 'Stripe Connect', 'Connect → docs page about Stripe Connect for platforms and marketplaces']],
    ['cancelButton', ['Cancel', 'Deny', 'Decline access', '← Back to Kartra', 'Return to Kartra', 'Don’t connect'], ['Cancel subscription', 'Back', 'Go back']],
    ['signIn', ['Sign in', 'Log in', 'Login', 'Continue', 'Next', 'Sign in to your account'], ['Sign in with passkey', 'Sign up', 'Sign in with Google']],
    ['publishableKeyLabels', ['Publishable key', 'PUBLISHABLE KEY', 'Publishable'], ['Secret key', 'Publishable key (deprecated) of another account']],
  ] as const)('words.%s matches what it should and nothing else', (name, yes, no) => {
    const rules = STRIPE.words[name];
    for (const text of yes) expect(matchesAny(normalizeWords(text), rules), text).toBe(true);
    for (const text of no) expect(matchesAny(normalizeWords(text), rules), text).toBe(false);
  });

  it.each([
    ['apiKeysPath', ['/apikeys', '/test/apikeys', '/acct_1FakeAcme0000001/apikeys', '/acct_1FakeAcme0000001/test/apikeys/'], ['/apikeys/new', '/payments', '/test/apikeysx']],
    ['testModePath', ['/test/payments', '/test', '/acct_1FakeAcme0000001/test/apikeys'], ['/payments', '/testing', '/acct_1FakeAcme0000001/dashboard']],
    ['loginPath', ['/login', '/login/'], ['/logins', '/settings/login']],
    ['continuesToConnect', ['https://connect.stripe.com/oauth/authorize?x=1', '/oauth/v2/authorize'], ['/dashboard', '/oauth/token']],
  ] as const)('urls.%s matches the Stripe paths it names and no others', (name, yes, no) => {
    const rules: CompiledStripeProfile['urls'][typeof name] = STRIPE.urls[name];
    for (const path of yes) expect(matchesAny(path, rules), path).toBe(true);
    for (const path of no) expect(matchesAny(path, rules), path).toBe(false);
  });

  it('a small override replaces one list and keeps the rest', () => {
    const result = parseStripeProfileOverride(JSON.stringify({ version: 1, words: { connectButton: [{ pattern: '^verbinden$', why: 'German OAuth page.' }] } }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { words, urls } = compileStripeProfile(result.profile);
    expect(matchesAny('verbinden', words.connectButton)).toBe(true);
    expect(matchesAny('connect', words.connectButton)).toBe(false);
    expect(words.cancelButton).toHaveLength(DEFAULT_STRIPE_PROFILE.words.cancelButton.length);
    expect(urls.apiKeysPath).toHaveLength(DEFAULT_STRIPE_PROFILE.urls.apiKeysPath.length);
  });

  it.each([
    ['{"version": 2}', 'version', { code: 'otherVersion', site: 'stripe', reads: 1, found: '2' }],
    ['{"words": {}}', 'version', { code: 'versionMissing', reads: 1 }],
    ['{"version": 1, "words": {"signIn": [{"pattern": "(", "why": "broken"}]}}', 'words.signIn[0].pattern', { code: 'invalidPattern' }],
    ['{"version": 1, "words": {"signIn": [{"pattern": "^x$"}]}}', 'words.signIn[0].why', { code: 'missing', expected: 'string' }],
    ['{"version": 1, "words": {"signIn": [{"pattern": "^x$", "why": "  "}]}}', 'words.signIn[0].why', { code: 'noWhy' }],
    ['{"version": 1, "words": {"badges": []}}', 'words.badges', { code: 'noRule' }],
    ['{"version": 1, "word": {}}', 'word', { code: 'unknownField' }],
    ['{"version": 1, "urls": {"apiKeysPath": [{"pattern": "[", "why": "broken"}]}}', 'urls.apiKeysPath[0].pattern', { code: 'invalidPattern' }],
    ['{"version": 1, "hints": {"emailInput": []}}', 'hints.emailInput', { code: 'unknownField' }],
    ['{"version": 1,', '', { code: 'invalidJsonAt', line: 1 }],
    ['[]', '', { code: 'notObject', kind: 'array' }],
  ])('refuses %s with the field and the reason', (json, path, problem) => {
    const result = parseStripeProfileOverride(json);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toContain(path);
    expect(result.errors.find((e) => e.path === path)?.problem).toMatchObject(problem);
  });

  it('never throws on odd input', () => {
    for (const input of ['', 'null', '"text"', '{"__proto__": {"version": 1}}', '{"version": 1, "words": null}', 'x'.repeat(300_000)]) {
      expect(() => parseStripeProfileOverride(input)).not.toThrow();
      expect(parseStripeProfileOverride(input).ok).toBe(false);
    }
  });
});
