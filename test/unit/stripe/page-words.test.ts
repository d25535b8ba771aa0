import { describe, expect, it } from 'vitest';
import * as words from '../../../lib/stripe/page-words';
import { normalizeWords } from '../../../lib/dom/text';

const LISTS = Object.entries(words).filter(([, value]) => Array.isArray(value)) as Array<[string, words.WordRule[]]>;

describe('page word lists (selectors as data)', () => {
  it('every rule says why it is there', () => {
    expect(LISTS.length).toBeGreaterThanOrEqual(7);
    for (const [, rules] of LISTS) {
      for (const rule of rules) {
        expect(rule.pattern).toBeInstanceOf(RegExp);
        expect(rule.why.length).toBeGreaterThan(5);
      }
    }
  });

  it('patterns are written for normalized text (no capitals, no curly quotes)', () => {
    for (const [, rules] of LISTS) {
      for (const rule of rules) {
        const literal = rule.pattern.source.replace(/\\[pP]\{[^}]*\}|\\[A-Za-z]/g, '');
        expect(literal, rule.pattern.source).not.toMatch(/[A-Z\u2018\u2019\u201C\u201D]/);
      }
    }
  });

  it.each([
    ['CONNECT_BUTTON_WORDS', ['Connect', '  CONNECT ', 'Connect account', 'Connect my Stripe account', 'Connect to Kartra', 'Authorize access to this account'], ['Disconnect', 'Connect with Google', 'Connected', 'Stripe Connect', 'Connect → docs page about Stripe Connect for platforms and marketplaces']],
    ['CANCEL_BUTTON_WORDS', ['Cancel', 'Deny', 'Decline access', '← Back to Kartra', 'Return to Kartra', 'Don’t connect'], ['Cancel subscription', 'Back', 'Go back']],
    ['SIGN_IN_WORDS', ['Sign in', 'Log in', 'Login', 'Continue', 'Next', 'Sign in to your account'], ['Sign in with passkey', 'Sign up', 'Sign in with Google']],
    ['PUBLISHABLE_KEY_LABELS', ['Publishable key', 'PUBLISHABLE KEY', 'Publishable'], ['Secret key', 'Publishable key (deprecated) of another account']],
  ] as const)('%s matches what it should and nothing else', (name, yes, no) => {
    const rules = (words as unknown as Record<string, words.WordRule[]>)[name] ?? [];
    for (const text of yes) expect(words.matchesAny(normalizeWords(text), rules), text).toBe(true);
    for (const text of no) expect(words.matchesAny(normalizeWords(text), rules), text).toBe(false);
  });
});
