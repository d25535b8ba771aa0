import { said, warningSaid } from './said';
import { describe, expect, it } from 'vitest';
import { GuideStateSchema, TAB_LIMIT, type AccountVerdict, type WarningCode } from '../../../lib/guide/guide-state';
import { applyCommand, startGuide } from '../../../lib/guide/machine';
import type { KartraOutcome, GuideObservation } from '../../../lib/protocol';
import { guideAt, KARTRA_TAB, KEY, makeGuide, observe, ONE_OF_EACH, STRIPE_TAB, T0 } from './fixtures';

describe('applyObservation: the whole flow', () => {
  it('follows the article from start to a green tile', () => {
    let guide = startGuide({ id: 'g', integration: 'Stripe', tabId: KARTRA_TAB, now: T0 });
    const step = (o: GuideObservation, tabId = KARTRA_TAB, verdict?: AccountVerdict) => {
      const result = observe(guide, o, { tabId, verdict, now: guide.updatedAt + 1 });
      expect(result.changed).toBe(true);
      guide = result.state;
      return guide.stepId;
    };
    // On the Integrations page already: the intro stays, the evidence is kept for `next`.
    expect(step({ kind: 'integrations-page', stripeStatus: 'needs-attention' })).toBe('why-reconnect');
    guide = applyCommand(guide, 'next', guide.updatedAt + 1).state;
    guide = applyCommand(guide, 'next', guide.updatedAt + 1).state;
    expect(guide.stepId).toBe('open-tile-menu');
    expect(step({ kind: 'tile-menu-opened', integration: 'Stripe' })).toBe('choose-edit');
    expect(step({ kind: 'edit-modal-opened', integration: 'Stripe', publishableKey: KEY, byAgent: true })).toBe('connect-with-stripe');
    expect(guide.originalKey).toBe(KEY);
    expect(step({ kind: 'connect-with-stripe-clicked' })).toBe('stripe-login');
    expect(step({ kind: 'stripe-login-shown' }, STRIPE_TAB)).toBe('stripe-login');
    expect(step({ kind: 'stripe-picker-shown', accounts: [{ name: 'Acme', selected: false }] }, STRIPE_TAB)).toBe('choose-account');
    expect(
      step({ kind: 'stripe-account-selected', account: { name: 'Acme', accountId: 'acct_1AbC', selected: true } }, STRIPE_TAB, 'same-key'),
    ).toBe('confirm-connect');
    expect(guide.warning).toBeUndefined();
    expect(step({ kind: 'stripe-connect-clicked' }, STRIPE_TAB)).toBe('redirect-back');
    expect(step({ kind: 'kartra-redirect', result: 'code' }, STRIPE_TAB)).toBe('redirect-back');
    expect(step({ kind: 'kartra-outcome', outcome: 'success' }, STRIPE_TAB)).toBe('after-reconnect');

    expect(guide.status).toBe('done');
    expect(guide.outcome).toBe('success');
    expect(guide.tabIds).toEqual([KARTRA_TAB, STRIPE_TAB]);
    expect(Object.keys(guide.completed).sort()).toEqual(
      [
        'after-reconnect',
        'before-you-begin',
        'choose-account',
        'choose-edit',
        'confirm-connect',
        'connect-with-stripe',
        'find-red-tile',
        'open-integrations',
        'open-tile-menu',
        'redirect-back',
        'stripe-login',
        'why-reconnect',
      ].sort(),
    );
    // 1 start + 10 observations + 2 commands.
    expect(guide.history).toHaveLength(13);
    expect(guide.history.filter((entry) => entry.source === 'agent')).toHaveLength(3);
    expect(GuideStateSchema.safeParse(guide).success).toBe(true);
  });

  it('marks the skipped action steps done when the Stripe picker shows up first', () => {
    const result = observe(guideAt('why-reconnect'), { kind: 'stripe-picker-shown', accounts: [] }, { now: T0 + 7 });
    expect(result.state.stepId).toBe('choose-account');
    expect(result.state.completed).toEqual({
      'open-integrations': T0 + 7,
      'find-red-tile': T0 + 7,
      'open-tile-menu': T0 + 7,
      'choose-edit': T0 + 7,
      'connect-with-stripe': T0 + 7,
      'stripe-login': T0 + 7,
    });
  });

  it('keeps the time a step was first done', () => {
    const first = observe(guideAt('open-integrations'), { kind: 'integrations-page', stripeStatus: 'needs-attention' }, { now: T0 + 1 });
    const later = observe(first.state, { kind: 'tile-menu-opened', integration: 'Stripe' }, { now: T0 + 2 });
    expect(later.state.completed['find-red-tile']).toBe(T0 + 1);
    expect(later.state.completed['open-tile-menu']).toBe(T0 + 2);
  });
});

