/**
 * What a health report adds up to, for the badge and the popup: how many tiles were found, how many need attention,
 * how many could not be read. "All clear" is only ever said when every tile was read.
 */
import type { HealthReport } from '../protocol';

export interface HealthCounts {
  /** Tiles found on the Integrations page. */
  found: number;
  needsAttention: number;
  /** Tiles whose status could not be read. */
  unreadable: number;
  /** On the Integrations page, and no tile found at all. */
  noTiles: boolean;
}

export function countHealth(report: HealthReport): HealthCounts {
  if (!report.onIntegrationsPage) return { found: 0, needsAttention: 0, unreadable: 0, noTiles: false };
  let needsAttention = 0;
  let unreadable = 0;
  for (const i of report.integrations) {
    if (i.status === 'needs-attention') needsAttention++;
    else if (i.status === 'unknown') unreadable++;
  }
  return { found: report.integrations.length, needsAttention, unreadable, noTiles: report.integrations.length === 0 };
}
