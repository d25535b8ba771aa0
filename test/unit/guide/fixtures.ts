/** Guides in known places, built by hand (not by the machine under test) so the tests check it from outside. */
import type { GuideState } from '../../../lib/guide/guide-state';
import { isActionStep, STEP_IDS, type StepId } from '../../../lib/guide/steps';

export const T0 = 1_700_000_000_000;
export const KARTRA_TAB = 11;
export const STRIPE_TAB = 22;
export const KEY = 'pk_live_51AbCdEfGhIjKlMnOxyzTAIL1234';

/** Short names for the matrix tables. */
export const S = {
  why: 'why-reconnect',
  before: 'before-you-begin',
  open: 'open-integrations',
  find: 'find-red-tile',
  menu: 'open-tile-menu',
  edit: 'choose-edit',
  cws: 'connect-with-stripe',
  login: 'stripe-login',
  pick: 'choose-account',
  confirm: 'confirm-connect',
  back: 'redirect-back',
  after: 'after-reconnect',
  trouble: 'troubleshoot',
} as const satisfies Record<string, StepId>;

export function makeGuide(overrides: Partial<GuideState> = {}): GuideState {
  return {
    schemaVersion: 2,
    id: 'g1',
    integration: 'Stripe',
    tabId: KARTRA_TAB,
    tabIds: [KARTRA_TAB],
    stepId: 'why-reconnect',
    completed: {},
    history: [{ at: T0, stepId: 'why-reconnect', event: 'started', source: 'agent' }],
    status: 'active',
    startedAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

/**
 * A guide standing on `stepId` as if it got there by evidence: the action steps before it are done. On
 * `after-reconnect` (still active) the agent walked there with `next`; `troubleshoot` follows a denied request.
 */
/** A guide with every optional field set, so every rule of a reader has something to bite on. */
export function fullGuide(): GuideState {
  return makeGuide({
    stepId: 'troubleshoot',
    tabIds: [KARTRA_TAB, STRIPE_TAB],
    completed: { 'open-integrations': T0, 'find-red-tile': T0 },
    originalKey: KEY,
    candidate: { name: 'Acme', accountId: 'acct_1', verdict: 'cannot-tell' },
    outcome: 'ineligible-account',
    stripeError: { error: 'invalid_scope', description: 'd' },
    warning: { code: 'unexpected-outcome', params: { outcome: 'ineligible-account' } },
    retryFrom: 'connect-with-stripe',
    dashboard: { tabId: STRIPE_TAB, at: T0, accountId: 'acct_1', accountName: 'Acme', publishableKey: KEY },
  });
}

export function guideAt(stepId: StepId, overrides: Partial<GuideState> = {}): GuideState {
  const position = STEP_IDS.indexOf(stepId);
  const completed: GuideState['completed'] = {};
  if (stepId === 'troubleshoot') {
    for (const id of ['open-integrations', 'find-red-tile', 'open-tile-menu', 'choose-edit', 'connect-with-stripe'] as const) {
      completed[id] = T0;
    }
    return makeGuide({ stepId, completed, outcome: 'user-denied', retryFrom: 'connect-with-stripe', ...overrides });
  }
  for (const id of STEP_IDS.slice(0, position)) if (isActionStep(id)) completed[id] = T0;
  return makeGuide({ stepId, completed, ...overrides });
}

import type { AccountVerdict } from '../../../lib/guide/guide-state';
import { applyObservation, type ObservationContext, type ObservationResult } from '../../../lib/guide/machine';
import type { GuideObservation } from '../../../lib/protocol';

/** Applies one observation from the Kartra tab (or `ctx.tabId`) at T0 + `step` seconds. */
export function observe(
  state: GuideState,
  observation: GuideObservation,
  ctx: Partial<ObservationContext> & { verdict?: AccountVerdict } = {},
): ObservationResult {
  const { verdict, ...rest } = ctx;
  return applyObservation(state, observation, {
    now: T0 + 1_000,
    tabId: KARTRA_TAB,
    ...(verdict ? { accountVerdict: verdict } : {}),
    ...rest,
  });
}

/** Every observation kind once, with plausible fields. */
export const ONE_OF_EACH: readonly GuideObservation[] = [
  { kind: 'integrations-page', stripeStatus: 'needs-attention' },
  { kind: 'tile-menu-opened', integration: 'Stripe' },
  { kind: 'edit-modal-opened', integration: 'Stripe', publishableKey: KEY, byAgent: true },
  { kind: 'connect-with-stripe-clicked' },
  { kind: 'stripe-login-shown' },
  { kind: 'stripe-picker-shown', accounts: [] },
  { kind: 'stripe-account-selected', account: { name: 'Acme', selected: true } },
  { kind: 'stripe-connect-clicked' },
  { kind: 'stripe-cancel-clicked' },
  { kind: 'stripe-error-page', error: 'invalid_request', description: 'Bad request.' },
  { kind: 'kartra-redirect', result: 'code' },
  { kind: 'kartra-outcome', outcome: 'success' },
  { kind: 'stripe-dashboard', accountId: 'acct_1AbC' },
];
