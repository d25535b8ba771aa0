/**
 * How the guide follows what the extension sees. Each observation proves a step happened and moves the guide to the
 * step after it, marking the action steps before as done. Two kinds of evidence behave differently:
 * - actions (a click, a redirect, an error page) are reported once, when they happen, so the guide follows them even
 *   backward: that is the agent starting over;
 * - sightings (a page is showing) are reported again and again, so they only ever move the guide forward.
 * Done and dismissed guides ignore observations.
 */
import type { SiteRole } from '../origins';
import type { IntegrationStatus, KartraOutcome, GuideObservation, PickerAccount } from '../protocol';
import { commitChange, readTime } from './commit-change';
import type { AccountVerdict, GuideState, WarningCode } from './guide-state';
import { indexOfStep, type StepId } from './steps';
import {
  adoptTab,
  advanceTo,
  clearAccountWarning,
  clearWarningIf,
  completeSteps,
  enterTroubleshooting,
  followActionTo,
  isAhead,
  isTabId,
  moveTo,
  setWarning,
} from './transitions';
import { withOriginalAccountName } from './original-account';
import { makeWarning, warnAboutVerdict } from './warnings';
import { guideEvent, keyEnd, type GuideEvent } from './message-params';

export interface ObservationContext {
  now: number;
  /** The tab the observation came from, as the browser reported it. */
  tabId: number;
  /** The selected account compared with `originalKey`; only read for `stripe-account-selected`. */
  accountVerdict?: AccountVerdict;
  /** The site the sender is on; tells a Stripe dashboard login apart from the Connect login. */
  site?: SiteRole;
}

export interface ObservationResult {
  state: GuideState;
  changed: boolean;
}

/** A handler's proposal: the new guide and what history says of it. Undefined: the observation does not apply. */
interface Proposal {
  state: GuideState;
  what: GuideEvent;
  /** Proves nothing, changes nothing: only worth a line in history. */
  recordOnly?: boolean;
}

/**
 * Applies one observation from tab `ctx.tabId`, which joins the guide. Never throws; an observation that makes no
 * sense here leaves the guide as it was (the same object, changed: false) or sets a warning that says why.
 */
export function applyObservation(
  state: GuideState,
  observation: GuideObservation,
  ctx: ObservationContext,
): ObservationResult {
  if (state.status !== 'active') return { state, changed: false };
  const at = readTime(ctx.now, state.updatedAt);
  const proposal = proposeFor(state, observation, ctx, at);
  if (!proposal) return { state, changed: false };
  const proposed = adoptTab(proposal.state, ctx.tabId);
  const committed = commitChange(state, proposed, proposal.what, 'observed', at, proposal.recordOnly);
  return committed.changed ? committed : { state, changed: false };
}

function proposeFor(
  state: GuideState,
  observation: GuideObservation,
  ctx: ObservationContext,
  at: number,
): Proposal | undefined {
  switch (observation.kind) {
    case 'integrations-page':
      return seeIntegrationsPage(state, observation.stripeStatus, at);
    case 'tile-menu-opened':
      return seeTileMenu(state, observation.integration, at);
    case 'edit-modal-opened':
      return seeEditModal(state, observation.integration, observation.publishableKey, observation.byAgent, at);
    case 'connect-with-stripe-clicked':
      return { state: followActionTo(state, 'stripe-login', at), what: guideEvent('connect-with-stripe-clicked') };
    case 'stripe-login-shown':
      return seeStripeLogin(state, ctx.site, at);
    case 'stripe-picker-shown':
      return seePicker(state, observation.accounts, at);
    case 'stripe-account-selected':
      return seeAccountSelected(state, observation.account, ctx.accountVerdict, at);
    case 'stripe-connect-clicked':
      return seeStripeConnect(state, at);
    case 'stripe-cancel-clicked':
      return {
        state: enterTroubleshooting(state, { outcome: 'user-denied' }, at),
        what: guideEvent('stripe-cancelled'),
      };
    case 'stripe-error-page': {
      const stripeError = { error: observation.error, description: observation.description };
      return {
        state: enterTroubleshooting(state, { stripeError }, at),
        what: guideEvent('stripe-error-page', { error: observation.error }),
      };
    }
    case 'kartra-redirect':
      return seeRedirect(state, observation.result, observation.error, at);
    case 'kartra-outcome':
      return seeOutcome(state, observation.outcome, at);
    case 'stripe-dashboard':
      return seeDashboard(state, observation, ctx.tabId, at);
    default:
      // A kind added to the protocol but not handled yet: ignore rather than guess.
      return undefined;
  }
}