describe('applyObservation: done and dismissed guides', () => {
  for (const status of ['done', 'dismissed'] as const) {
    for (const observation of ONE_OF_EACH) {
      it(`ignores ${observation.kind} on a ${status} guide`, () => {
        const guide = guideAt('choose-account', { status });
        const result = observe(guide, observation, { tabId: STRIPE_TAB });
        expect(result).toEqual({ state: guide, changed: false });
        expect(result.state).toBe(guide);
      });
    }
  }
});

describe('applyObservation: the account check', () => {
  const selected: GuideObservation = { kind: 'stripe-account-selected', account: { name: 'Acme Ltd', accountId: 'acct_1X', selected: true } };
  const table: [AccountVerdict | undefined, WarningCode | undefined][] = [
    ['same-key', undefined],
    ['same-account', undefined],
    ['different-account', 'different-account'],
    ['mode-mismatch', 'mode-mismatch'],
    ['cannot-tell', 'account-unverified'],
    ['invalid', 'key-invalid'],
    [undefined, 'account-unverified'],
  ];
  for (const [verdict, code] of table) {
    it(`verdict ${verdict ?? '(none)'} → ${code ?? 'no warning'}`, () => {
      const result = observe(guideAt('choose-account'), selected, { verdict });
      expect(result.state.stepId).toBe('confirm-connect');
      expect(result.state.candidate).toEqual(verdict ? { name: 'Acme Ltd', accountId: 'acct_1X', verdict } : { name: 'Acme Ltd', accountId: 'acct_1X' });
      expect(result.state.warning?.code).toBe(code);
      if (code) {
        // The key-invalid warning is about Kartra's key, not the account, so it does not name it.
        expect(warningSaid(result.state.warning)).toContain(code === 'key-invalid' ? 'Publishable key' : '“Acme Ltd”');
      }
    });
  }

  it('lets the agent carry on with the wrong account, keeps the warning and says what Kartra will answer', () => {
    const wrong = observe(guideAt('choose-account'), selected, { verdict: 'different-account' }).state;
    const connect = observe(wrong, { kind: 'stripe-connect-clicked' });
    expect(connect.state.stepId).toBe('redirect-back');
    expect(connect.state.warning?.code).toBe('different-account');
    expect(said(connect.state.history.at(-1))).toContain('Stripe account does not match');
  });

  it('clears the wrong-account warning when the matching account is chosen instead', () => {
    const wrong = observe(guideAt('choose-account'), selected, { verdict: 'different-account' }).state;
    const right = observe(
      wrong,
      { kind: 'stripe-account-selected', account: { name: 'Right one', selected: true } },
      { verdict: 'same-key', now: T0 + 2_000 },
    );
    expect(right.state.warning).toBeUndefined();
    expect(right.state.candidate).toEqual({ name: 'Right one', verdict: 'same-key' });
    expect(said(right.state.history.at(-1))).toBe('Account “Right one” was selected: it is the account Kartra used before.');
  });

  it('keeps an account id out of history when the account has no name', () => {
    const result = observe(
      guideAt('choose-account'),
      { kind: 'stripe-account-selected', account: { name: '  ', accountId: 'acct_1Z', selected: true } },
      { verdict: 'same-account' },
    );
    expect(result.state.candidate).toEqual({ name: '', accountId: 'acct_1Z', verdict: 'same-account' });
    expect(JSON.stringify(result.state.history)).not.toContain('acct_1Z');
    expect(said(result.state.history.at(-1))).toBe('Account “an unnamed account” was selected: it is the account Kartra used before.');
  });

  it('does not let a passing warning push the wrong-account warning aside', () => {
    const wrong = observe(guideAt('choose-account'), selected, { verdict: 'different-account' }).state;
    const stale = observe(wrong, { kind: 'kartra-outcome', outcome: 'ineligible-account' }, { now: T0 + 3_000 });
    expect(stale.changed).toBe(true);
    expect(stale.state.warning?.code).toBe('different-account');
    expect(said(stale.state.history.at(-1))).toBe('Kartra shows “Ineligible account”.');
    expect(observe(stale.state, { kind: 'kartra-outcome', outcome: 'ineligible-account' }).changed).toBe(false);
  });

  it('drops every warning once Kartra confirms the connection', () => {
    const wrong = observe(guideAt('choose-account'), selected, { verdict: 'different-account' }).state;
    const ok = observe(observe(wrong, { kind: 'stripe-connect-clicked' }).state, { kind: 'kartra-outcome', outcome: 'success' });
    expect(ok.state.status).toBe('done');
    expect(ok.state.warning).toBeUndefined();
  });
});

