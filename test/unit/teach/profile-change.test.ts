/**
 * Taught changes as data: one value appended to one list (lib/teach/profile-change.ts), the Stripe rule a value
 * becomes, the zod shapes that refuse what a change may not be (lib/teach/change-schema.ts) and the key-shape guard.
 */
import { describe, expect, it } from 'vitest';
import { normalizeWords } from '../../../lib/dom/text';
import { DEFAULT_SITE_PROFILE } from '../../../lib/kartra/default-site-profile';
import { DEFAULT_STRIPE_PROFILE } from '../../../lib/stripe/default-stripe-profile';
import { MAX_TAUGHT_CHANGES, parseTaughtChanges, ProfileChangeSchema } from '../../../lib/teach/change-schema';
import { isKeyShaped } from '../../../lib/teach/key-shape';
import { applyKartraChanges, applyStripeChanges, KARTRA_TEACH_FIELDS, sameChange, stripeRuleOf, type KartraTeachField, type ProfileChange } from '../../../lib/teach/profile-change';
import { TEACH_TARGET_TABLE, TEACH_TARGETS, teachTargetOfStep, teachTargetOfStepOn, type TeachTarget } from '../../../lib/teach/teach-targets';

const targetOf = (field: KartraTeachField): TeachTarget => TEACH_TARGETS.find((target) => (TEACH_TARGET_TABLE[target].fields as readonly string[]).includes(field))!;
const kartra = (field: KartraTeachField, value: string): ProfileChange => ({ site: 'kartra', target: targetOf(field), field, value });

/** Where each Kartra field's list is in the profile. */
const LIST_OF: Record<KartraTeachField, (p: typeof DEFAULT_SITE_PROFILE) => readonly string[]> = {
  'statusWords.needsAttention': (p) => p.statusWords.needsAttention,
  'statusWords.connected': (p) => p.statusWords.connected,
  'statusWords.notConfigured': (p) => p.statusWords.notConfigured,
  stripeAliases: (p) => p.integrations.find((i) => i.isStripe)!.aliases,
  'steps.menuButtonNames': (p) => p.steps.menuButtonNames,
  'steps.editMenuItemNames': (p) => p.steps.editMenuItemNames,
  'steps.gatewayModalTitles': (p) => p.steps.gatewayModalTitles,
  'steps.publishableKeyLabels': (p) => p.steps.publishableKeyLabels,
  'steps.publishableKeyInputHints': (p) => p.steps.publishableKeyInputHints,
  'steps.connectWithStripeNames': (p) => p.steps.connectWithStripeNames,
};

describe('applyKartraChanges', () => {
  it.each(KARTRA_TEACH_FIELDS)('%s: the value is appended to that list, and nothing else changes', (field) => {
    const changed = applyKartraChanges(DEFAULT_SITE_PROFILE, [kartra(field, 'Taught words')]);
    expect(LIST_OF[field](changed)).toEqual([...LIST_OF[field](DEFAULT_SITE_PROFILE), 'Taught words']);
    // Put the list back as it was: the rest of the profile is the default's.
    const restored = structuredClone(changed);
    const list = LIST_OF[field](restored) as string[];
    list.pop();
    expect(restored).toEqual(DEFAULT_SITE_PROFILE);
  });

  it('adds a value once, whatever its case, and ignores Stripe changes', () => {
    const changed = applyKartraChanges(DEFAULT_SITE_PROFILE, [
      kartra('steps.editMenuItemNames', 'Modify'),
      kartra('steps.editMenuItemNames', 'MODIFY'),
      kartra('steps.editMenuItemNames', 'edit'), // already built in
      { site: 'stripe', target: 'stripe-connect-button', field: 'words.connectButton', value: 'Grant access' },
    ]);
    expect(changed.steps.editMenuItemNames).toEqual([...DEFAULT_SITE_PROFILE.steps.editMenuItemNames, 'Modify']);
    expect(changed.statusWords).toEqual(DEFAULT_SITE_PROFILE.statusWords);
  });

  it('returns a new profile and leaves the frozen default untouched', () => {
    const before = JSON.stringify(DEFAULT_SITE_PROFILE);
    const changed = applyKartraChanges(DEFAULT_SITE_PROFILE, KARTRA_TEACH_FIELDS.map((field) => kartra(field, 'x y')));
    expect(changed).not.toBe(DEFAULT_SITE_PROFILE);
    expect(Object.isFrozen(DEFAULT_SITE_PROFILE.steps.editMenuItemNames)).toBe(true);
    expect(JSON.stringify(DEFAULT_SITE_PROFILE)).toBe(before);
  });
});

