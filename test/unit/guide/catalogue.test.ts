import { stepText } from '../../../components/text/step-text';
import { describe, expect, it } from 'vitest';
import type { WarningCode } from '../../../lib/guide/guide-state';
import { WarningCodeSchema } from '../../../lib/guide/guide-state';
import { appendHistory } from '../../../lib/guide/history';
import { useTestLocale } from '../support/fake-browser-gaps';
import { warningText } from '../../../components/text/warning-text';
import { getStep, indexOfStep, isActionStep, MAIN_PATH, STEP_IDS, STEPS, type StepId } from '../../../lib/guide/steps';
import { findRetryStep } from '../../../lib/guide/troubleshooting';
import { kartraMessageFor } from '../../../lib/kartra/outcomes';
import { isAccountWarning, isStickyWarning, makeWarning } from '../../../lib/guide/warnings';

describe('the step catalogue', () => {
  it('lists the article in order', () => {
    expect(STEP_IDS).toEqual([
      'why-reconnect',
      'before-you-begin',
      'open-integrations',
      'find-red-tile',
      'open-tile-menu',
      'choose-edit',
      'connect-with-stripe',
      'stripe-login',
      'choose-account',
      'confirm-connect',
      'redirect-back',
      'after-reconnect',
      'troubleshoot',
    ]);
    const sections = ['why', 'before', 'kartra', 'stripe', 'return', 'after', 'troubleshoot'];
    const order = STEPS.map((step) => sections.indexOf(step.section));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(STEPS.map((step) => step.section))).toEqual(new Set(sections));
  });

  it('points "show me" at the right thing on the right site', () => {
    const targets = Object.fromEntries(STEPS.map((step) => [step.id, [('site' in step && step.site) || undefined, ('target' in step && step.target) || undefined]]));
    expect(targets).toEqual({
      'why-reconnect': [undefined, undefined],
      'before-you-begin': [undefined, undefined],
      'open-integrations': ['kartra-app', 'integrations-nav'],
      'find-red-tile': ['kartra-app', 'stripe-tile'],
      'open-tile-menu': ['kartra-app', 'tile-menu-button'],
      'choose-edit': ['kartra-app', 'edit-menu-item'],
      'connect-with-stripe': ['kartra-app', 'connect-with-stripe'],
      'stripe-login': ['stripe-connect', 'stripe-login'],
      'choose-account': ['stripe-connect', 'stripe-account-picker'],
      'confirm-connect': ['stripe-connect', 'stripe-connect-button'],
      'redirect-back': ['kartra-app', undefined],
      'after-reconnect': ['kartra-app', 'stripe-tile'],
      troubleshoot: [undefined, undefined],
    });
  });

  // Spanish runs about a fifth longer than English: its sentences get that much more room, not more.
  it.each([
    ['en', 100],
    ['es', 125],
  ] as const)('gives each step one short sentence to act on, in %s', (locale, longest) => {
    useTestLocale(locale);
    try {
      for (const { id } of STEPS) {
        const words = stepText(id);
        expect(words.instruction, id).toMatch(/^\p{Lu}[^.!?]*\.$/u);
        expect(words.instruction.length, id).toBeLessThanOrEqual(longest);
        expect(words.title.length, id).toBeLessThanOrEqual(40);
      }
    } finally {
      useTestLocale('en');
    }
  });

  it("keeps the article's important box and after-reconnect bullets", () => {
    expect(stepText('choose-account').detail.join(' ')).toMatch(/same Stripe account that was originally used/);
    expect(stepText('choose-account').detail.join(' ')).toMatch(/Subscription billing|subscription billing/);
    expect(stepText('after-reconnect').detail).toContain('No API keys or webhooks are required anymore.');
    expect(stepText('why-reconnect').detail).toHaveLength(3);
    // Phrases copied from the help article (the seed), which lives outside the repository.
    const words = JSON.stringify(STEP_IDS.map(stepText));
    for (const phrase of ['older setup', 'red status indicator', 'log in to Stripe in a separate browser tab', 'Active subscriptions will continue to process']) {
      expect(words).toContain(phrase);
    }
  });

  it('keeps troubleshooting off the main path', () => {
    expect(MAIN_PATH).toEqual(STEP_IDS.slice(0, -1));
    expect(indexOfStep('troubleshoot')).toBe(12);
    expect(indexOfStep('bogus' as StepId)).toBe(STEP_IDS.length);
    expect(getStep('bogus' as StepId).id).toBe('troubleshoot');
  });

  it('tells action steps from reading steps', () => {
    expect(STEP_IDS.filter(isActionStep)).toEqual(STEP_IDS.slice(2, 11));
  });
});

