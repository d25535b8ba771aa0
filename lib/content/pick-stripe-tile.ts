/**
 * The Stripe tile the guide is about. Kartra accounts can hold several Stripe integrations (one per checkout); the one
 * to reconnect is the only Stripe tile, or else the only red one. Several red ones: the agent must choose, we don't.
 */
import type { DetectedIntegration, IntegrationsReport } from '../kartra/detect-integrations';

export function pickStripeTileToReconnect(report: IntegrationsReport | undefined): DetectedIntegration | undefined {
  if (!report?.stripe) return undefined;
  if (!report.stripe.ambiguous) return report.stripe.tile;
  const red = report.stripe.tiles.filter((tile) => tile.status === 'needs-attention');
  return red.length === 1 ? red[0] : undefined;
}
