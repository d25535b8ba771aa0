/**
 * The one place a handler's proposed guide becomes the new guide: decides whether anything changed, writes the
 * history entry and stamps the time. Content scripts report the same page many times; this keeps those repeats from
 * flooding history or waking the UI.
 */
import type { GuideState, HistoryEntry } from './guide-state';
import { appendHistory } from './history';
import type { GuideEvent } from './message-params';
import { compact } from './transitions';

export interface Committed {
  state: GuideState;
  changed: boolean;
}

/**
 * Returns `previous` itself (changed: false) when `proposed` differs from it in nothing but history and time;
 * otherwise the proposed guide with one more history entry. `recordOnly` events change nothing by design and are
 * written unless the last entry already says the same.
 */
export function commitChange(
  previous: GuideState,
  proposed: GuideState,
  what: GuideEvent & Pick<HistoryEntry, 'warning'>,
  source: HistoryEntry['source'],
  now: number,
  recordOnly = false,
): Committed {
  const next = compact(proposed);
  const sameSubstance = isDeepEqual(withoutBookkeeping(compact(previous)), withoutBookkeeping(next));
  const last = previous.history.at(-1);
  const alreadyRecorded =
    last?.event === what.event && isDeepEqual(last.params, what.params) && isDeepEqual(last.warning, what.warning);
  if (sameSubstance && (!recordOnly || alreadyRecorded)) return { state: previous, changed: false };
  const at = readTime(now, previous.updatedAt);
  return {
    state: { ...next, history: appendHistory(next.history, { at, stepId: next.stepId, ...what, source }), updatedAt: at },
    changed: true,
  };
}

/** Time comes from the caller; a broken clock value must not make the stored guide invalid. */
export function readTime(now: number, fallback: number): number {
  return Number.isFinite(now) && now >= 0 ? now : fallback;
}

function withoutBookkeeping(state: GuideState): Omit<GuideState, 'history' | 'updatedAt'> {
  const { history: _history, updatedAt: _updatedAt, ...rest } = state;
  return rest;
}

function isDeepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  return aKeys.every((key) => Object.hasOwn(right, key) && isDeepEqual(left[key], right[key]));
}
