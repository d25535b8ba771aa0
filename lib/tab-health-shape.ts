/**
 * One tab's stored health, checked by hand for the popup and side panel, whose first paint must not wait for zod.
 * Accepts exactly what TabHealthSchema (storage-schemas.ts) accepts; test/unit/tab-health-shape.test.ts holds the two
 * to each other.
 */
import { INTEGRATION_STATUSES, KARTRA_OUTCOMES, UNKNOWN_WHYS } from './protocol-values';
import { arrayOf, isBoolean, isIntegerIn, isNumberIn, isStrictObject, objectOf, oneOf, optional, text, type Check } from './shape-checks';
import type { TabHealth } from './storage-schemas';

const isIntegrationSummary = objectOf({
  name: text(80),
  category: optional(text(40)),
  status: oneOf(INTEGRATION_STATUSES),
  unknownWhy: optional(oneOf(UNKNOWN_WHYS)),
  confidence: (v) => isNumberIn(v, 0, 1),
  decidedBy: text(300),
  isStripe: isBoolean,
});

/** HealthReportSchema's fields (lib/protocol.ts). */
export const HEALTH_REPORT_FIELDS: Readonly<Record<string, Check>> = {
  onIntegrationsPage: isBoolean,
  integrations: arrayOf(isIntegrationSummary, 10_000),
  needsAttentionCount: (value) => isIntegerIn(value, 0),
  stripeAmbiguous: isBoolean,
  bannerMentionsStripe: isBoolean,
  outcome: optional(oneOf(KARTRA_OUTCOMES)),
};

/** TabHealthSchema's fields. */
export const TAB_HEALTH_FIELDS: Readonly<Record<string, Check>> = {
  report: objectOf(HEALTH_REPORT_FIELDS),
  url: text(2048),
  at: (value) => isNumberIn(value),
};

export function isTabHealth(value: unknown): value is TabHealth {
  return isStrictObject(value, TAB_HEALTH_FIELDS);
}

/** Read one tab's health, treating anything unreadable as "nothing known". */
export function readTabHealth(all: Record<string, unknown>, tabId: number): TabHealth | undefined {
  const entry = all[String(tabId)];
  return isTabHealth(entry) ? entry : undefined;
}
