import { said } from './said';
import { stepTitle } from '../../../components/text/step-text';
import { describe, expect, it } from 'vitest';
import { GuideStateSchema, HISTORY_LIMIT, type GuideState } from '../../../lib/guide/guide-state';
import { applyCommand } from '../../../lib/guide/machine';
import { MAIN_PATH, type StepId } from '../../../lib/guide/steps';
import type { KartraOutcome } from '../../../lib/protocol';
import { guideAt, KEY, makeGuide, observe, T0 } from './fixtures';

const NOW = T0 + 60_000;

describe('applyCommand: next', () => {
  // A fresh guide standing on each step, with nothing done: next goes one step on and marks the step done by the agent.
  MAIN_PATH.slice(0, -1).forEach((stepId, position) => {
    const following = MAIN_PATH[position + 1]!;
    it(`${stepId} → ${following}`, () => {
      const guide = makeGuide({ stepId });
      const result = applyCommand(guide, 'next', NOW);
      expect(result.changed).toBe(true);
      expect(result.state.stepId).toBe(following);
      expect(result.state.completed[stepId]).toBe(NOW);
      expect(result.state.history.at(-1)).toEqual({
        at: NOW,
        stepId: following,
        event: 'marked-done',
        params: { step: stepId, next: following },
        source: 'agent',
      });
      expect(said(result.state.history.at(-1))).toBe(`Marked “${stepTitle(stepId)}” done; now: ${stepTitle(following)}.`);
    });
  });

  it('skips steps the extension already saw done', () => {
    const seen = observe(guideAt('before-you-begin'), { kind: 'integrations-page', stripeStatus: 'needs-attention' }).state;
    expect(applyCommand(seen, 'next', NOW).state.stepId).toBe('open-tile-menu');
  });

  it('after going back to review, returns to the first step not done yet', () => {
    let guide = guideAt('choose-account');
    for (let i = 0; i < 4; i++) guide = applyCommand(guide, 'back', NOW).state;
    expect(guide.stepId).toBe('open-tile-menu');
    expect(applyCommand(guide, 'next', NOW).state.stepId).toBe('choose-account');
  });

  it('stays put on the last step', () => {
    const guide = guideAt('after-reconnect');
    expect(applyCommand(guide, 'next', NOW)).toEqual({ state: guide, changed: false });
  });

  it('stays put in troubleshooting, where back is the way out', () => {
    const guide = guideAt('troubleshoot');
    expect(applyCommand(guide, 'next', NOW)).toEqual({ state: guide, changed: false });
  });

  it('clears a passing warning and keeps a sticky one', () => {
    const passing = makeGuide({ stepId: 'find-red-tile', warning: { code: 'stripe-tile-missing' } });
    expect(applyCommand(passing, 'next', NOW).state.warning).toBeUndefined();
    const sticky = makeGuide({ stepId: 'confirm-connect', warning: { code: 'different-account' } });
    expect(applyCommand(sticky, 'next', NOW).state.warning?.code).toBe('different-account');
  });

  it('walking next through a done guide leaves it done', () => {
    const done = guideAt('after-reconnect', { status: 'done', outcome: 'success' });
    const back = applyCommand(done, 'back', NOW).state;
    expect(back).toMatchObject({ stepId: 'redirect-back', status: 'done' });
    expect(applyCommand(back, 'next', NOW).state).toMatchObject({ stepId: 'after-reconnect', status: 'done' });
  });
});

describe('applyCommand: back', () => {
  MAIN_PATH.slice(1).forEach((stepId, position) => {
    const previous = MAIN_PATH[position]!;
    it(`${stepId} → ${previous}, undoing nothing`, () => {
      const guide = guideAt(stepId);
      const result = applyCommand(guide, 'back', NOW);
      expect(result.state.stepId).toBe(previous);
      expect(result.state.completed).toEqual(guide.completed);
      expect(result.state.history.at(-1)).toMatchObject({ source: 'agent', event: 'back-to', params: { step: previous } });
      expect(said(result.state.history.at(-1))).toBe(`Back to “${stepTitle(previous)}”.`);
    });
  });

  it('stays put on the first step', () => {
    const guide = guideAt('why-reconnect');
    expect(applyCommand(guide, 'back', NOW)).toEqual({ state: guide, changed: false });
  });

  const retry: [KartraOutcome, StepId][] = [
    ['account-mismatch', 'choose-account'],
    ['ineligible-account', 'connect-with-stripe'],
    ['user-denied', 'connect-with-stripe'],
    ['already-integrated', 'choose-account'],
  ];
  for (const [outcome, retryFrom] of retry) {
    it(`from troubleshooting ${outcome} returns to ${retryFrom} for a new attempt`, () => {
      const failed = observe(guideAt('redirect-back'), { kind: 'kartra-outcome', outcome }).state;
      const result = applyCommand(failed, 'back', NOW);
      expect(result.state.stepId).toBe(retryFrom);
      expect(result.state.outcome).toBeUndefined();
      expect(result.state.retryFrom).toBeUndefined();
      expect(result.state.completed[retryFrom]).toBeUndefined();
      expect(result.state.completed['redirect-back']).toBeUndefined();
      expect(said(result.state.history.at(-1))).toBe(`Back to “${stepTitle(retryFrom)}” to try again.`);
    });
  }

  it('from troubleshooting a Stripe error returns to Connect with Stripe', () => {
    const failed = observe(guideAt('stripe-login'), { kind: 'stripe-error-page', error: 'invalid_request', description: 'x' }).state;
    const result = applyCommand(failed, 'back', NOW).state;
    expect(result.stepId).toBe('connect-with-stripe');
    expect(result.stripeError).toBeUndefined();
  });

  it('from a stored troubleshooting guide without retryFrom, works it out from the outcome', () => {
    const stored = makeGuide({ stepId: 'troubleshoot', outcome: 'already-integrated' });
    expect(applyCommand(stored, 'back', NOW).state.stepId).toBe('choose-account');
  });
});

