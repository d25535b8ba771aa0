/**
 * What the agent can do from the side panel or overlay. `next` and `back` are always offered and simply do nothing
 * at the ends; nothing here can leave the guide without a way on.
 */
import type { GuideCommand } from '../protocol';
import { commitChange, readTime } from './commit-change';
import type { GuideState } from './guide-state';
import { guideEvent, keyEnd, type GuideEvent } from './message-params';
import { MAIN_PATH, type StepId } from './steps';
import { completeSteps, leaveTroubleshooting, moveTo, rewindTo } from './transitions';
import { findRetryStep } from './troubleshooting';

export interface CommandResult {
  state: GuideState;
  changed: boolean;
}

interface Proposal {
  state: GuideState;
  what: GuideEvent;
}

/**
 * Applies an agent's command:
 * - `next`: marks the current step done (the agent says so) and goes to the next step not done yet; stays put on
 *   the last step and in troubleshooting (where `back` is the way out).
 * - `back`: the previous step, without undoing anything; from troubleshooting, the step the attempt went wrong at.
 * - `restart`: back to the first Kartra step for a new attempt; keeps the key read from Kartra and the history.
 * - `dismiss` / `resume`: hide and bring back; `start` on an existing guide resumes it, or restarts a finished one.
 * Done guides accept `next`/`back` for review; dismissed guides only `resume`, `start` and `restart`.
 */
export function applyCommand(state: GuideState, command: GuideCommand, now: number): CommandResult {
  const at = readTime(now, state.updatedAt);
  const proposal = proposeFor(state, command, at);
  if (!proposal) return { state, changed: false };
  const committed = commitChange(state, proposal.state, proposal.what, 'agent', at);
  return committed.changed ? committed : { state, changed: false };
}

function proposeFor(state: GuideState, command: GuideCommand, at: number): Proposal | undefined {
  switch (command) {
    case 'next':
      return state.status === 'dismissed' ? undefined : goNext(state, at);
    case 'back':
      return state.status === 'dismissed' ? undefined : goBack(state);
    case 'restart':
      return restart(state);
    case 'dismiss':
      if (state.status === 'dismissed') return undefined;
      return { state: { ...state, status: 'dismissed' }, what: guideEvent('dismissed') };
    case 'resume':
      return resume(state);
    case 'start':
      if (state.status === 'dismissed') return resume(state);
      return state.status === 'done' ? restart(state) : undefined;
    case 'keep-original-key':
    case 'use-new-key':
      return settleKeys(state, command);
  }
}

/** The agent's choice between the first key read from Kartra and a later, different one. */
function settleKeys(state: GuideState, command: 'keep-original-key' | 'use-new-key'): Proposal | undefined {
  if (!state.newerKey) return undefined;
  const kept = command === 'use-new-key' ? state.newerKey : state.originalKey;
  const warning = state.warning?.code === 'original-key-changed' ? undefined : state.warning;
  // The account name learnt on the dashboard belongs to the first key: another key must be matched afresh.
  const forgetName = kept !== state.originalKey ? { originalAccountName: undefined } : {};
  return {
    state: { ...state, originalKey: kept, newerKey: undefined, warning, ...forgetName },
    what: guideEvent(command === 'use-new-key' ? 'key-chosen-newer' : 'key-chosen-first', { keyEnd: keyEnd(kept) }),
  };
}

function goNext(state: GuideState, at: number): Proposal | undefined {
  const position = MAIN_PATH.indexOf(state.stepId);
  if (position === -1 || position === MAIN_PATH.length - 1) return undefined;
  const done = completeSteps(state, [state.stepId], at);
  const target = MAIN_PATH.slice(position + 1).find((id) => done.completed[id] === undefined) ?? MAIN_PATH.at(-1)!;
  return {
    state: moveTo(done, target),
    what: guideEvent('marked-done', { step: state.stepId, next: target }),
  };
}

function goBack(state: GuideState): Proposal | undefined {
  if (state.stepId === 'troubleshoot') {
    const target = state.retryFrom ?? findRetryStep(state);
    const retry = moveTo(leaveTroubleshooting(rewindTo(state, target)), target);
    return { state: retry, what: guideEvent('back-to-retry', { step: target }) };
  }
  const position = MAIN_PATH.indexOf(state.stepId);
  if (position <= 0) return undefined;
  const target = MAIN_PATH[position - 1]!;
  return { state: moveTo(state, target), what: guideEvent('back-to', { step: target }) };
}

/** The introduction stays read; everything from the Kartra steps on is to be done again. */
function restart(state: GuideState): Proposal {
  const first: StepId = 'open-integrations';
  const kept = rewindTo(state, first);
  return {
    state: {
      ...leaveTroubleshooting(kept),
      stepId: first,
      status: 'active',
      candidate: undefined,
      // A choice between two keys still waits for the agent: a new attempt does not settle it.
      warning: state.warning?.code === 'original-key-changed' ? state.warning : undefined,
    },
    what: guideEvent('restarted'),
  };
}

/** A guide dismissed after it finished comes back finished. */
function resume(state: GuideState): Proposal | undefined {
  if (state.status !== 'dismissed') return undefined;
  const finished = state.completed['after-reconnect'] !== undefined && state.outcome === 'success';
  return { state: { ...state, status: finished ? 'done' : 'active' }, what: guideEvent('resumed') };
}

