import type { HealthReport, IntegrationSummary } from '../protocol';

/** The Stripe tile the guide is about, as the content script decided it (HealthReport.reconnectIndex). */
export function reconnectTileOf(report: HealthReport | undefined): IntegrationSummary | undefined {
  return report?.reconnectIndex === undefined ? undefined : report.integrations[report.reconnectIndex];
}