describe('troubleshooting', () => {
  it("quotes Kartra's four messages as the article does", () => {
    const outcomes = ['account-mismatch', 'ineligible-account', 'user-denied', 'already-integrated'] as const;
    expect(Object.fromEntries(outcomes.map((outcome) => [outcome, kartraMessageFor(outcome)]))).toEqual({
      'account-mismatch': 'Stripe account does not match',
      'ineligible-account': 'Ineligible account',
      'user-denied': 'User denied request',
      'already-integrated': 'Account already integrated',
    });
  });

  it('finds the step to retry from', () => {
    expect(findRetryStep({ outcome: 'account-mismatch' })).toBe('choose-account');
    expect(findRetryStep({ outcome: 'already-integrated' })).toBe('choose-account');
    expect(findRetryStep({ outcome: 'user-denied' })).toBe('connect-with-stripe');
    expect(findRetryStep({ outcome: 'ineligible-account' })).toBe('connect-with-stripe');
    expect(findRetryStep({ stripeError: { error: 'x' } })).toBe('connect-with-stripe');
    expect(findRetryStep({})).toBe('connect-with-stripe');
    expect(findRetryStep({ outcome: 'success' })).toBe('connect-with-stripe');
  });
});

describe('warnings', () => {
  const codes = WarningCodeSchema.options as readonly WarningCode[];

  it('has words for every code, in every language, bounded even with the longest names', () => {
    for (const locale of ['en', 'es']) {
      useTestLocale(locale);
      for (const code of codes) {
        const warning = makeWarning(code, { name: 'n'.repeat(120), integration: 'i'.repeat(80), outcome: 'user-denied' });
        expect(warning.code).toBe(code);
        expect(warningText(warning).length, `${locale} ${code}`).toBeGreaterThan(20);
        expect(warningText(warning).length, `${locale} ${code}`).toBeLessThanOrEqual(500);
        expect(warningText(warning), `${locale} ${code}`).not.toMatch(/\{\w+\}/);
      }
    }
    useTestLocale('en');
  });

  it('keeps page text as a value, clipped, and words a blank one itself', () => {
    expect(makeWarning('different-account', { name: '<b>Acme</b>' })).toEqual({ code: 'different-account', params: { name: '<b>Acme</b>' } });
    expect(makeWarning('different-account', { name: 'x'.repeat(900) }).params?.name).toHaveLength(500);
    expect(warningText(makeWarning('different-account', { name: '<b>Acme</b>' }))).toMatch(/^“<b>Acme<\/b>” is not/);
    expect(makeWarning('different-account', { name: '   ' })).toEqual({ code: 'different-account' });
    expect(warningText(makeWarning('different-account', { name: '   ' }))).toMatch(/^“this account” is not/);
    expect(warningText(makeWarning('unexpected-outcome'))).toMatch(/^Kartra shows “a result”/);
    expect(warningText(makeWarning('unexpected-outcome', { outcome: 'account-mismatch' }))).toMatch(/^Kartra shows “Stripe account does not match”/);
  });

  it('fills a page value in once, never reading it as a part of the sentence', () => {
    expect(warningText(makeWarning('different-account', { name: '{integration} $1 $$' }))).toMatch(/^“\{integration\} \$1 \$\$” is not/);
  });

  it('keeps account warnings sticky', () => {
    expect(codes.filter(isStickyWarning)).toEqual(['different-account', 'mode-mismatch', 'account-unverified', 'key-invalid', 'key-not-read', 'original-key-changed']);
    expect(codes.filter(isAccountWarning)).toEqual(['different-account', 'mode-mismatch', 'account-unverified', 'key-invalid']);
  });
});

describe('appendHistory', () => {
  const entry = (n: number) => ({ at: n, stepId: 'why-reconnect' as const, event: 'legacy' as const, params: { text: `e${n}` }, source: 'agent' as const });

  it('appends without touching its input', () => {
    const history = [entry(1)];
    const next = appendHistory(history, entry(2));
    expect(next).toEqual([entry(1), entry(2)]);
    expect(history).toEqual([entry(1)]);
  });

  it('drops the oldest entries beyond the limit', () => {
    const next = appendHistory([entry(1), entry(2), entry(3)], entry(4), 3);
    expect(next.map((e) => e.at)).toEqual([2, 3, 4]);
  });

});