const INTRO: ReadonlySet<StepId> = new Set(['why-reconnect', 'before-you-begin']);
const TILE_WARNINGS: ReadonlySet<WarningCode> = new Set(['stripe-tile-missing', 'stripe-not-configured', 'already-connected']);

/**
 * The page is reported on every pass. While the agent reads the introduction it only marks steps done (so `next`
 * skips them) instead of pulling the agent away from the preparation advice.
 */
function seeIntegrationsPage(state: GuideState, status: IntegrationStatus | 'absent', at: number): Proposal | undefined {
  const name = state.integration;
  if (status === 'connected' && hasComeBackFromStripe(state)) return succeed(state, at, guideEvent('kartra-connected', { integration: name }));
  if (indexOfStep(state.stepId) > indexOfStep('find-red-tile')) return undefined;
  const cleared = clearWarningIf(state, (warning) => TILE_WARNINGS.has(warning.code));
  const seen = completeSteps(cleared, ['open-integrations'], at);
  const place = (guide: GuideState, target: StepId) => (INTRO.has(state.stepId) ? guide : moveTo(guide, target));
  const warn = (code: WarningCode) => setWarning(place(seen, 'find-red-tile'), makeWarning(code, { integration: name }));
  switch (status) {
    case 'needs-attention':
      return {
        state: place(completeSteps(seen, ['find-red-tile'], at), 'open-tile-menu'),
        what: guideEvent('tile-red', { integration: name }),
      };
    case 'connected':
      return { state: warn('already-connected'), what: guideEvent('tile-green', { integration: name }) };
    case 'not-configured':
      return { state: warn('stripe-not-configured'), what: guideEvent('tile-not-set-up', { integration: name }) };
    case 'absent':
      return { state: warn('stripe-tile-missing'), what: guideEvent('tile-missing', { integration: name }) };
    case 'unknown':
      return { state: place(seen, 'find-red-tile'), what: guideEvent('integrations-open') };
  }
}

/** Connect was clicked in Stripe and the guide is waiting on Kartra: a green tile now means it worked. */
function hasComeBackFromStripe(state: GuideState): boolean {
  const waiting = state.stepId === 'redirect-back' || state.stepId === 'after-reconnect';
  return waiting && state.completed['confirm-connect'] !== undefined;
}

function seeTileMenu(state: GuideState, integration: string, at: number): Proposal | undefined {
  if (!isSameIntegration(state.integration, integration)) return warnWrongIntegration(state, integration, 'choose-edit');
  return { state: followActionTo(state, 'choose-edit', at), what: guideEvent('tile-menu-opened', { integration: state.integration }) };
}

