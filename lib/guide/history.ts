/** The guide's history: events as codes and values, newest last, capped so storage stays small. */
import type { HistoryEntry } from './guide-state';
import { HISTORY_LIMIT } from './guide-values';

/** Appends an entry, dropping the oldest ones beyond `limit`. Never mutates its input. */
export function appendHistory(
  history: readonly HistoryEntry[],
  entry: HistoryEntry,
  limit: number = HISTORY_LIMIT,
): HistoryEntry[] {
  const next = [...history, entry];
  return next.length > limit ? next.slice(next.length - limit) : next;
}
