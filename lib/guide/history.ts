/** The guide's history: plain sentences, newest last, capped so storage stays small. */
import type { HistoryEntry } from './guide-state';
import { HISTORY_LIMIT, TEXT_LIMIT } from './guide-values';

/** Appends an entry, dropping the oldest ones beyond `limit`. Never mutates its input. */
export function appendHistory(
  history: readonly HistoryEntry[],
  entry: HistoryEntry,
  limit: number = HISTORY_LIMIT,
): HistoryEntry[] {
  const bounded = { ...entry, what: entry.what.slice(0, TEXT_LIMIT) };
  const next = [...history, bounded];
  return next.length > limit ? next.slice(next.length - limit) : next;
}