function seeEditModal(
  state: GuideState,
  integration: string,
  rawKey: string | undefined,
  byAgent: boolean,
  at: number,
): Proposal | undefined {
  if (!isSameIntegration(state.integration, integration)) {
    return warnWrongIntegration(state, integration, 'connect-with-stripe');
  }
  const key = readPublishableKey(rawKey);
  // The first reading is the original; a later different one is the page's word against it, for the agent to settle.
  if (key && state.originalKey && key !== state.originalKey) {
    if (key === state.newerKey) return undefined;
    const ends = { firstKeyEnd: keyEnd(state.originalKey), newKeyEnd: keyEnd(key) };
    return { state: { ...state, newerKey: key, warning: makeWarning('original-key-changed', ends) }, what: guideEvent('edit-key-changed', ends) };
  }
  // A window the page opened by itself proves no step and gives no key: a page script can open one at will.
  if (!byAgent) return { state, what: guideEvent('edit-without-click'), recordOnly: true };
  let next = isAhead(state, 'connect-with-stripe') ? advanceTo(state, 'connect-with-stripe', at) : state;
  let what = guideEvent('edit-opened');
  if (key) {
    // Another key than before: the name that held the old one says nothing about the new one.
    const keyChanged = next.originalKey !== undefined && next.originalKey !== key;
    next = clearWarningIf({ ...next, originalKey: key, ...(keyChanged ? { originalAccountName: undefined } : {}) }, (warning) => warning.code === 'key-not-read');
    next = withOriginalAccountName(next);
    what = guideEvent('edit-opened-key', { keyEnd: keyEnd(key) });
  } else if (!next.originalKey) {
    next = setWarning(next, makeWarning('key-not-read'));
    what = guideEvent('edit-opened-no-key');
  }
  return { state: next, what };
}

/** Only a warning while the agent is still choosing a tile; later a stray menu elsewhere is none of our business. */
function warnWrongIntegration(state: GuideState, name: string, until: StepId): Proposal | undefined {
  if (!isAhead(state, until) && state.stepId !== 'troubleshoot') return undefined;
  return {
    state: setWarning(state, makeWarning('wrong-integration', { name, integration: state.integration })),
    what: guideEvent('wrong-integration', { name, integration: state.integration }),
  };
}

/**
 * The dashboard has a login page too, and "Before you begin" asks the agent to use it: that login is recorded, it is
 * not the Connect login.
 */
function seeStripeLogin(state: GuideState, site: SiteRole | undefined, at: number): Proposal | undefined {
  const dashboard = site === 'stripe-dashboard' || (site === undefined && INTRO.has(state.stepId));
  if (dashboard) return { state, what: guideEvent('dashboard-login'), recordOnly: true };
  if (!isAhead(state, 'stripe-login')) return undefined;
  return { state: advanceTo(state, 'stripe-login', at), what: guideEvent('stripe-login') };
}

function seePicker(state: GuideState, accounts: readonly PickerAccount[], at: number): Proposal | undefined {
  if (!isAhead(state, 'choose-account')) return undefined;
  return { state: advanceTo(state, 'choose-account', at), what: guideEvent('picker-shown', { count: accounts.length }) };
}

/** The agent picked an account: judge it now, before Connect, while the choice can still be changed. */
function seeAccountSelected(
  state: GuideState,
  account: PickerAccount,
  verdict: AccountVerdict | undefined,
  at: number,
): Proposal {
  // Account ids stay out of history (support reports redact them); the candidate keeps the id separately. An unnamed
  // account keeps an empty name, worded where it is shown.
  const name = account.name.trim().slice(0, 120);
  const candidate = { name, accountId: account.accountId, verdict };
  let next = clearAccountWarning({ ...followActionTo(state, 'confirm-connect', at), candidate });
  const warning = warnAboutVerdict(verdict, name);
  if (warning) next = setWarning(next, warning);
  const event =
    verdict === 'same-key' || verdict === 'same-account'
      ? 'account-selected-same'
      : verdict === 'different-account'
        ? 'account-selected-other'
        : 'account-selected';
  return { state: next, what: guideEvent(event, { name }) };
}

function seeStripeConnect(state: GuideState, at: number): Proposal {
  const mismatch = state.candidate?.verdict === 'different-account';
  return {
    state: followActionTo(state, 'redirect-back', at),
    what: guideEvent(mismatch ? 'stripe-connect-clicked-mismatch' : 'stripe-connect-clicked'),
  };
}

