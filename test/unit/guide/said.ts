/** What a history entry or warning says in English, for tests that read the guide as the agent does. */
import type { GuideWarning, HistoryEntry } from '../../../lib/guide/guide-state';
import { historyText } from '../../../components/text/history-text';
import { warningText } from '../../../components/text/warning-text';

export const said = (entry: HistoryEntry | undefined): string | undefined => (entry ? historyText(entry) : undefined);

export const warningSaid = (warning: GuideWarning | undefined): string | undefined => (warning ? warningText(warning) : undefined);
