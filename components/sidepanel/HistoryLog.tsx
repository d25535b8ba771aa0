import type { GuideState } from '../../lib/guide/guide-state';
import { clockTimeWithSeconds } from './clock-time';

/** What happened and when, newest first: the agent's own record, and material for a support report. */
export function HistoryLog({ guide }: { guide: GuideState }) {
  const entries = [...guide.history].reverse();
  return (
    <details class="history">
      <summary>History ({entries.length})</summary>
      <ol reversed>
        {entries.map((entry, index) => (
          <li key={`${entry.at}-${index}`}>
            <time dateTime={new Date(entry.at).toISOString()}>{clockTimeWithSeconds(entry.at)}</time>{' '}
            <span class="muted">{entry.source === 'agent' ? 'You:' : 'Seen:'}</span> {entry.what}
          </li>
        ))}
      </ol>
    </details>
  );
}
