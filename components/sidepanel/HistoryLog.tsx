import type { GuideState } from '../../lib/guide/guide-state';
import { t } from '../../lib/i18n';
import { historySourceText, historyText } from '../text/history-text';
import { clockTimeWithSeconds } from './clock-time';

/** What happened and when, newest first: the agent's own record, and material for a support report. */
export function HistoryLog({ guide }: { guide: GuideState }) {
  const entries = [...guide.history].reverse();
  return (
    <details class="history">
      <summary>{t('sidepanel.history', { count: entries.length })}</summary>
      <ol reversed>
        {entries.map((entry, index) => (
          <li key={`${entry.at}-${index}`}>
            <time dateTime={new Date(entry.at).toISOString()}>{clockTimeWithSeconds(entry.at)}</time>{' '}
            <span class="muted">{historySourceText(entry.source)}</span> {historyText(entry)}
          </li>
        ))}
      </ol>
    </details>
  );
}