describe('applyStripeChanges and stripeRuleOf', () => {
  const connect = (value: string): ProfileChange => ({ site: 'stripe', target: 'stripe-connect-button', field: 'words.connectButton', value });
  const chooser = (value: string): ProfileChange => ({ site: 'stripe', target: 'stripe-account-list', field: 'hints.accountChooserLabels', value });

  it('a Connect button name becomes a rule for the whole normalised phrase', () => {
    const rule = stripeRuleOf(connect('  Grant   ACCESS '));
    expect(rule.pattern).toBe('^grant access$');
    expect(new RegExp(rule.pattern, 'u').test(normalizeWords('Grant Access'))).toBe(true);
    expect(new RegExp(rule.pattern, 'u').test(normalizeWords('Grant access now'))).toBe(false);
  });

  it('a chooser label matches as whole words inside a longer label', () => {
    const rule = stripeRuleOf(chooser('Business profile'));
    expect(rule.pattern).toBe('\\bbusiness profile\\b');
    expect(new RegExp(rule.pattern, 'u').test(normalizeWords('Choose a business profile to connect'))).toBe(true);
    expect(new RegExp(rule.pattern, 'u').test(normalizeWords('Business profiles'))).toBe(false);
  });

  it('escapes regular-expression characters, so the rule matches the text itself', () => {
    const value = 'Connect (beta) + more? [1] {a} ^$ a.b / c\\d | e*';
    const rule = stripeRuleOf(connect(value));
    const pattern = new RegExp(rule.pattern, 'u');
    expect(pattern.test(normalizeWords(value))).toBe(true);
    expect(pattern.test(normalizeWords('Connect beta  more 1 a ab c d e'))).toBe(false);
    expect(pattern.test('connect (beta) + moree [1] {a} ^$ axb / c\\d | e*')).toBe(false);
  });

  it('appends to the right list once, leaving the default as it was', () => {
    const before = JSON.stringify(DEFAULT_STRIPE_PROFILE);
    const changed = applyStripeChanges(DEFAULT_STRIPE_PROFILE, [connect('Grant access'), connect('grant ACCESS'), chooser('Profile'), kartra('steps.editMenuItemNames', 'Modify')]);
    expect(changed.words.connectButton).toEqual([...DEFAULT_STRIPE_PROFILE.words.connectButton, stripeRuleOf(connect('Grant access'))]);
    expect(changed.hints.accountChooserLabels).toEqual([...DEFAULT_STRIPE_PROFILE.hints.accountChooserLabels, stripeRuleOf(chooser('Profile'))]);
    expect({ ...changed, words: DEFAULT_STRIPE_PROFILE.words, hints: DEFAULT_STRIPE_PROFILE.hints }).toEqual(DEFAULT_STRIPE_PROFILE);
    expect(JSON.stringify(DEFAULT_STRIPE_PROFILE)).toBe(before);
  });

  it('sameChange: same site, field and value whatever the case; the target does not matter', () => {
    expect(sameChange(connect('Go'), connect('GO'))).toBe(true);
    expect(sameChange(connect('Go'), chooser('Go'))).toBe(false);
  });
});

