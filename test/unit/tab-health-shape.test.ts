/**
 * The popup and side panel read a tab's stored health with the hand-written check (lib/tab-health-shape.ts) so their
 * first paint needs no zod; it must accept exactly what TabHealthSchema accepts.
 */
import { describe, expect, it } from 'vitest';
import { TabHealthSchema } from '../../lib/storage-schemas';
import { HealthReportSchema } from '../../lib/protocol';
import { HEALTH_REPORT_FIELDS, isTabHealth, readTabHealth, TAB_HEALTH_FIELDS } from '../../lib/tab-health-shape';
import { anyValue, expectSameVerdicts, nearValues } from './shape-agreement';

const FULL = {
  report: {
    onIntegrationsPage: true,
    integrations: [
      { name: 'Stripe', category: 'payment', status: 'needs-attention', confidence: 0.9, decidedBy: 'red bubble titled “Needs attention”', isStripe: true },
      { name: 'Mailchimp', status: 'connected', confidence: 1, decidedBy: 'green check', isStripe: false },
      { name: 'Zapier', status: 'unknown', unknownWhy: 'conflict', confidence: 0, decidedBy: 'conflicting evidence', isStripe: false },
    ],
    needsAttentionCount: 1,
    stripeAmbiguous: false,
    bannerMentionsStripe: true,
    outcome: 'account-mismatch',
  },
  url: 'https://app.kartra.com/integrations',
  at: 1_700_000_000_000,
};

const zodAccepts = (value: unknown) => TabHealthSchema.safeParse(value).success;

describe('isTabHealth agrees with TabHealthSchema', () => {
  it('checks the same fields', () => {
    expect(Object.keys(TAB_HEALTH_FIELDS)).toEqual(Object.keys(TabHealthSchema.shape));
    expect(Object.keys(HEALTH_REPORT_FIELDS)).toEqual(Object.keys(HealthReportSchema.shape));
  });

  it('accepts a full report', () => {
    expect(zodAccepts(FULL)).toBe(true);
    expect(isTabHealth(FULL)).toBe(true);
  });

  it('decides like zod on reports changed near the edges of their rules', () => {
    expectSameVerdicts(nearValues(FULL, [0, 1, 3]), isTabHealth, zodAccepts, 5_000);
  });

  it('decides like zod on anything at all', () => {
    expectSameVerdicts(anyValue, isTabHealth, zodAccepts, 1_000);
  });

  it.each([
    ['10,000 integrations', 10_000, true],
    ['10,001 integrations', 10_001, false],
  ])('%s: same verdict as zod', (_label, count, expected) => {
    const integration = FULL.report.integrations[1]!;
    const value = { ...FULL, report: { ...FULL.report, integrations: Array.from({ length: count }, () => integration) } };
    expect(zodAccepts(value)).toBe(expected);
    expect(isTabHealth(value)).toBe(expected);
  });
});

describe('readTabHealth', () => {
  it('finds a tab by its id and treats anything unreadable as nothing known', () => {
    expect(readTabHealth({ 7: FULL }, 7)).toBe(FULL);
    expect(readTabHealth({ 7: FULL }, 8)).toBeUndefined();
    expect(readTabHealth({ 7: { ...FULL, url: 42 } }, 7)).toBeUndefined();
  });
});
