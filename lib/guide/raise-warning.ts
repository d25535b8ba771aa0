/** Putting a warning on a guide from outside the machine (e.g. the background's "no guide was started"). */
import { commitChange } from './commit-change';
import type { GuideState, WarningCode } from './guide-state';
import { setWarning } from './transitions';
import { makeWarning } from './warnings';
import type { MessageParams } from './guide-state';

/** Sets a warning and records it in history, observed. A sticky account warning is not pushed aside. */
export function raiseWarning(state: GuideState, code: WarningCode, now: number, params?: MessageParams): GuideState {
  const warning = makeWarning(code, params);
  return commitChange(state, setWarning(state, warning), { event: 'warning-raised', warning }, 'observed', now).state;
}
