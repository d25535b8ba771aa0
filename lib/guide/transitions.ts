/**
 * Small, pure edits of a guide that the observation and command handlers combine. Each returns a new object; none
 * stamps time or writes history (commit-change.ts does, once per event).
 */
import type { GuideState, GuideWarning, StripeError } from './guide-state';
import { TAB_ID_MAX, TAB_LIMIT } from './guide-values';
import type { KartraOutcome } from '../protocol';
import { indexOfStep, isActionStep, STEP_IDS, type StepId } from './steps';
import { findRetryStep } from './troubleshooting';
import { isAccountWarning, isDecisionWarning, isStickyWarning } from './warnings';

/** Moves to a step. Passing warnings belong to the step they were raised on, so they go; sticky ones stay. */
export function moveTo(state: GuideState, target: StepId): GuideState {
  if (state.stepId === target) return state;
  const keepWarning = state.warning && isStickyWarning(state.warning.code);
  return { ...state, stepId: target, warning: keepWarning ? state.warning : undefined };
}

/** Marks steps done, keeping the time a step was first done. */
export function completeSteps(state: GuideState, ids: readonly StepId[], at: number): GuideState {
  const completed = { ...state.completed };
  for (const id of ids) completed[id] ??= at;
  return { ...state, completed };
}

/** Evidence of `target` proves the action steps before it; it never proves the agent read the introduction. */
export function completeActionStepsBefore(state: GuideState, target: StepId, at: number): GuideState {
  const before = STEP_IDS.filter((id) => indexOfStep(id) < indexOfStep(target) && isActionStep(id));
  return completeSteps(state, before, at);
}

/** A new attempt from `target` on: what was done from there on must be done again. */
export function rewindTo(state: GuideState, target: StepId): GuideState {
  const completed = { ...state.completed };
  for (const id of STEP_IDS) {
    if (indexOfStep(id) >= indexOfStep(target)) delete completed[id];
  }
  return { ...state, completed };
}

/**
 * Follows an agent's action to its step: forward like any evidence, backward as a new attempt (leaving
 * troubleshooting if needed). Used for clicks, which are never re-reported for an old page.
 */
export function followActionTo(state: GuideState, target: StepId, at: number): GuideState {
  let next = state;
  if (indexOfStep(target) < indexOfStep(state.stepId)) next = leaveTroubleshooting(rewindTo(next, target));
  return advanceTo(next, target, at);
}

/** Goes to `target` as evidence of the steps before it. */
export function advanceTo(state: GuideState, target: StepId, at: number): GuideState {
  return moveTo(completeActionStepsBefore(state, target, at), target);
}

/** Passive sightings (a page is showing) only move forward: the same page is reported again and again. */
export function isAhead(state: GuideState, target: StepId): boolean {
  return state.stepId !== 'troubleshoot' && indexOfStep(target) >= indexOfStep(state.stepId);
}

/** Enters troubleshooting with what was diagnosed; `back` will return to the step the attempt went wrong at. */
export function enterTroubleshooting(
  state: GuideState,
  diagnosis: { outcome?: KartraOutcome; stripeError?: StripeError },
  at: number,
): GuideState {
  // Every way into troubleshooting starts on Stripe's side, which only Connect with Stripe leads to.
  const proven = completeActionStepsBefore(state, 'stripe-login', at);
  return {
    ...moveTo(proven, 'troubleshoot'),
    outcome: diagnosis.outcome,
    stripeError: diagnosis.stripeError,
    retryFrom: findRetryStep(diagnosis),
  };
}

/** Clears the diagnosis; history keeps it. */
export function leaveTroubleshooting(state: GuideState): GuideState {
  return { ...state, outcome: undefined, stripeError: undefined, retryFrom: undefined };
}

/** Sets a warning unless it would push aside a sticky one with a passing one, or one awaiting the agent's decision. */
export function setWarning(state: GuideState, warning: GuideWarning): GuideState {
  if (state.warning && isStickyWarning(state.warning.code) && !isStickyWarning(warning.code)) return state;
  if (state.warning && isDecisionWarning(state.warning.code) && warning.code !== state.warning.code) return state;
  return { ...state, warning };
}

/** Drops the current warning if `predicate` says it no longer applies. */
export function clearWarningIf(state: GuideState, predicate: (warning: GuideWarning) => boolean): GuideState {
  return state.warning && predicate(state.warning) ? { ...state, warning: undefined } : state;
}

/** Drops an account-choice warning: a new choice is judged afresh. */
export function clearAccountWarning(state: GuideState): GuideState {
  return clearWarningIf(state, (warning) => isAccountWarning(warning.code));
}

/** A browser tab id as the protocol bounds it. */
export function isTabId(tabId: number): boolean {
  return Number.isInteger(tabId) && tabId >= 0 && tabId <= TAB_ID_MAX;
}

/** Adds a tab to the guide (e.g. a Stripe tab opened separately), keeping the starting tab if the list is full. */
export function adoptTab(state: GuideState, tabId: number): GuideState {
  if (!isTabId(tabId) || state.tabIds.includes(tabId)) return state;
  let tabIds = [...state.tabIds, tabId];
  while (tabIds.length > TAB_LIMIT) {
    const oldest = tabIds.findIndex((id) => id !== state.tabId);
    tabIds = tabIds.filter((_, index) => index !== oldest);
  }
  return { ...state, tabIds };
}

/** Removes keys set to undefined (here and in nested objects), so stored guides and comparisons see one shape. */
export function compact(state: GuideState): GuideState {
  return dropUndefined(state) as GuideState;
}

function dropUndefined(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, child]) => child !== undefined)
      .map(([key, child]) => [key, dropUndefined(child)]),
  );
}
