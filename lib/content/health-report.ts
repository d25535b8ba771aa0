/** The detector's report in the protocol's shape: what the popup and badge need, nothing more. */
import type { IntegrationsReport } from '../kartra/detect-integrations';
import { clipText } from '../dom/text';
import { clipDetailTexts } from '../kartra/evidence-detail';
import type { HealthReport } from '../protocol';
import { pickStripeTileToReconnect } from './pick-stripe-tile';

export function toHealthReport(report: IntegrationsReport | undefined, onIntegrationsPage: boolean): HealthReport {
  if (!report || !onIntegrationsPage) {
    return { onIntegrationsPage, integrations: [], needsAttentionCount: 0, stripeAmbiguous: false, bannerMentionsStripe: false };
  }
  const target = pickStripeTileToReconnect(report);
  const reconnectIndex = target ? report.integrations.indexOf(target) : -1;
  return {
    onIntegrationsPage,
    integrations: report.integrations.slice(0, 10_000).map((i) => ({
      name: clipText(i.name, 80),
      ...(i.category ? { category: clipText(i.category, 40) } : {}),
      status: i.status,
      ...(i.unknownWhy ? { unknownWhy: i.unknownWhy } : {}),
      confidence: Math.min(1, Math.max(0, Number.isFinite(i.confidence) ? i.confidence : 0)),
      decidedBy: clipDetailTexts(i.decidedBy),
      isStripe: i.isStripe,
    })),
    needsAttentionCount: report.needsAttentionCount,
    stripeAmbiguous: report.stripe?.ambiguous === true && target === undefined,
    ...(reconnectIndex >= 0 && reconnectIndex < 10_000 ? { reconnectIndex } : {}),
    bannerMentionsStripe: report.banner?.mentionsStripe === true,
    ...(report.outcome ? { outcome: report.outcome } : {}),
  };
}
