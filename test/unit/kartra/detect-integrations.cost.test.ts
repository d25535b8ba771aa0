/**
 * Cost: one linear walk, computed styles on a bounded number of elements per tile, long lists read through a
 * learned template — and the answers stay the same as a tile-by-tile read.
 * Wall-clock ratios against a bare querySelectorAll('*') walk belong in a real browser (the project's bench run):
 * happy-dom's costs (a JavaScript getComputedStyle, a cached querySelectorAll) differ too much to assert them here.
 */
import { describe, expect, test } from 'vitest';
import { compileProfile } from '../../../lib/kartra/compiled-profile.ts';
import { detectIntegrations, type IntegrationsReport } from '../../../lib/kartra/detect-integrations.ts';
import { DEFAULT_SITE_PROFILE } from '../../../lib/kartra/site-profile.ts';
import { loadHtml } from './load-fixture.ts';

const KNOWN = ['PayPal', 'Mailchimp', 'Zapier', 'AWeber', 'GetResponse', 'Drip', 'Zoom', 'Slack', 'Twilio', 'HubSpot'];

/** A list of `tiles` cards: known names first, Stripe (red) in the middle, one red and one unconfigured stranger. */
function buildIntegrationsPage(tiles: number): string {
  const parts = ['<style>.dot{display:inline-block;width:8px;height:8px;border-radius:50%}.red{background-color:#e53935}.green{background-color:#43a047}</style><div class="grid">'];
  const stripeAt = Math.floor(tiles / 2);
  const redStranger = Math.floor((tiles * 3) / 4);
  const idleStranger = tiles - 1;
  for (let i = 0; i < tiles; i++) {
    const name = i === stripeAt ? 'Stripe' : i < KNOWN.length ? KNOWN[i] : `Custom app ${i}`;
    const red = i === stripeAt || i === redStranger;
    const status =
      i === idleStranger
        ? '<button type="button">Connect</button>'
        : `<span class="dot ${red ? 'red' : 'green'}" title="${red ? 'Needs attention' : 'Connected'}"></span>`;
    parts.push(
      `<div class="card"><div class="head"><img alt="" src="x.png"><h3>${name}</h3></div><div class="cat">Payment</div>${status}<div class="foot"><span>Added Jan ${(i % 28) + 1}</span><button aria-label="More options">⋮</button></div></div>`,
    );
  }
  parts.push('</div>');
  return parts.join('');
}

function measure(tiles: number): { report: IntegrationsReport; ms: number; styleCalls: number; elements: number; close: () => Promise<void> } {
  const page = loadHtml(buildIntegrationsPage(tiles));
  const window = page.window as unknown as { getComputedStyle: (el: Element) => CSSStyleDeclaration };
  // happy-dom's checkVisibility calls getComputedStyle for every ancestor; count only the readers' own calls. Its
  // Element class is shared by every Window (and test file), so the stand-in is removed once measured.
  const elementPrototype = (page.window as unknown as { Element: { prototype: { checkVisibility: () => boolean } } }).Element.prototype;
  const checkVisibility = Object.getOwnPropertyDescriptor(elementPrototype, 'checkVisibility');
  elementPrototype.checkVisibility = () => true;
  const original = window.getComputedStyle.bind(window);
  let styleCalls = 0;
  window.getComputedStyle = (el: Element) => {
    styleCalls++;
    return original(el);
  };
  const compiled = compileProfile(DEFAULT_SITE_PROFILE);
  let ms = Number.POSITIVE_INFINITY;
  let report: IntegrationsReport | undefined;
  try {
    detectIntegrations(page.document, DEFAULT_SITE_PROFILE, { compiled }); // warm up
    for (let i = 0; i < 3; i++) {
      styleCalls = 0;
      const started = performance.now();
      report = detectIntegrations(page.document, DEFAULT_SITE_PROFILE, { compiled });
      ms = Math.min(ms, performance.now() - started);
    }
  } finally {
    if (checkVisibility) Object.defineProperty(elementPrototype, 'checkVisibility', checkVisibility);
    else delete (elementPrototype as { checkVisibility?: unknown }).checkVisibility;
  }
  return { report: report as IntegrationsReport, ms, styleCalls, elements: page.document.querySelectorAll('*').length, close: () => page.close() };
}

