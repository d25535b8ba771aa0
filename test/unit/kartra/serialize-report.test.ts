import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { detectIntegrations, type DetectedIntegration, type IntegrationsReport } from '../../../lib/kartra/detect-integrations.ts';
import { SerializableIntegrationsReportSchema, SERIAL_LIMITS, toSerializable } from '../../../lib/kartra/serialize-report.ts';
import { DEFAULT_SITE_PROFILE } from '../../../lib/kartra/site-profile.ts';
import { FIXTURE_EXPECTATIONS } from './fixture-expectations.ts';
import { loadFixture, type LoadedPage } from './load-fixture.ts';

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

describe('toSerializable', () => {
  test.each(Object.keys(FIXTURE_EXPECTATIONS))('%s: parses with its schema and survives structured cloning', (name) => {
    page = loadFixture(name);
    const serial = toSerializable(detectIntegrations(page.document, DEFAULT_SITE_PROFILE));
    expect(SerializableIntegrationsReportSchema.safeParse(serial).success).toBe(true);
    expect(structuredClone(serial)).toEqual(serial);
    expect(JSON.stringify(serial)).not.toContain('element');
  });

  test('Stripe is referenced by index, ambiguous ones by indexes', () => {
    page = loadFixture('hostile-two-stripe.html');
    const serial = toSerializable(detectIntegrations(page.document, DEFAULT_SITE_PROFILE));
    expect(serial.stripe).toEqual({ ambiguous: true, indexes: [0, 1], needsAttentionIndex: 0 });
    void page.close();
    page = loadFixture('cards-grid.html');
    const single = toSerializable(detectIntegrations(page.document, DEFAULT_SITE_PROFILE));
    expect(single.stripe).toEqual({ ambiguous: false, index: 0 });
    expect(single.integrations[0]?.isStripe).toBe(true);
  });

  test('caps every page-derived string, whatever a caller put in the report', () => {
    const long = '<b>'.repeat(10_000);
    const tile = (i: number): DetectedIntegration =>
      ({
        name: `${long}${i}`,
        integration: long,
        category: long,
        status: 'unknown',
        confidence: Number.NaN,
        evidence: Array.from({ length: 50 }, () => ({ kind: 'text', detail: { code: 'text', text: long }, points: 'connected', weight: 1e9 })),
        decidedBy: { code: 'weak-evidence', strongest: { code: 'banner', integration: long, text: long } },
        isStripe: i === 0,
        inRepeatedList: true,
        element: {} as Element,
      }) as DetectedIntegration;
    const report: IntegrationsReport = {
      integrations: [tile(0), tile(1)],
      needsAttentionCount: -3,
      stripe: { ambiguous: false, tile: tile(7) },
      banner: { text: long, mentionsStripe: true, element: {} as Element },
      outcome: 'user-denied',
      outcomeText: long,
      warnings: Array.from({ length: 100 }, () => ({ code: 'failed' as const, error: long })),
      nodeCount: 1.5,
      durationMs: Number.POSITIVE_INFINITY,
    };
    const serial = toSerializable(report);
    expect(SerializableIntegrationsReportSchema.safeParse(serial).success).toBe(true);
    expect(serial.integrations[0]?.name).toHaveLength(SERIAL_LIMITS.name);
    expect(serial.integrations[0]?.evidence).toHaveLength(SERIAL_LIMITS.evidencePerTile);
    expect(serial.integrations[0]?.confidence).toBe(0);
    expect(serial.stripe).toBeUndefined(); // the tile is not in the list: no dangling index
    expect(serial.warnings).toHaveLength(SERIAL_LIMITS.warnings);
    expect(serial.warnings[0]).toEqual({ code: 'failed', error: expect.stringMatching(/…$/) });
    expect(serial.needsAttentionCount).toBe(0);
    expect(serial.durationMs).toBe(0);
  });

  test('the schema rejects extra keys and elements', () => {
    page = loadFixture('cards-grid.html');
    const serial = toSerializable(detectIntegrations(page.document, DEFAULT_SITE_PROFILE));
    expect(SerializableIntegrationsReportSchema.safeParse({ ...serial, extra: 1 }).success).toBe(false);
    const withElement = { ...serial, integrations: serial.integrations.map((i) => ({ ...i, element: {} })) };
    expect(SerializableIntegrationsReportSchema.safeParse(withElement).success).toBe(false);
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(() => SerializableIntegrationsReportSchema.safeParse(value)).not.toThrow();
      }),
      { numRuns: 1_000 },
    );
  });
});
