/** The Stripe site profile: data validated like Kartra's, versioned, overridable with field-and-reason errors. */
import { describe, expect, it } from 'vitest';
import { compileStripeWords, CONNECT_BUTTON_WORDS, matchesAny } from '../../../lib/stripe/page-words';
import { DEFAULT_STRIPE_PROFILE, parseStripeProfileOverride, STRIPE_PROFILE_VERSION, StripeProfileSchema } from '../../../lib/stripe/stripe-profile';

describe('Stripe site profile', () => {
  it('the built-in profile is valid, versioned, and is what the readers use', () => {
    expect(StripeProfileSchema.safeParse(DEFAULT_STRIPE_PROFILE).success).toBe(true);
    expect(DEFAULT_STRIPE_PROFILE.version).toBe(STRIPE_PROFILE_VERSION);
    expect(CONNECT_BUTTON_WORDS.map((r) => r.pattern.source)).toEqual(DEFAULT_STRIPE_PROFILE.words.connectButton.map((r) => r.pattern));
  });

  it('a small override replaces one list and keeps the rest', () => {
    const result = parseStripeProfileOverride(JSON.stringify({ version: 1, words: { connectButton: [{ pattern: '^verbinden$', why: 'German OAuth page.' }] } }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const words = compileStripeWords(result.profile);
    expect(matchesAny('verbinden', words.connectButton)).toBe(true);
    expect(matchesAny('connect', words.connectButton)).toBe(false);
    expect(words.cancelButton).toHaveLength(DEFAULT_STRIPE_PROFILE.words.cancelButton.length);
  });

  it.each([
    ['{"version": 2}', 'version', /reads Stripe profile version 1, not 2/],
    ['{"words": {}}', 'version', /required/],
    ['{"version": 1, "words": {"signIn": [{"pattern": "(", "why": "broken"}]}}', 'words.signIn[0].pattern', /not a valid regular expression/],
    ['{"version": 1, "words": {"signIn": [{"pattern": "^x$"}]}}', 'words.signIn[0].why', /./],
    ['{"version": 1, "words": {"badges": []}}', 'words.badges', /at least one rule/],
    ['{"version": 1, "word": {}}', 'word', /unknown field/],
    ['{"version": 1,', '', /invalid JSON at line 1/],
    ['[]', '', /JSON object/],
  ])('refuses %s with the field and the reason', (json, path, reason) => {
    const result = parseStripeProfileOverride(json);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toContain(path);
    expect(result.errors.find((e) => e.path === path)?.message).toMatch(reason);
  });

  it('never throws on odd input', () => {
    for (const input of ['', 'null', '"text"', '{"__proto__": {"version": 1}}', '{"version": 1, "words": null}', 'x'.repeat(300_000)]) {
      expect(() => parseStripeProfileOverride(input)).not.toThrow();
      expect(parseStripeProfileOverride(input).ok).toBe(false);
    }
  });
});
