import { said, warningSaid } from './said';
import { describe, expect, it } from 'vitest';
import { GuideStateSchema } from '../../../lib/guide/guide-state';
import {
  describeProgress,
  findGuideForTab,
  pickGuideForObservation,
  raiseWarning,
  shouldWarnWithoutGuide,
  startGuide,
} from '../../../lib/guide/machine';
import { MAIN_PATH } from '../../../lib/guide/steps';
import type { GuideObservation } from '../../../lib/protocol';
import { guideAt, KARTRA_TAB, KEY, makeGuide, STRIPE_TAB, T0 } from './fixtures';

describe('startGuide', () => {
  it('starts active at why-reconnect, in its tab, with one history entry', () => {
    const guide = startGuide({ id: 'g7', integration: 'Stripe', tabId: 5, now: T0 });
    expect(guide).toEqual({
      schemaVersion: 2,
      id: 'g7',
      integration: 'Stripe',
      tabId: 5,
      tabIds: [5],
      stepId: 'why-reconnect',
      completed: {},
      history: [{ at: T0, stepId: 'why-reconnect', event: 'started', source: 'agent' }],
      status: 'active',
      startedAt: T0,
      updatedAt: T0,
    });
    expect(GuideStateSchema.safeParse(guide).success).toBe(true);
  });

  it('carries the key, tabs, dashboard sighting and history of an earlier guide, not its progress', () => {
    const earlier = guideAt('troubleshoot', {
      originalKey: KEY,
      tabIds: [KARTRA_TAB, STRIPE_TAB],
      dashboard: { tabId: STRIPE_TAB, at: T0, accountName: 'Acme' },
      candidate: { name: 'Acme' },
      warning: { code: 'different-account' },
    });
    const guide = startGuide({ id: 'g8', integration: 'Stripe', tabId: 33, now: T0 + 9, resumeFrom: earlier });
    expect(guide).toMatchObject({ id: 'g8', tabId: 33, stepId: 'why-reconnect', status: 'active', originalKey: KEY, completed: {} });
    expect(guide.tabIds).toEqual([33, KARTRA_TAB, STRIPE_TAB]);
    expect(guide.dashboard).toEqual(earlier.dashboard);
    for (const gone of ['candidate', 'warning', 'outcome', 'retryFrom']) expect(guide).not.toHaveProperty(gone);
    expect(guide.history.slice(0, -1)).toEqual(earlier.history);
    expect(said(guide.history.at(-1))).toBe('The guide was started again.');
    expect(GuideStateSchema.safeParse(guide).success).toBe(true);
  });

  it('makes a valid guide from awkward input', () => {
    const guide = startGuide({ id: 'x'.repeat(500), integration: '   ', tabId: 1, now: Number.NaN });
    expect(guide.id).toHaveLength(100);
    expect(guide.integration).toBe('Stripe');
    expect(guide.startedAt).toBe(0);
    expect(GuideStateSchema.safeParse(guide).success).toBe(true);
  });
});

describe('findGuideForTab', () => {
  const a = makeGuide({ id: 'a', tabIds: [KARTRA_TAB, STRIPE_TAB], status: 'dismissed', updatedAt: T0 + 50 });
  const b = makeGuide({ id: 'b', tabId: 40, tabIds: [40, STRIPE_TAB], updatedAt: T0 + 10 });
  const c = makeGuide({ id: 'c', tabIds: [KARTRA_TAB], status: 'done', updatedAt: T0 + 20 });

  it('finds the guide by any of its tabs', () => {
    expect(findGuideForTab([b], STRIPE_TAB)?.id).toBe('b');
    expect(findGuideForTab([b], 40)?.id).toBe('b');
  });

  it('prefers an active guide, then the most recently updated', () => {
    expect(findGuideForTab([a, b], STRIPE_TAB)?.id).toBe('b');
    expect(findGuideForTab([a, c], KARTRA_TAB)?.id).toBe('a');
    expect(findGuideForTab([c, a], KARTRA_TAB)?.id).toBe('a');
  });

  it('finds nothing for a tab no guide has', () => {
    expect(findGuideForTab([a, b, c], 999)).toBeUndefined();
    expect(findGuideForTab([], KARTRA_TAB)).toBeUndefined();
  });
});

