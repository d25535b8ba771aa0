/**
 * The saved Kartra pages, read by the shipped detector in the real browsers. happy-dom (the unit tests) computes no
 * CSS generated content and only part of the cascade; Chromium and Firefox compute it all, so every fixture's
 * expectation is checked here too, and the fixtures marked `browserOnly` are checked only here.
 */
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleModule } from '../../scripts/bench/bundle-module.ts';
import { launchPlainBrowser } from './launch.ts';
import { FIXTURE_EXPECTATIONS } from '../unit/kartra/fixture-expectations.ts';
import { readFixture } from '../unit/kartra/load-fixture.ts';
import { BROWSERS } from './fixtures.ts';

interface Reading {
  integrations: number;
  needsAttention: number;
  stripe: string;
  statuses: Record<string, string>;
  banner: { mentionsStripe: boolean } | null;
  outcome: string | null;
}

const FIXTURES = Object.entries(FIXTURE_EXPECTATIONS).filter(([, expected]) => !expected.stepsOnly);

describe.each(BROWSERS)('saved Kartra pages read in %s', (browserName) => {
  let browser: Browser;
  let detector: string;
  beforeAll(async () => {
    detector = await bundleModule('scripts/bench/detector-entry.ts', 'iife', 'SRADetect');
    browser = await launchPlainBrowser(browserName);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.each(FIXTURES)('%s', async (name, expected) => {
    const page = await browser.newPage();
    try {
      await page.setContent(readFixture(name));
      await page.addScriptTag({ content: detector });
      const reading = await page.evaluate((): Reading => {
        type Api = typeof import('../../scripts/bench/detector-entry.ts');
        const api = (globalThis as unknown as { SRADetect: Api }).SRADetect;
        const report = api.detectIntegrations(document, api.DEFAULT_SITE_PROFILE);
        const stripe = !report.stripe ? 'none' : report.stripe.ambiguous ? 'ambiguous' : report.stripe.tile.status;
        return {
          integrations: report.integrations.length,
          needsAttention: report.needsAttentionCount,
          stripe,
          statuses: Object.fromEntries(report.integrations.map((i) => [i.name, `${i.status} (${JSON.stringify(i.decidedBy)})`])),
          banner: report.banner ? { mentionsStripe: report.banner.mentionsStripe } : null,
          outcome: report.outcome ?? null,
        };
      });
      expect(reading.integrations, JSON.stringify(reading.statuses)).toBe(expected.integrations);
      expect(reading.needsAttention, JSON.stringify(reading.statuses)).toBe(expected.needsAttention);
      expect(reading.stripe, JSON.stringify(reading.statuses)).toBe(expected.stripe);
      for (const [tile, status] of Object.entries(expected.statuses ?? {})) expect(reading.statuses[tile], tile).toMatch(new RegExp(`^${status} `));
      if (expected.banner === null) expect(reading.banner).toBeNull();
      if (expected.banner) expect(reading.banner).toEqual(expected.banner);
      if (expected.outcome === null) expect(reading.outcome).toBeNull();
      if (expected.outcome) expect(reading.outcome).toBe(expected.outcome);
    } finally {
      await page.close();
    }
  });
});