describe('applyObservation: Kartra outcomes and Stripe errors', () => {
  const retry: Record<Exclude<KartraOutcome, 'success'>, string> = {
    'account-mismatch': 'choose-account',
    'ineligible-account': 'connect-with-stripe',
    'user-denied': 'connect-with-stripe',
    'already-integrated': 'choose-account',
  };
  for (const [outcome, retryFrom] of Object.entries(retry) as [Exclude<KartraOutcome, 'success'>, string][]) {
    it(`${outcome} after the redirect → troubleshoot, retry from ${retryFrom}`, () => {
      const result = observe(guideAt('redirect-back'), { kind: 'kartra-outcome', outcome });
      expect(result.state).toMatchObject({ stepId: 'troubleshoot', outcome, retryFrom, status: 'active' });
      expect(result.state.stripeError).toBeUndefined();
    });
  }

  it('success after the redirect → after-reconnect, done', () => {
    const result = observe(guideAt('redirect-back'), { kind: 'kartra-outcome', outcome: 'success' });
    expect(result.state).toMatchObject({ stepId: 'after-reconnect', status: 'done', outcome: 'success' });
    expect(result.state.completed['after-reconnect']).toBe(T0 + 1_000);
  });

  it("a Stripe JSON error page → troubleshoot with Stripe's error", () => {
    const result = observe(
      guideAt('stripe-login'),
      { kind: 'stripe-error-page', error: 'invalid_redirect_uri', description: 'Invalid redirect URI' },
      { tabId: STRIPE_TAB },
    );
    expect(result.state).toMatchObject({
      stepId: 'troubleshoot',
      stripeError: { error: 'invalid_redirect_uri', description: 'Invalid redirect URI' },
      retryFrom: 'connect-with-stripe',
    });
    expect(result.state.outcome).toBeUndefined();
  });

  it('a redirect with an error other than a denial → troubleshoot with that error', () => {
    const withCode = observe(guideAt('redirect-back'), { kind: 'kartra-redirect', result: 'error', error: 'invalid_scope' });
    expect(withCode.state.stripeError?.error).toBe('invalid_scope');
    const without = observe(guideAt('redirect-back'), { kind: 'kartra-redirect', result: 'error' });
    expect(without.state.stripeError?.error).toBe('unknown_error');
  });

  it('a later Kartra banner refines the diagnosis of a denied redirect', () => {
    const denied = observe(guideAt('redirect-back'), { kind: 'kartra-redirect', result: 'error', error: 'access_denied' }).state;
    const same = observe(denied, { kind: 'kartra-outcome', outcome: 'user-denied' });
    expect(same.changed).toBe(false);
    const other = observe(denied, { kind: 'kartra-outcome', outcome: 'ineligible-account' });
    expect(other.state.outcome).toBe('ineligible-account');
  });

  it('a Kartra result before any Connect click is a warning, not a jump', () => {
    const guide = guideAt('open-tile-menu');
    const result = observe(guide, { kind: 'kartra-outcome', outcome: 'success' });
    expect(result.state.stepId).toBe('open-tile-menu');
    expect(result.state.status).toBe('active');
    expect(result.state.outcome).toBeUndefined();
    expect(result.state.warning?.code).toBe('unexpected-outcome');
    expect(observe(result.state, { kind: 'kartra-outcome', outcome: 'success' }).changed).toBe(false);
  });

  it('a banner left from the failed try does not throw a retry back into troubleshooting', () => {
    const failed = observe(guideAt('redirect-back'), { kind: 'kartra-outcome', outcome: 'account-mismatch' }).state;
    const retrying = observe(failed, { kind: 'connect-with-stripe-clicked' }).state;
    expect(retrying.stepId).toBe('stripe-login');
    expect(retrying.outcome).toBeUndefined();
    expect(retrying.retryFrom).toBeUndefined();
    const stale = observe(retrying, { kind: 'kartra-outcome', outcome: 'account-mismatch' });
    expect(stale.state.stepId).toBe('stripe-login');
    expect(stale.state.warning?.code).toBe('unexpected-outcome');
    expect(warningSaid(stale.state.warning)).toContain('“Stripe account does not match”');
  });

  it('a retry forgets what the failed attempt had done from that step on', () => {
    const failed = observe(guideAt('redirect-back'), { kind: 'kartra-outcome', outcome: 'user-denied' }).state;
    const retrying = observe(failed, { kind: 'connect-with-stripe-clicked' }).state;
    expect(retrying.completed['connect-with-stripe']).toBeDefined();
    expect(retrying.completed['choose-account']).toBeUndefined();
    expect(retrying.completed['confirm-connect']).toBeUndefined();
  });

  it('a green tile before the redirect was seen still counts once Connect was clicked in Stripe', () => {
    const result = observe(guideAt('redirect-back'), { kind: 'integrations-page', stripeStatus: 'connected' });
    expect(result.state.status).toBe('done');
  });
});