describe('ProfileChangeSchema refuses what a change may not be', () => {
  const good = kartra('statusWords.needsAttention', 'Payments paused');
  const refusalOf = (raw: unknown) => {
    const parsed = ProfileChangeSchema.safeParse(raw);
    return parsed.success ? 'accepted' : parsed.error.issues.map((issue) => issue.message).join(', ');
  };

  it('accepts a plain change, trimmed', () => {
    expect(ProfileChangeSchema.parse({ ...good, value: '  Payments paused ' })).toEqual(good);
  });

  it.each([
    ['a publishable key', 'pk_live_51HabcdEFGH'],
    ['a secret key with words', 'Use sk_test_abc here'],
    ['a restricted key', 'rk_live_xyz'],
    ['a webhook secret', 'whsec_abc'],
    ['an account id', 'acct_1Abc'],
    ['a long token without prefix', 'A1b2C3d4E5f6G7h8I9j0K1l2M3'],
  ])('key-shaped: %s', (_name, value) => {
    expect(refusalOf({ ...good, value })).toContain('key-shaped');
  });

  it('too long, empty or blank', () => {
    expect(refusalOf({ ...good, value: 'word '.repeat(30) })).not.toBe('accepted');
    expect(refusalOf({ ...good, value: '' })).not.toBe('accepted');
    expect(refusalOf({ ...good, value: '   ' })).not.toBe('accepted');
    expect(refusalOf({ ...good, value: 'a'.repeat(120).replace(/(.{10})/g, '$1 ') .slice(0, 120) })).toBe('accepted');
  });

  it('a field of another target', () => {
    expect(refusalOf({ ...good, target: 'edit-menu-item' })).toContain('field-of-another-target');
    expect(refusalOf({ site: 'kartra', target: 'stripe-connect-button', field: 'steps.connectWithStripeNames', value: 'Go' })).toContain('field-of-another-target');
  });

  it('the wrong site for the field, or for the target', () => {
    expect(refusalOf({ ...good, site: 'stripe' })).not.toBe('accepted');
    expect(refusalOf({ site: 'kartra', target: 'stripe-connect-button', field: 'words.connectButton', value: 'Go' })).not.toBe('accepted');
    expect(refusalOf({ site: 'stripe', target: 'connect-with-stripe', field: 'words.connectButton', value: 'Go' })).toContain('field-of-another-target');
  });

  it('extra keys, unknown targets and fields, prototype keys', () => {
    expect(refusalOf({ ...good, extra: 1 })).not.toBe('accepted');
    expect(refusalOf({ ...good, target: 'everything' })).not.toBe('accepted');
    expect(refusalOf({ ...good, field: 'limits.maxNodes' })).not.toBe('accepted');
    expect(refusalOf(JSON.parse('{"site":"kartra","target":"tile-status","field":"statusWords.needsAttention","value":"x y","__proto__":{"a":1}}'))).not.toBe('accepted');
  });
});

describe('parseTaughtChanges', () => {
  const entry = (id: string, change: unknown = kartra('steps.editMenuItemNames', 'Modify')) => ({ id, at: 1, change });

  it('keeps the good entries and drops each corrupt one', () => {
    const raw = [entry('a'), entry('b', { site: 'kartra', value: 'x' }), 'junk', null, { id: 'c' }, entry('', undefined), entry('d', kartra('steps.editMenuItemNames', 'sk_live_zzz'))];
    expect(parseTaughtChanges(raw).map((taught) => taught.id)).toEqual(['a']);
  });

  it('reads anything but a list as none, and at most the cap', () => {
    for (const raw of [undefined, null, 'x', 42, { a: 1 }]) expect(parseTaughtChanges(raw)).toEqual([]);
    const many = Array.from({ length: MAX_TAUGHT_CHANGES + 5 }, (_, i) => entry(`id-${i}`));
    expect(parseTaughtChanges(many)).toHaveLength(MAX_TAUGHT_CHANGES);
  });
});

describe('isKeyShaped', () => {
  it.each(['Keypk_live_abc', 'Accountsk_test_x', 'pk_live_abc', 'PK_TEST_abc', 'sk_abc', 'rk_test_1', 'x whsec_1', 'see acct_1Nv0', '(sk_live_x)', 'abcdefghijklmnopqrstuvwx', 'eyJhbGciOiJIUzI1NiJ9eyJzdWIi'])('%s is key-shaped', (text) => {
    expect(isKeyShaped(text)).toBe(true);
  });
  it.each(['Publishable key', 'Account key', 'Payments paused', 'input[name="account_key"]', 'desk_top', 'Ask_me', 'network_id', 'Connect with Stripe', 'a-b-c-d-e-f'])('%s is not', (text) => {
    expect(isKeyShaped(text)).toBe(false);
  });
});

describe('teach targets of guide steps', () => {
  it('each step target maps to its teach target, a step without a target to none', () => {
    expect(teachTargetOfStep('edit-menu-item')).toBe('edit-menu-item');
    expect(teachTargetOfStep('stripe-tile')).toBe('tile-status');
    expect(teachTargetOfStep('stripe-account-picker')).toBe('stripe-account-list');
    expect(teachTargetOfStep('integrations-nav')).toBeUndefined();
    expect(teachTargetOfStep(undefined)).toBeUndefined();
  });

  it('only on the site where it lives', () => {
    expect(teachTargetOfStepOn('connect-with-stripe', 'kartra')).toBe('connect-with-stripe');
    expect(teachTargetOfStepOn('connect-with-stripe', 'stripe')).toBeUndefined();
    expect(teachTargetOfStepOn('stripe-connect-button', 'stripe')).toBe('stripe-connect-button');
    expect(teachTargetOfStepOn('stripe-connect-button', undefined)).toBeUndefined();
  });
});