describe('cost', () => {
  test('a long list is read correctly through its template', async () => {
    const run = measure(300);
    const { report } = run;
    expect(report.integrations).toHaveLength(300);
    expect(report.stripe?.ambiguous === false && report.stripe.tile.status).toBe('needs-attention');
    // The stranger with a red dot gets a full read and is found; so is the one built differently.
    expect(report.integrations.find((i) => i.name === 'Custom app 225')?.status).toBe('needs-attention');
    expect(report.integrations.find((i) => i.name === 'Custom app 299')?.status).toBe('not-configured');
    expect(report.needsAttentionCount).toBe(2);
    expect(report.integrations.filter((i) => i.status === 'connected')).toHaveLength(297);
    await run.close();
  }, 60_000);

  test('computed styles: a bounded number per tile, not per node', async () => {
    const run = measure(400);
    const nodes = run.elements;
    expect(nodes).toBeGreaterThan(400 * 8);
    // At most one probe per templated tile plus full reads of the samples; far below one per node.
    expect(run.styleCalls).toBeLessThanOrEqual(400 * 2);
    expect(run.styleCalls).toBeLessThan(nodes / 5);
    await run.close();
  }, 60_000);

  test('work grows linearly with the page (counted in style reads, not timed: timings belong in npm run bench)', async () => {
    const small = measure(250);
    const large = measure(1_000);
    // Four times the tiles, about four times the computed-style reads: the per-tile cost does not grow.
    const perTileSmall = small.styleCalls / 250;
    const perTileLarge = large.styleCalls / 1_000;
    expect(perTileLarge).toBeLessThanOrEqual(perTileSmall * 1.1);
    expect(large.elements / small.elements).toBeGreaterThan(3.5);
    expect(large.report.integrations).toHaveLength(1_000);
    await small.close();
    await large.close();
  }, 120_000);
});

describe('quick reads of a long list agree with the page', () => {
  test('status carried by the tile class, a text, a hidden tile, varying chatter', async () => {
    const states = Array.from({ length: 80 }, (_, i) => (i % 11 === 3 ? 'red' : i % 7 === 5 ? 'idle' : i % 13 === 8 ? 'hidden' : 'ok'));
    const tiles = states.map((state, i) => {
      const tileClass = state === 'red' ? 'card card--error' : state === 'idle' ? 'card card--idle' : 'card';
      const foot = state === 'idle' ? 'Not set up' : `Added Jan ${(i % 28) + 1}`;
      return `<div class="${tileClass}"${state === 'hidden' ? ' hidden' : ''}><h3>Service ${i}</h3><span class="dot"></span><small>${foot}</small></div>`;
    });
    const css = '<style>.dot{display:inline-block;width:8px;height:8px;background-color:#43a047}.card--error .dot{background-color:#e53935}.card--idle .dot{background-color:#9e9e9e}</style>';
    const page = loadHtml(`${css}<div class="grid"><div class="card"><h3>PayPal</h3><span class="dot"></span><small>Added Jan 1</small></div>${tiles.join('')}</div>`);
    const report = detectIntegrations(page.document, DEFAULT_SITE_PROFILE);
    const byName = new Map(report.integrations.map((i) => [i.name, i.status]));
    states.forEach((state, i) => {
      const status = byName.get(`Service ${i}`);
      if (state === 'hidden') expect(status, `Service ${i}`).toBeUndefined();
      else expect(status, `Service ${i}`).toBe(state === 'red' ? 'needs-attention' : state === 'idle' ? 'not-configured' : 'connected');
    });
    expect(report.needsAttentionCount).toBe(states.filter((s) => s === 'red').length);
    await page.close();
  });

  test('known names in a long list go through the template too, and a red or banner-named one still gets its full read', async () => {
    const css = '<style>.dot{display:inline-block;width:8px;height:8px;background-color:#43a047}.card--error .dot{background-color:#e53935}</style>';
    const names = Array.from({ length: 60 }, (_, i) => (i === 30 ? 'PayPal' : i === 40 ? 'Mailchimp' : i === 50 ? 'Zapier' : `Service ${i}`));
    const tiles = names.map((name, i) => {
      const tileClass = name === 'PayPal' ? 'card card--error' : 'card';
      return `<div class="${tileClass}"><h3>${name}</h3><span class="dot"></span><small>Added Jan ${(i % 28) + 1}</small></div>`;
    });
    const banner = '<div role="alert">Your Zapier integration needs attention: reconnect it.</div>';
    const page = loadHtml(`${css}${banner}<div class="grid">${tiles.join('')}</div>`);
    const report = detectIntegrations(page.document, DEFAULT_SITE_PROFILE);
    const byName = new Map(report.integrations.map((i) => [i.name, i]));
    expect(report.integrations).toHaveLength(60);
    expect(byName.get('PayPal')?.status).toBe('needs-attention');
    expect(byName.get('Mailchimp')?.status).toBe('connected');
    expect(byName.get('Zapier')?.evidence.some((e) => e.kind === 'banner')).toBe(true);
    expect(byName.get('Service 31')?.status).toBe('connected');
    await page.close();
  });

  test('statuses only in tooltip data attributes: tiles of a long list that differ there are not read alike', async () => {
    const css = '<style>.dot{display:inline-block;width:8px;height:8px;background-color:#98a2b3}</style>';
    const tiles = Array.from({ length: 60 }, (_, i) => {
      const title = i % 9 === 4 ? 'Needs attention' : 'Connected';
      return `<div class="card"><h3>Service ${i}</h3><span class="dot" data-bs-original-title="${title}"></span><small>Added Jan ${(i % 28) + 1}</small></div>`;
    });
    const paypal = '<div class="card"><h3>PayPal</h3><span class="dot" data-bs-original-title="Connected"></span><small>Added Jan 1</small></div>';
    const page = loadHtml(`${css}<div class="grid">${paypal}${tiles.join('')}</div>`);
    const report = detectIntegrations(page.document, DEFAULT_SITE_PROFILE);
    expect(report.integrations).toHaveLength(61);
    for (let i = 0; i < 60; i++) {
      expect(report.integrations.find((t) => t.name === `Service ${i}`)?.status, `Service ${i}`).toBe(i % 9 === 4 ? 'needs-attention' : 'connected');
    }
    await page.close();
  });

  test('a banner naming the first templated tile does not colour the answers its neighbours share', async () => {
    const css = '<style>.dot{display:inline-block;width:8px;height:8px;background-color:#43a047}</style>';
    const names = Array.from({ length: 40 }, (_, i) => (i === 0 ? 'Zapier' : `Service ${i}`));
    const list = names.map((name, i) => `<div class="card"><h3>${name}</h3><span class="dot" title="Connected"></span><small>Added Jan ${(i % 28) + 1}</small></div>`);
    const read = (banner: string) => {
      const page = loadHtml(`${css}${banner}<div class="grid">${list.join('')}</div>`);
      const report = detectIntegrations(page.document, DEFAULT_SITE_PROFILE);
      const answers = report.integrations.filter((i) => i.name.startsWith('Service')).map((i) => [i.name, i.status, i.confidence, i.decidedBy]);
      return { report, answers, close: () => page.close() };
    };
    const withBanner = read('<div role="alert">Your Zapier integration needs attention: reconnect it.</div>');
    const without = read('');
    expect(withBanner.report.integrations.find((i) => i.name === 'Zapier')?.evidence.some((e) => e.kind === 'banner')).toBe(true);
    expect(withBanner.answers).toHaveLength(39);
    expect(withBanner.answers).toEqual(without.answers);
    await withBanner.close();
    await without.close();
  });
});