describe('applyObservation: warnings that come and go', () => {
  it('a missing tile warning goes once the red tile shows', () => {
    const missing = observe(guideAt('find-red-tile'), { kind: 'integrations-page', stripeStatus: 'absent' }).state;
    expect(missing.warning?.code).toBe('stripe-tile-missing');
    const found = observe(missing, { kind: 'integrations-page', stripeStatus: 'needs-attention' }, { now: T0 + 2_000 });
    expect(found.state.warning).toBeUndefined();
    expect(found.state.stepId).toBe('open-tile-menu');
  });

  it('a warning raised during the introduction goes when the page changes its mind', () => {
    const green = observe(guideAt('why-reconnect'), { kind: 'integrations-page', stripeStatus: 'connected' }).state;
    expect(green.warning?.code).toBe('already-connected');
    const red = observe(green, { kind: 'integrations-page', stripeStatus: 'needs-attention' }, { now: T0 + 2_000 }).state;
    expect(red.warning).toBeUndefined();
    expect(red.stepId).toBe('why-reconnect');
  });

  it('the wrong tile warning goes when the Stripe tile menu opens', () => {
    const wrong = observe(guideAt('open-tile-menu'), { kind: 'tile-menu-opened', integration: 'PayPal' }).state;
    expect(warningSaid(wrong.warning)).toContain('“PayPal”');
    const right = observe(wrong, { kind: 'tile-menu-opened', integration: 'Stripe (payment gateway)' }).state;
    expect(right.stepId).toBe('choose-edit');
    expect(right.warning).toBeUndefined();
  });

  it('an empty integration name cannot contradict the guide', () => {
    expect(observe(guideAt('open-tile-menu'), { kind: 'tile-menu-opened', integration: '' }).state.stepId).toBe('choose-edit');
  });
});