describe('pickGuideForObservation', () => {
  const picker: GuideObservation = { kind: 'stripe-picker-shown', accounts: [] };
  const page: GuideObservation = { kind: 'integrations-page', stripeStatus: 'needs-attention' };
  const one = makeGuide({ id: 'one' });
  const two = makeGuide({ id: 'two', tabId: 40, tabIds: [40] });

  it("takes the tab's own active guide", () => {
    expect(pickGuideForObservation([one, two], 40, page)?.id).toBe('two');
  });

  it('gives a Stripe tab to the only active guide', () => {
    expect(pickGuideForObservation([one], STRIPE_TAB, picker)?.id).toBe('one');
    expect(pickGuideForObservation([one, { ...two, status: 'dismissed' }], STRIPE_TAB, picker)?.id).toBe('one');
  });

  it("gives Kartra's redirect in a new tab to the only active guide", () => {
    expect(pickGuideForObservation([one], 77, { kind: 'kartra-redirect', result: 'code' })?.id).toBe('one');
  });

  it('does not guess between several active guides', () => {
    expect(pickGuideForObservation([one, two], STRIPE_TAB, picker)).toBeUndefined();
  });

  it('finds nothing without an active guide', () => {
    expect(pickGuideForObservation([], STRIPE_TAB, picker)).toBeUndefined();
    expect(pickGuideForObservation([{ ...one, status: 'done' }], KARTRA_TAB, picker)).toBeUndefined();
  });

  it('does not hand another Kartra tab to a guide', () => {
    expect(pickGuideForObservation([one], 77, page)).toBeUndefined();
    expect(pickGuideForObservation([one], 77, { kind: 'kartra-outcome', outcome: 'success' })).toBeUndefined();
  });
});

describe('shouldWarnWithoutGuide', () => {
  const table: [GuideObservation, 'stripe-connect' | 'stripe-dashboard' | undefined, boolean][] = [
    [{ kind: 'stripe-picker-shown', accounts: [] }, undefined, true],
    [{ kind: 'stripe-account-selected', account: { name: 'A', selected: true } }, undefined, true],
    [{ kind: 'stripe-connect-clicked' }, undefined, true],
    [{ kind: 'stripe-cancel-clicked' }, undefined, true],
    [{ kind: 'stripe-error-page', error: 'e', description: 'd' }, undefined, true],
    [{ kind: 'stripe-login-shown' }, 'stripe-connect', true],
    [{ kind: 'stripe-login-shown' }, 'stripe-dashboard', false],
    [{ kind: 'stripe-login-shown' }, undefined, false],
    [{ kind: 'stripe-dashboard' }, 'stripe-dashboard', false],
    [{ kind: 'integrations-page', stripeStatus: 'unknown' }, undefined, false],
    [{ kind: 'kartra-outcome', outcome: 'success' }, undefined, false],
  ];
  for (const [observation, site, expected] of table) {
    it(`${observation.kind} on ${site ?? 'an unknown site'} → ${expected}`, () => {
      expect(shouldWarnWithoutGuide(observation, site)).toBe(expected);
    });
  }
});

describe('raiseWarning', () => {
  it('puts the warning on the guide and in its history', () => {
    const guide = raiseWarning(makeGuide(), 'stripe-without-guide', T0 + 3);
    expect(guide.warning?.code).toBe('stripe-without-guide');
    expect(guide.history.at(-1)).toEqual({ at: T0 + 3, stepId: 'why-reconnect', event: 'warning-raised', warning: guide.warning, source: 'observed' });
    expect(said(guide.history.at(-1))).toBe(warningSaid(guide.warning));
    expect(raiseWarning(guide, 'stripe-without-guide', T0 + 4)).toBe(guide);
  });

  it('does not replace a sticky account warning', () => {
    const sticky = makeGuide({ warning: { code: 'different-account' } });
    expect(raiseWarning(sticky, 'stripe-without-guide', T0).warning?.code).toBe('different-account');
  });
});

describe('describeProgress', () => {
  MAIN_PATH.forEach((stepId, position) => {
    it(`${stepId} is ${position + 1} of ${MAIN_PATH.length}`, () => {
      const progress = describeProgress(makeGuide({ stepId }));
      expect(progress).toEqual({
        index: position + 1,
        total: 12,
        percent: Math.round((position / 11) * 100),
      });
    });
  });

  it('runs from 0 to 100', () => {
    expect(describeProgress(makeGuide({ stepId: 'why-reconnect' })).percent).toBe(0);
    expect(describeProgress(makeGuide({ stepId: 'after-reconnect' })).percent).toBe(100);
  });

  it('shows troubleshooting at the step to retry', () => {
    expect(describeProgress(makeGuide({ stepId: 'troubleshoot', retryFrom: 'choose-account' }))).toEqual({ index: 9, total: 12, percent: 73 });
    expect(describeProgress(makeGuide({ stepId: 'troubleshoot' })).index).toBe(7);
  });

  it('is full once done, even while reviewing an earlier step', () => {
    expect(describeProgress(makeGuide({ stepId: 'choose-account', status: 'done' })).percent).toBe(100);
  });
});