describe('shadow roots around and inside a long list', () => {
  const css = '<style>.dot{display:inline-block;width:8px;height:8px;background-color:#43a047}.dot.red{background-color:#e53935}</style>';
  const card = (name: string, i: number, status: string) => `<div class="card"><h3>${name}</h3>${status}<small>Added Jan ${(i % 28) + 1}</small></div>`;
  const dot = '<span class="dot" title="Connected"></span>';
  const shadowRed = '<x-status><template shadowrootmode="open"><span class="dot red" title="Needs attention"></span></template></x-status>';

  test('a status inside a shadow root of one tile is still read: the page scan skips the tiles, their reader does not', async () => {
    const names = Array.from({ length: 60 }, (_, i) => (i === 20 ? 'Stripe' : `Service ${i}`));
    const list = names.map((name, i) => card(name, i, i === 20 || i === 45 ? shadowRed : dot));
    const page = loadHtml(`${css}<div class="grid">${list.join('')}</div>`);
    const report = detectIntegrations(page.document, DEFAULT_SITE_PROFILE);
    const byName = new Map(report.integrations.map((i) => [i.name, i.status]));
    expect(report.integrations).toHaveLength(60);
    expect(byName.get('Stripe')).toBe('needs-attention');
    expect(byName.get('Service 45')).toBe('needs-attention');
    expect(byName.get('Service 44')).toBe('connected');
    expect(report.needsAttentionCount).toBe(2);
    // The element walk for shadow roots left the 60 tiles to their reader: fewer nodes than the page has elements.
    expect(report.nodeCount).toBeLessThan(page.document.querySelectorAll('*').length);
    await page.close();
  });

  test('a long list that lives in a shadow root is found whole', async () => {
    const names = Array.from({ length: 60 }, (_, i) => (i === 7 ? 'Stripe' : `Service ${i}`));
    const list = names.map((name, i) => card(name, i, i === 7 ? '<span class="dot red" title="Needs attention"></span>' : dot));
    const page = loadHtml(`${css}<h1>Integrations</h1><integration-list><template shadowrootmode="open">${css}<div class="grid">${list.join('')}</div></template></integration-list>`);
    const report = detectIntegrations(page.document, DEFAULT_SITE_PROFILE);
    expect(report.integrations).toHaveLength(60);
    expect(report.stripe?.ambiguous === false && report.stripe.tile.status).toBe('needs-attention');
    expect(report.integrations.filter((i) => i.status === 'connected')).toHaveLength(59);
    await page.close();
  });
});