describe("applyObservation: Kartra's Publishable key", () => {
  it('keeps only the last four characters in history', () => {
    const result = observe(guideAt('choose-edit'), { kind: 'edit-modal-opened', integration: 'Stripe', publishableKey: ` ${KEY} `, byAgent: true });
    expect(result.state.originalKey).toBe(KEY);
    expect(said(result.state.history.at(-1))).toBe("Kartra's Edit window is open. Its Publishable key ends in …1234.");
    expect(JSON.stringify(result.state.history)).not.toContain(KEY);
  });

  for (const bad of ['sk_live_51SECRETSECRETSECRET', 'rk_test_restricted', 'pk_live_ with space', '<img src=x onerror=alert(1)>', '']) {
    it(`never stores ${JSON.stringify(bad)} and warns that no key was read`, () => {
      const result = observe(guideAt('choose-edit'), { kind: 'edit-modal-opened', integration: 'Stripe', publishableKey: bad, byAgent: true });
      expect(result.state.originalKey).toBeUndefined();
      expect(result.state.warning?.code).toBe('key-not-read');
      if (bad) expect(JSON.stringify(result.state)).not.toContain(bad);
    });
  }

  it('does not warn about a missing key when one was read before, and clears the warning once one is read', () => {
    const known = observe(guideAt('choose-edit', { originalKey: KEY }), { kind: 'edit-modal-opened', integration: 'Stripe', byAgent: true });
    expect(known.state.warning).toBeUndefined();
    const unknown = observe(guideAt('choose-edit'), { kind: 'edit-modal-opened', integration: 'Stripe', byAgent: true }).state;
    const read = observe(unknown, { kind: 'edit-modal-opened', integration: 'Stripe', publishableKey: KEY, byAgent: true }).state;
    expect(read.originalKey).toBe(KEY);
    expect(read.warning).toBeUndefined();
  });

  const OTHER = 'pk_live_51ZyXwVuTsRqPoNmLotherTAIL9876';
  const edit = (publishableKey: string, byAgent: boolean): GuideObservation => ({ kind: 'edit-modal-opened', integration: 'Stripe', publishableKey, byAgent });

  it('takes no key and proves no step from a window the page opened without the agent’s click', () => {
    const result = observe(guideAt('choose-edit'), edit(KEY, false));
    expect(result.state.originalKey).toBeUndefined();
    expect(result.state.stepId).toBe('choose-edit');
    expect(said(result.state.history.at(-1))).toMatch(/without a click of yours/);
  });

  for (const byAgent of [false, true]) {
    it(`keeps the first key when a later window (${byAgent ? 'after a click' : 'page-opened'}) shows another, and warns until the agent decides`, () => {
      const first = observe(guideAt('choose-edit'), edit(KEY, true)).state;
      const swapped = observe(first, edit(OTHER, byAgent)).state;
      expect(swapped.originalKey).toBe(KEY);
      expect(swapped.newerKey).toBe(OTHER);
      expect(swapped.warning?.code).toBe('original-key-changed');
      expect(warningSaid(swapped.warning)).toContain('…9876');
      expect(JSON.stringify(swapped.history)).not.toContain(OTHER);
      // The warning stays through step changes, passing warnings and a restart.
      const later = applyCommand(applyCommand(swapped, 'next', T0 + 100).state, 'restart', T0 + 200).state;
      expect(later.warning?.code).toBe('original-key-changed');
      expect(observe(later, { kind: 'integrations-page', stripeStatus: 'absent' }).state.warning?.code).toBe('original-key-changed');
      // The agent decides.
      const kept = applyCommand(swapped, 'keep-original-key', T0 + 300).state;
      expect([kept.originalKey, kept.newerKey, kept.warning]).toEqual([KEY, undefined, undefined]);
      const taken = applyCommand(swapped, 'use-new-key', T0 + 300).state;
      expect([taken.originalKey, taken.newerKey, taken.warning]).toEqual([OTHER, undefined, undefined]);
      expect(GuideStateSchema.safeParse(swapped).success).toBe(true);
    });
  }

  it('ignores the key choice commands when there is nothing to choose', () => {
    const guide = guideAt('choose-edit', { originalKey: KEY });
    expect(applyCommand(guide, 'use-new-key', T0 + 1).changed).toBe(false);
  });
});

