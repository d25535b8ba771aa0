/**
 * Which account NAME holds the original publishable key, for Stripe pickers that show names without `acct_…` ids.
 * The agent's Stripe dashboard tells it: its API keys page shows a key and its account switcher the account's name.
 * When that key is Kartra's original one, the name is remembered on the guide (as a value; sentences are made where
 * they are shown), and the picker's rows are judged by it. No name known means "cannot tell", never a match.
 */
import type { PickerAccount } from '../protocol';
import { sameAccountName } from '../stripe/account-name';
import { compareKeys } from '../stripe/compare-keys';
import type { AccountVerdict, GuideState } from './guide-state';
import { clearAccountWarning, setWarning } from './transitions';
import { warnAboutVerdict } from './warnings';

const SAME_ACCOUNT: ReadonlySet<string> = new Set(['same-key', 'same-account', 'mode-mismatch']);

/** The guide with the name of the account that holds its original key, when the last dashboard sighting shows it. */
export function withOriginalAccountName(state: GuideState): GuideState {
  const seen = state.dashboard;
  if (!state.originalKey || !seen?.publishableKey || !seen.accountName) return state;
  if (!SAME_ACCOUNT.has(compareKeys(state.originalKey, seen.publishableKey).verdict)) return state;
  return state.originalAccountName === seen.accountName ? state : { ...state, originalAccountName: seen.accountName };
}

/**
 * A picker row without an id, judged by name against the original account's name. `rows` are all the rows the picker
 * offered: two rows with the original's name cannot be told apart.
 */
export function verdictByName(originalName: string | undefined, account: PickerAccount, rows: readonly PickerAccount[]): AccountVerdict {
  if (!originalName) return 'cannot-tell';
  if (!sameAccountName(originalName, account.name)) return 'different-account';
  const namesakes = rows.filter((row) => sameAccountName(row.name, account.name)).length;
  return namesakes > 1 ? 'cannot-tell' : 'same-account';
}

/**
 * The guide once it has learnt (or changed) the original account's name: a selected row without an id is judged
 * again by that name, here, so the agent's choice is settled without choosing the row a second time and without
 * waiting on the picker tab to report it again. `rows` are the rows that picker offered, when known.
 */
export function rejudgeCandidateByName(before: GuideState, after: GuideState, rows: readonly PickerAccount[] | undefined): GuideState {
  const candidate = after.candidate;
  if (!candidate || candidate.accountId || after.originalAccountName === before.originalAccountName) return after;
  const selected = { name: candidate.name, selected: true };
  const verdict = verdictByName(after.originalAccountName, selected, rows ?? [selected]);
  if (verdict === candidate.verdict) return after;
  const judged = clearAccountWarning({ ...after, candidate: { ...candidate, verdict } });
  const warning = warnAboutVerdict(verdict, candidate.name);
  return warning ? setWarning(judged, warning) : judged;
}
