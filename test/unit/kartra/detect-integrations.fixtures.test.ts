import { readdirSync } from 'node:fs';
import { fileURLToPath, URL as NodeURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { detectIntegrations, type IntegrationsReport } from '../../../lib/kartra/detect-integrations.ts';
import { DEFAULT_SITE_PROFILE } from '../../../lib/kartra/site-profile.ts';
import { decisionText, evidenceText } from '../../../components/text/evidence.ts';
import { FIXTURE_EXPECTATIONS } from './fixture-expectations.ts';
import { loadFixture, loadHtml, type LoadedPage } from './load-fixture.ts';

const FIXTURE_DIR = fileURLToPath(new NodeURL('../../fixtures/kartra/', import.meta.url));
let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

function detect(name: string): IntegrationsReport {
  page = loadFixture(name);
  return detectIntegrations(page.document, DEFAULT_SITE_PROFILE);
}

function stripeStatus(report: IntegrationsReport): string {
  if (!report.stripe) return 'none';
  return report.stripe.ambiguous ? 'ambiguous' : report.stripe.tile.status;
}

test('every fixture has an expectation, and every expectation a fixture', () => {
  const files = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.html')).sort();
  expect(files).toEqual(Object.keys(FIXTURE_EXPECTATIONS).sort());
  expect(files.length).toBeGreaterThanOrEqual(20);
});

describe.each(Object.entries(FIXTURE_EXPECTATIONS))('%s', (name, expected) => {
  test(`reads as expected: ${expected.about}`, () => {
    const report = detect(name);
    expect(report.integrations).toHaveLength(expected.integrations);
    // happy-dom computes no generated content: the statuses are checked in real browsers (fixtures-in-browsers.e2e.ts).
    if (expected.browserOnly) return;
    expect(report.needsAttentionCount).toBe(expected.needsAttention);
    expect(stripeStatus(report)).toBe(expected.stripe);
    for (const [tileName, status] of Object.entries(expected.statuses ?? {})) {
      const tile = report.integrations.find((i) => i.name === tileName);
      expect(tile, `tile "${tileName}"`).toBeDefined();
      expect(tile?.status, `status of "${tileName}" (${tile && decisionText(tile.decidedBy)})`).toBe(status);
    }
    if (expected.banner === null) expect(report.banner).toBeUndefined();
    if (expected.banner) expect(report.banner?.mentionsStripe).toBe(expected.banner.mentionsStripe);
    if (expected.outcome === null) expect(report.outcome).toBeUndefined();
    if (expected.outcome) expect(report.outcome).toBe(expected.outcome);
  });

  test('every tile explains itself', () => {
    const report = detect(name);
    for (const tile of report.integrations) {
      expect(decisionText(tile.decidedBy).length).toBeGreaterThan(0);
      expect(tile.confidence).toBeGreaterThanOrEqual(0);
      expect(tile.confidence).toBeLessThanOrEqual(1);
      if (expected.browserOnly) continue;
      if (tile.status === 'unknown') expect(tile.confidence).toBe(0);
      else expect(tile.evidence.some((e) => e.points === tile.status)).toBe(true);
      expect(tile.element.isConnected).toBe(true);
    }
  });
});

describe('what decided the Stripe tile', () => {
  test('cards grid: red computed background on a small round element, with its title', () => {
    const report = detect('cards-grid.html');
    const stripe = report.stripe?.ambiguous === false ? report.stripe.tile : undefined;
    expect(stripe && decisionText(stripe.decidedBy)).toMatch(/^red computed background-color #e53935 on a small round <span> \(title 'Needs attention'\)/);
    expect(new Set(stripe?.evidence.map((e) => e.kind))).toEqual(new Set(['colour', 'class', 'aria']));
    expect(stripe?.category).toBe('Payment');
    expect(stripe?.element.querySelector('h3')?.textContent).toBe('Stripe');
  });

  test('icon only: the fill of an SVG circle is enough, with moderate confidence', () => {
    const report = detect('icon-only-status.html');
    const stripe = report.stripe?.ambiguous === false ? report.stripe.tile : undefined;
    expect(stripe?.evidence.map((e) => e.kind)).toEqual(['colour']);
    expect(stripe?.confidence).toBeGreaterThan(0.5);
    expect(stripe?.confidence).toBeLessThan(1);
  });

  test('text only: the words decide, nothing else', () => {
    const report = detect('text-only-status.html');
    const stripe = report.stripe?.ambiguous === false ? report.stripe.tile : undefined;
    expect(stripe?.evidence.map((e) => e.kind)).toEqual(['text']);
    expect(stripe && decisionText(stripe.decidedBy)).toBe("text 'Needs attention'");
  });

  test('the banner adds evidence to the Stripe tile only', () => {
    const report = detect('banner-and-tile.html');
    const stripe = report.integrations.find((i) => i.isStripe);
    expect(stripe?.evidence.some((e) => e.kind === 'banner')).toBe(true);
    for (const other of report.integrations.filter((i) => !i.isStripe)) expect(other.evidence.some((e) => e.kind === 'banner')).toBe(false);
  });

  test('a banner alone decides Stripe with low confidence, and never another integration', () => {
    const report = detect('banner-only-evidence.html');
    const stripe = report.stripe?.ambiguous === false ? report.stripe.tile : undefined;
    expect(stripe?.status).toBe('needs-attention');
    expect(stripe?.confidence).toBeLessThan(0.5);
    const paypal = report.integrations.find((i) => i.name === 'PayPal');
    expect(paypal?.evidence.some((e) => e.kind === 'banner')).toBe(true);
    expect(paypal?.status).toBe('unknown');
  });

  test('conflicting evidence is reported as such', () => {
    const report = detect('hostile-conflict.html');
    const stripe = report.integrations.find((i) => i.isStripe);
    expect(stripe?.decidedBy.code).toBe('conflict');
    expect(stripe && decisionText(stripe.decidedBy)).toMatch(/^conflicting evidence: needs-attention .* vs connected/);
  });

  test('a tile found only by its place in the list is named from its heading', () => {
    const report = detect('cards-grid.html');
    const unknown = report.integrations.find((i) => i.name === 'Kartra Payments Beta');
    expect(unknown?.integration).toBeUndefined();
    expect(unknown?.isStripe).toBe(false);
    expect(unknown?.inRepeatedList).toBe(true);
  });

  test('a lone mention outside the list is not a tile', () => {
    const report = detect('cards-grid.html');
    expect(report.integrations.filter((i) => i.isStripe)).toHaveLength(1);
    expect(report.stripe?.ambiguous).toBe(false);
  });
});

describe('icons', () => {
  test('an SVG <title> speaks for its icon (the <title> itself is never rendered)', () => {
    page = loadHtml(
      '<ul><li><b>Stripe</b><svg width="10" height="10"><title>Needs attention</title><circle r="5" cx="5" cy="5"></circle></svg></li>' +
        '<li><b>PayPal</b><svg width="10" height="10"><title>Connected</title><circle r="5" cx="5" cy="5"></circle></svg></li></ul>',
    );
    const report = detectIntegrations(page.document, DEFAULT_SITE_PROFILE);
    expect(report.integrations.map((i) => [i.name, i.status])).toEqual([
      ['Stripe', 'needs-attention'],
      ['PayPal', 'connected'],
    ]);
    expect(report.integrations[0]?.evidence[0]).toMatchObject({ kind: 'icon', detail: { code: 'icon-title', text: 'Needs attention' } });
    expect(evidenceText(report.integrations[0]?.evidence[0]?.detail)).toBe("icon title 'Needs attention'");
  });
});

describe('several Stripe tiles', () => {
  test('ambiguous, but the one needing attention is named', () => {
    const report = detect('hostile-two-stripe.html');
    expect(report.stripe?.ambiguous).toBe(true);
    if (!report.stripe?.ambiguous) return;
    expect(report.stripe.tiles.map((t) => t.name)).toEqual(['Stripe · Courses checkout', 'Stripe · EU store']);
    expect(report.stripe.needsAttention?.name).toBe('Stripe · Courses checkout');
    expect(report.warnings).toEqual([{ code: 'several-stripe-tiles', count: 2, needsAttention: 'Stripe · Courses checkout' }]);
  });
});

describe('roots other than a document', () => {
  test('an open shadow root or an element subtree can be searched on its own', () => {
    page = loadFixture('shadow-root.html');
    const host = page.document.querySelector('kartra-integrations') as Element;
    const fromShadow = detectIntegrations(host.shadowRoot as ShadowRoot, DEFAULT_SITE_PROFILE);
    expect(fromShadow.integrations.map((i) => i.name)).toEqual(['Stripe', 'PayPal', 'Drip']);
    const fromHost = detectIntegrations(host, DEFAULT_SITE_PROFILE);
    expect(fromHost.needsAttentionCount).toBe(1);
  });

  test('an element root does not climb above itself', () => {
    page = loadFixture('cards-grid.html');
    const firstCard = page.document.querySelector('.card') as Element;
    const report = detectIntegrations(firstCard, DEFAULT_SITE_PROFILE);
    expect(report.integrations).toHaveLength(1);
    expect(report.integrations[0]?.element).toBe(firstCard);
  });
});

describe('why a status cannot be told', () => {
  test('each unknown tile carries a code; read tiles carry none', () => {
    for (const name of Object.keys(FIXTURE_EXPECTATIONS)) {
      const report = detect(name);
      for (const tile of report.integrations) {
        if (tile.status === 'unknown') expect(['no-evidence', 'weak-evidence', 'conflict'], `${name}: ${tile.name}`).toContain(tile.unknownWhy);
        else expect(tile.unknownWhy, `${name}: ${tile.name}`).toBeUndefined();
      }
      void page?.close();
      page = undefined;
    }
  });

  test('a red dot next to the word "Connected" is a conflict', () => {
    const report = detect('hostile-conflict.html');
    const stripe = report.stripe?.ambiguous === false ? report.stripe.tile : undefined;
    expect(stripe?.unknownWhy).toBe('conflict');
  });

  test('tiles that show nothing are no-evidence', () => {
    const report = detect('banner-only-evidence.html');
    expect(report.integrations.find((i) => i.name === 'Zapier')?.unknownWhy).toBe('no-evidence');
  });
});
