import { describe, expect, it } from 'vitest';
import type { WarningCode } from '../../../lib/guide/guide-state';
import { WarningCodeSchema } from '../../../lib/guide/guide-state';
import { appendHistory } from '../../../lib/guide/history';
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

  it('gives each step one short sentence to act on', () => {
    for (const step of STEPS) {
      expect(step.instruction, step.id).toMatch(/^[A-Z][^.!?]*\.$/);
      expect(step.instruction.length, step.id).toBeLessThanOrEqual(100);
      expect(step.title.length, step.id).toBeLessThanOrEqual(40);
    }
  });

  it("keeps the article's important box and after-reconnect bullets", () => {
    expect(getStep('choose-account').detail?.join(' ')).toMatch(/same Stripe account that was originally used/);
    expect(getStep('choose-account').detail?.join(' ')).toMatch(/Subscription billing|subscription billing/);
    expect(getStep('after-reconnect').detail).toContain('No API keys or webhooks are required anymore.');
    expect(getStep('why-reconnect').detail).toHaveLength(3);
    // Phrases copied from the help article (the seed), which lives outside the repository.
    for (const phrase of ['older setup', 'red status indicator', 'log in to Stripe in a separate browser tab', 'Active subscriptions will continue to process']) {
      expect(JSON.stringify(STEPS)).toContain(phrase);
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

  it('has a message for every code, bounded even with the longest names', () => {
    for (const code of codes) {
      const warning = makeWarning(code, { name: 'n'.repeat(120), integration: 'i'.repeat(80), message: 'm'.repeat(80) });
      expect(warning.code).toBe(code);
      expect(warning.message.length).toBeGreaterThan(20);
      expect(warning.message.length).toBeLessThanOrEqual(500);
    }
  });

  it('quotes page text and falls back when it is blank', () => {
    expect(makeWarning('different-account', { name: '<b>Acme</b>' }).message).toMatch(/^“<b>Acme<\/b>” is not/);
    expect(makeWarning('different-account', { name: '   ' }).message).toMatch(/^“this account” is not/);
    expect(makeWarning('unexpected-outcome').message).toMatch(/^Kartra shows “a result”/);
  });

  it('keeps account warnings sticky', () => {
    expect(codes.filter(isStickyWarning)).toEqual(['different-account', 'mode-mismatch', 'account-unverified', 'key-invalid', 'key-not-read', 'original-key-changed']);
    expect(codes.filter(isAccountWarning)).toEqual(['different-account', 'mode-mismatch', 'account-unverified', 'key-invalid']);
  });
});

describe('appendHistory', () => {
  const entry = (n: number) => ({ at: n, stepId: 'why-reconnect' as const, what: `e${n}`, source: 'agent' as const });

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

  it('cuts an overlong sentence', () => {
    expect(appendHistory([], { ...entry(1), what: 'x'.repeat(2_000) })[0]?.what).toHaveLength(500);
  });
});