describe('applyCommand: restart, dismiss, resume, start', () => {
  const messy = (): GuideState =>
    guideAt('troubleshoot', {
      originalKey: KEY,
      candidate: { name: 'Wrong', verdict: 'different-account' },
      warning: { code: 'different-account' },
      outcome: 'account-mismatch',
      retryFrom: 'choose-account',
      completed: { 'why-reconnect': T0, 'before-you-begin': T0, 'open-integrations': T0, 'connect-with-stripe': T0 },
      dashboard: { tabId: 3, at: T0, accountName: 'Acme' },
    });

  it('restart goes back to the Kartra steps, keeping the key, the history and the introduction', () => {
    const before = messy();
    const result = applyCommand(before, 'restart', NOW);
    expect(result.state).toMatchObject({ stepId: 'open-integrations', status: 'active', originalKey: KEY, dashboard: before.dashboard });
    expect(result.state.completed).toEqual({ 'why-reconnect': T0, 'before-you-begin': T0 });
    for (const gone of ['candidate', 'warning', 'outcome', 'retryFrom', 'stripeError'] as const) expect(result.state).not.toHaveProperty(gone);
    expect(result.state.history.slice(0, -1)).toEqual(before.history);
    expect(said(result.state.history.at(-1))).toBe('The guide restarted from the Kartra steps.');
    expect(GuideStateSchema.safeParse(result.state).success).toBe(true);
  });

  it('restart works on done and dismissed guides too', () => {
    expect(applyCommand(guideAt('after-reconnect', { status: 'done' }), 'restart', NOW).state.status).toBe('active');
    expect(applyCommand(guideAt('choose-account', { status: 'dismissed' }), 'restart', NOW).state).toMatchObject({
      status: 'active',
      stepId: 'open-integrations',
    });
  });

  it('dismiss hides the guide once; a dismissed guide ignores next and back', () => {
    const dismissed = applyCommand(guideAt('choose-account'), 'dismiss', NOW);
    expect(dismissed.state).toMatchObject({ status: 'dismissed', stepId: 'choose-account' });
    expect(applyCommand(dismissed.state, 'dismiss', NOW).changed).toBe(false);
    expect(applyCommand(dismissed.state, 'next', NOW).changed).toBe(false);
    expect(applyCommand(dismissed.state, 'back', NOW).changed).toBe(false);
  });

  it('resume brings a dismissed guide back where it was', () => {
    const dismissed = applyCommand(guideAt('choose-account'), 'dismiss', NOW).state;
    const resumed = applyCommand(dismissed, 'resume', NOW + 1);
    expect(resumed.state).toMatchObject({ status: 'active', stepId: 'choose-account' });
    expect(resumed.state.history.at(-1)).toMatchObject({ event: 'resumed', source: 'agent', at: NOW + 1 });
    expect(said(resumed.state.history.at(-1))).toBe('The guide was resumed.');
  });

  it('resume brings a guide dismissed after success back as done', () => {
    const done = observe(guideAt('redirect-back'), { kind: 'kartra-outcome', outcome: 'success' }).state;
    const dismissed = applyCommand(done, 'dismiss', NOW).state;
    expect(applyCommand(dismissed, 'resume', NOW).state.status).toBe('done');
  });

  it('resume does nothing to an active or done guide', () => {
    for (const status of ['active', 'done'] as const) {
      const guide = guideAt('choose-account', { status });
      expect(applyCommand(guide, 'resume', NOW)).toEqual({ state: guide, changed: false });
    }
  });

  it('start resumes a dismissed guide, restarts a done one and leaves an active one alone', () => {
    const dismissed = guideAt('choose-account', { status: 'dismissed' });
    expect(applyCommand(dismissed, 'start', NOW).state).toMatchObject({ status: 'active', stepId: 'choose-account' });
    const done = guideAt('after-reconnect', { status: 'done', outcome: 'success' });
    expect(applyCommand(done, 'start', NOW).state).toMatchObject({ status: 'active', stepId: 'open-integrations' });
    const active = guideAt('choose-account');
    expect(applyCommand(active, 'start', NOW)).toEqual({ state: active, changed: false });
  });

  it('keeps the last good time when given a broken clock value', () => {
    const result = applyCommand(guideAt('choose-account'), 'next', Number.NaN);
    expect(result.state.updatedAt).toBe(T0);
    expect(result.state.completed['choose-account']).toBe(T0);
  });
});

describe('history cap', () => {
  it(`keeps the newest ${HISTORY_LIMIT} entries`, () => {
    let guide = guideAt('choose-edit');
    for (let i = 0; i < 300; i++) guide = applyCommand(guide, i % 2 === 0 ? 'back' : 'next', T0 + i + 1).state;
    expect(guide.history).toHaveLength(HISTORY_LIMIT);
    expect(said(guide.history[0])).not.toBe('The guide was started.');
    expect(guide.history.at(-1)?.at).toBe(T0 + 300);
    expect(guide.history[0]?.at).toBe(T0 + 300 - HISTORY_LIMIT + 1);
    expect(GuideStateSchema.safeParse(guide).success).toBe(true);
  });
});
