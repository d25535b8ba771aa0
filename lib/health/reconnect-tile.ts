import type { GuideObservation, HealthReport, IntegrationSummary } from '../protocol';

/** The Stripe tile the guide is about, as the content script decided it (HealthReport.reconnectIndex). */
export function reconnectTileOf(report: HealthReport | undefined): IntegrationSummary | undefined {
  return report?.reconnectIndex === undefined ? undefined : report.integrations[report.reconnectIndex];
}

/**
 * What the guide learns from a Kartra tab's health report: that the Integrations page is open, and the status of the
 * Stripe tile to reconnect ('absent' when none was found). Undefined when the tab is on another Kartra page.
 */
export function integrationsPageSeen(report: HealthReport): Extract<GuideObservation, { kind: 'integrations-page' }> | undefined {
  if (!report.onIntegrationsPage) return undefined;
  return { kind: 'integrations-page', stripeStatus: reconnectTileOf(report)?.status ?? 'absent' };
}
