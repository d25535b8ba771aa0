import type { GuideState } from '../../lib/guide/guide-state';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** What happened and when, newest first: the agent's own record, and material for a support report. */
export function HistoryLog({ guide }: { guide: GuideState }) {
  const entries = [...guide.history].reverse();
  return (
    <details class="history">
      <summary>History ({entries.length})</summary>
      <ol reversed>
        {entries.map((entry, index) => (
          <li key={`${entry.at}-${index}`}>
            <time dateTime={new Date(entry.at).toISOString()}>{timeFormat.format(entry.at)}</time>{' '}
            <span class="muted">{entry.source === 'agent' ? 'You:' : 'Seen:'}</span> {entry.what}
          </li>
        ))}
      </ol>
    </details>
  );
}