/** Only a denial comes back as an error (docs/quality.md); anything else is kept as a Stripe error for support. */
function seeRedirect(state: GuideState, result: 'code' | 'error', error: string | undefined, at: number): Proposal {
  if (result === 'code') {
    return {
      state: completeSteps(followActionTo(state, 'redirect-back', at), ['redirect-back'], at),
      what: guideEvent('redirect-code'),
    };
  }
  if (error === 'access_denied') {
    return {
      state: enterTroubleshooting(state, { outcome: 'user-denied' }, at),
      what: guideEvent('redirect-denied'),
    };
  }
  // No description came with the error: it is worded where it is shown, from the code.
  const stripeError = { error: error || 'unknown_error', description: '' };
  return {
    state: enterTroubleshooting(state, { stripeError }, at),
    what: guideEvent('redirect-error', { error: stripeError.error }),
  };
}

/**
 * Kartra's banner can stay on screen from an earlier try, so a failure only counts once this attempt has come back
 * from Stripe; otherwise it becomes a warning. Success counts whenever Connect with Stripe was clicked.
 */
function seeOutcome(state: GuideState, outcome: KartraOutcome, at: number): Proposal {
  const what =
    outcome === 'success' ? guideEvent('kartra-confirmed', { integration: state.integration }) : guideEvent('kartra-outcome', { outcome });
  const connectClicked = state.completed['connect-with-stripe'] !== undefined;
  if (connectClicked && outcome === 'success') return succeed(state, at, what);
  if (connectClicked && (state.stepId === 'redirect-back' || state.stepId === 'troubleshoot')) {
    return { state: enterTroubleshooting(state, { outcome }, at), what };
  }
  // Recorded even when a sticky warning keeps this one off screen: the agent may ask what Kartra said.
  return { state: setWarning(state, makeWarning('unexpected-outcome', { outcome })), what, recordOnly: true };
}

function succeed(state: GuideState, at: number, what: GuideEvent): Proposal {
  const proven = completeSteps(advanceTo(state, 'after-reconnect', at), ['redirect-back', 'after-reconnect'], at);
  return {
    state: {
      ...proven,
      status: 'done',
      outcome: 'success',
      stripeError: undefined,
      retryFrom: undefined,
      // Kartra accepted the account, so no warning about it still holds.
      warning: undefined,
    },
    what,
  };
}

/** Recorded for "Before you begin" (which account the agent is logged in to); it proves no step. */
function seeDashboard(
  state: GuideState,
  seen: Extract<GuideObservation, { kind: 'stripe-dashboard' }>,
  tabId: number,
  at: number,
): Proposal | undefined {
  if (!isTabId(tabId)) return undefined;
  const sighting = {
    tabId,
    at,
    accountId: seen.accountId,
    accountName: seen.accountName,
    publishableKey: readPublishableKey(seen.publishableKey),
  };
  const last = state.dashboard;
  const unchanged =
    last?.tabId === sighting.tabId &&
    last.accountId === sighting.accountId &&
    last.accountName === sighting.accountName &&
    last.publishableKey === sighting.publishableKey;
  if (unchanged) return undefined;
  const what = seen.accountName
    ? guideEvent('dashboard-shows', { name: seen.accountName })
    : guideEvent(seen.accountId ? 'dashboard-shows-unnamed' : 'dashboard-shows-none');
  return { state: withOriginalAccountName({ ...state, dashboard: sighting }), what };
}

/** Kartra's tile name may carry extra words ("Stripe (payment gateway)"); an empty name cannot contradict. */
function isSameIntegration(expected: string, seen: string): boolean {
  const name = seen.trim().toLowerCase();
  return name === '' || name.includes(expected.trim().toLowerCase());
}

/**
 * Only publishable keys are kept. Whatever else the field holds (a secret key pasted by mistake, markup) is neither
 * stored nor written to history.
 */
function readPublishableKey(raw: string | undefined): string | undefined {
  const key = raw?.trim();
  return key && key.startsWith('pk_') && !/\s/.test(key) ? key : undefined;
}