describe('applyObservation: repeats, tabs and time', () => {
  it('a page reported again changes nothing, even with other reports in between', () => {
    const page: GuideObservation = { kind: 'integrations-page', stripeStatus: 'needs-attention' };
    const once = observe(guideAt('why-reconnect'), page).state;
    const dashboard = observe(once, { kind: 'stripe-dashboard', accountName: 'Acme' }, { tabId: STRIPE_TAB }).state;
    const again = observe(dashboard, page, { now: T0 + 9_000 });
    expect(again.changed).toBe(false);
    expect(again.state).toBe(dashboard);
  });

  it('records a dashboard login once, not on every report', () => {
    const once = observe(guideAt('open-integrations'), { kind: 'stripe-login-shown' }, { site: 'stripe-dashboard', tabId: STRIPE_TAB });
    expect(once.changed).toBe(true);
    expect(once.state.stepId).toBe('open-integrations');
    expect(said(once.state.history.at(-1))).toBe('A Stripe login page is showing.');
    expect(observe(once.state, { kind: 'stripe-login-shown' }, { site: 'stripe-dashboard', tabId: STRIPE_TAB }).changed).toBe(false);
  });

  it('records a dashboard sighting once per account and keeps only a publishable key', () => {
    const seen: GuideObservation = { kind: 'stripe-dashboard', accountId: 'acct_1Q', accountName: 'Acme', publishableKey: 'sk_live_nope' };
    const once = observe(guideAt('before-you-begin'), seen, { tabId: STRIPE_TAB, now: T0 + 5 });
    expect(once.state.dashboard).toEqual({ tabId: STRIPE_TAB, at: T0 + 5, accountId: 'acct_1Q', accountName: 'Acme' });
    expect(once.state.stepId).toBe('before-you-begin');
    expect(said(once.state.history.at(-1))).toBe('A Stripe dashboard tab shows “Acme”.');
    expect(observe(once.state, seen, { tabId: STRIPE_TAB, now: T0 + 6 }).changed).toBe(false);
    const switched = observe(once.state, { kind: 'stripe-dashboard', accountId: 'acct_1R' }, { tabId: STRIPE_TAB, now: T0 + 7 });
    expect(switched.state.dashboard).toEqual({ tabId: STRIPE_TAB, at: T0 + 7, accountId: 'acct_1R' });
  });

  it('adopts the tab an observation came from', () => {
    const result = observe(guideAt('connect-with-stripe'), { kind: 'stripe-login-shown' }, { tabId: STRIPE_TAB });
    expect(result.state.tabIds).toEqual([KARTRA_TAB, STRIPE_TAB]);
    expect(result.state.tabId).toBe(KARTRA_TAB);
  });

  it('counts adopting a tab as a change even when the step stays', () => {
    const result = observe(guideAt('stripe-login'), { kind: 'stripe-login-shown' }, { tabId: STRIPE_TAB });
    expect(result.changed).toBe(true);
    expect(result.state.tabIds).toContain(STRIPE_TAB);
  });

  it(`keeps at most ${TAB_LIMIT} tabs, always the starting one`, () => {
    let guide = guideAt('stripe-login');
    for (let tab = 100; tab < 140; tab++) {
      guide = observe(guide, { kind: 'stripe-dashboard', accountId: `acct_${tab}` }, { tabId: tab }).state;
    }
    expect(guide.tabIds).toHaveLength(TAB_LIMIT);
    expect(guide.tabIds[0]).toBe(KARTRA_TAB);
    expect(guide.tabIds.at(-1)).toBe(139);
  });

  it('ignores a tab id that is not one', () => {
    const result = observe(guideAt('connect-with-stripe'), { kind: 'connect-with-stripe-clicked' }, { tabId: -1 });
    expect(result.state.tabIds).toEqual([KARTRA_TAB]);
  });

  it('keeps the last good time when given a broken clock value', () => {
    for (const now of [Number.NaN, -5, Number.POSITIVE_INFINITY]) {
      const result = observe(guideAt('connect-with-stripe'), { kind: 'connect-with-stripe-clicked' }, { now });
      expect(result.state.updatedAt).toBe(T0);
      expect(result.state.history.at(-1)?.at).toBe(T0);
      expect(result.state.completed['connect-with-stripe']).toBe(T0);
      expect(GuideStateSchema.safeParse(result.state).success).toBe(true);
    }
  });

  it('ignores an observation kind it does not know', () => {
    const guide = guideAt('choose-account');
    const forged = { kind: 'stripe-something-new' } as unknown as GuideObservation;
    expect(observe(guide, forged)).toEqual({ state: guide, changed: false });
  });

  it('does not mutate the guide it was given', () => {
    const guide = guideAt('choose-account');
    const frozen = JSON.stringify(guide);
    observe(guide, { kind: 'stripe-account-selected', account: { name: 'X', selected: true } }, { verdict: 'different-account' });
    observe(guide, { kind: 'kartra-redirect', result: 'code' });
    expect(JSON.stringify(guide)).toBe(frozen);
  });
});

describe('applyObservation: what history says', () => {
  it('uses the integration name the guide was started with', () => {
    const guide = makeGuide({ integration: 'Stripe Live', stepId: 'find-red-tile' });
    const result = observe(guide, { kind: 'integrations-page', stripeStatus: 'needs-attention' });
    expect(said(result.state.history.at(-1))).toBe('The Integrations page shows Stripe Live with a red status.');
  });
});
