/**
 * Hostile and broken pages (docs/quality.md): the result is correct or 'unknown'/ambiguous, never wrong, and the
 * readers never throw or run page content.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { detectIntegrations, type IntegrationsReport } from '../../../lib/kartra/detect-integrations.ts';
import { toSerializable } from '../../../lib/kartra/serialize-report.ts';
import { DEFAULT_SITE_PROFILE } from '../../../lib/kartra/site-profile.ts';
import { loadFixture, loadHtml, readFixture, type LoadedPage } from './load-fixture.ts';

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

function stripeOf(report: IntegrationsReport) {
  return report.stripe?.ambiguous === false ? report.stripe.tile : undefined;
}

/** What DOM clobbering does: an own property on the instance that shadows the prototype's member. */
function clobber(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, configurable: true, enumerable: true, writable: true });
}

describe('markup in names is data', () => {
  test('names keep their angle brackets as text and nothing runs', () => {
    page = loadFixture('hostile-markup-names.html');
    const report = detectIntegrations(page.document, DEFAULT_SITE_PROFILE);
    const names = report.integrations.map((i) => i.name);
    expect(names).toContain('<img src=x onerror="globalThis.__pwned=1">');
    expect(names).toContain('<script>globalThis.__pwned=1</script>');
    expect(names).toContain('javascript:globalThis.__pwned=1');
    expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined();
    expect((page.window as unknown as Record<string, unknown>).__pwned).toBeUndefined();
    // The page gained no elements from being read.
    expect(page.document.querySelectorAll('script').length).toBe(0);
    expect(page.document.querySelectorAll('img').length).toBe(1);
  });

  test('the serialised report holds plain strings only', () => {
    page = loadFixture('hostile-markup-names.html');
    const serial = toSerializable(detectIntegrations(page.document, DEFAULT_SITE_PROFILE));
    expect(JSON.parse(JSON.stringify(serial))).toEqual(serial);
    expect(JSON.stringify(serial)).not.toMatch(/"element"/);
  });
});

// happy-dom implements neither form nor document named access, so clobbering is simulated the way it behaves: an
// own property on the instance shadowing the prototype member. Not simulated: element `getAttribute` and document
// `querySelectorAll`, which happy-dom's own (JavaScript) implementation calls internally; a browser's native code
// does not read them off the instance, and the readers take both from the prototypes like every other member.
const CLOBBERED_ELEMENT_MEMBERS = [
  'parentNode', 'shadowRoot', 'nodeType', 'localName', 'firstElementChild', 'nextElementSibling', 'childElementCount',
  'textContent', 'getAttributeNames', 'matches', 'checkVisibility', 'ownerDocument', 'querySelectorAll',
];
const CLOBBERED_DOCUMENT_MEMBERS = ['createTreeWalker', 'defaultView', 'documentElement', 'getElementById', 'body'];

describe('DOM clobbering', () => {
  test('clobbered element and document members do not change the result', () => {
    page = loadFixture('cards-grid.html');
    const { document } = page;
    const cards = [...document.querySelectorAll('.card')];
    const decoy = document.createElement('input');
    for (const card of cards) for (const key of CLOBBERED_ELEMENT_MEMBERS) clobber(card, key, decoy);
    for (const key of CLOBBERED_DOCUMENT_MEMBERS) clobber(document, key, decoy);
    try {
      const report = detectIntegrations(document, DEFAULT_SITE_PROFILE);
      expect(report.warnings).toEqual([]);
      expect(stripeOf(report)?.status).toBe('needs-attention');
      expect(report.integrations).toHaveLength(5);
    } finally {
      for (const card of cards) for (const key of CLOBBERED_ELEMENT_MEMBERS) delete (card as unknown as Record<string, unknown>)[key];
      for (const key of CLOBBERED_DOCUMENT_MEMBERS) delete (document as unknown as Record<string, unknown>)[key];
    }
  });

  test('a parentNode loop from clobbering cannot hang the climb', () => {
    page = loadFixture('cards-grid.html');
    const card = page.document.querySelector('.card') as Element;
    const h3 = card.querySelector('h3') as Element;
    clobber(h3, 'parentNode', h3); // would loop forever if read off the instance
    const report = detectIntegrations(page.document, DEFAULT_SITE_PROFILE);
    expect(stripeOf(report)?.status).toBe('needs-attention');
  });

  test('duplicate ids everywhere do not confuse tiles', () => {
    page = loadFixture('hostile-duplicate-ids.html');
    const report = detectIntegrations(page.document, DEFAULT_SITE_PROFILE);
    expect(report.integrations.map((i) => i.status)).toEqual(['connected', 'connected', 'needs-attention']);
  });
});

describe('overridden built-ins', () => {
  const saved: [object, string, PropertyDescriptor | undefined][] = [];
  afterEach(() => {
    for (const [target, key, descriptor] of saved.reverse()) {
      if (descriptor) Object.defineProperty(target, key, descriptor);
      else delete (target as Record<string, unknown>)[key];
    }
    saved.length = 0;
  });
  const override = (target: object, key: string, value: unknown): void => {
    saved.push([target, key, Object.getOwnPropertyDescriptor(target, key)]);
    Object.defineProperty(target, key, { value, configurable: true, writable: true, enumerable: true });
  };

  test('Object.prototype pollution does not change the result', () => {
    page = loadFixture('cards-grid.html');
    const before = toSerializable(detectIntegrations(page.document, DEFAULT_SITE_PROFILE));
    for (const key of ['status', 'isStripe', 'needs-attention', 'ambiguous', 'connected', 'weight', 'kind', 'points', 'label', 'hinted'])
      override(Object.prototype, key, key === 'weight' ? 99 : 'connected');
    const after = toSerializable(detectIntegrations(page.document, DEFAULT_SITE_PROFILE));
    expect({ ...after, durationMs: 0 }).toEqual({ ...before, durationMs: 0 });
  });

  test('JSON.parse, history.pushState and attachShadow replaced: the readers never call them', () => {
    // text-only-status needs no computed colour (happy-dom's getComputedStyle itself uses JSON.parse).
    page = loadFixture('text-only-status.html');
    const before = toSerializable(detectIntegrations(page.document, DEFAULT_SITE_PROFILE));
    const trap = (): never => {
      throw new Error('page override called');
    };
    override(JSON, 'parse', trap);
    override(JSON, 'stringify', trap);
    override(page.window.history, 'pushState', trap);
    override(page.window.Element.prototype, 'attachShadow', trap);
    const after = toSerializable(detectIntegrations(page.document, DEFAULT_SITE_PROFILE));
    expect({ ...after, durationMs: 0 }).toEqual({ ...before, durationMs: 0 });
  });

  test('a throwing getComputedStyle leaves colour out but never breaks detection', () => {
    page = loadFixture('icon-only-status.html');
    override(page.window, 'getComputedStyle', () => {
      throw new Error('nope');
    });
    const report = detectIntegrations(page.document, DEFAULT_SITE_PROFILE);
    expect(report.warnings).toEqual([]);
    // Only colour said anything on this page: without it every tile is unknown, none is wrong.
    expect(report.integrations.map((i) => i.status)).toEqual(['unknown', 'unknown', 'unknown']);
  });
});

/** The logo and heading of a cards-grid.html tile, as written there, to put other markup in their place. */
const tileHead = (name: string) => `<img src="/logos/${name.toLowerCase()}.svg" alt="${name} logo" width="40" height="40">\n      <h3>${name}</h3>`;

describe('huge and odd content', () => {
  test('a 1 MB text node inside the Stripe tile and in a banner', () => {
    const huge = 'needs attention Stripe '.repeat(48_000); // ~1.1 MB
    page = loadHtml(readFixture('cards-grid.html'));
    const { document } = page;
    const card = document.querySelector('.card') as Element;
    card.appendChild(document.createTextNode(huge));
    const banner = document.createElement('div');
    banner.setAttribute('role', 'alert');
    banner.textContent = huge;
    document.body.prepend(banner);
    const started = performance.now();
    const report = detectIntegrations(document, DEFAULT_SITE_PROFILE);
    // A hang guard, not a speed check (speed is measured by npm run bench).
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(stripeOf(report)?.status).toBe('needs-attention');
    expect(report.banner).toBeUndefined(); // a 1 MB "banner" is not a banner
    expect(report.integrations.find((i) => i.name === 'PayPal')?.status).toBe('connected');
    for (const i of toSerializable(report).integrations) expect(i.name.length).toBeLessThanOrEqual(80);
  });

  test('a 1 MB class attribute and a 1 MB title', () => {
    page = loadHtml(readFixture('cards-grid.html'));
    const dot = page.document.querySelector('.bubble--ok') as Element;
    dot.setAttribute('class', `${'x '.repeat(500_000)}bubble bubble--ok`);
    dot.setAttribute('title', 'Connected '.repeat(100_000));
    const report = detectIntegrations(page.document, DEFAULT_SITE_PROFILE);
    expect(stripeOf(report)?.status).toBe('needs-attention');
    expect(report.integrations.find((i) => i.name === 'PayPal')?.status).not.toBe('needs-attention');
  });

  test('a tile is named as its heading says, even when the heading holds a known name or is far too long', () => {
    const html = readFixture('cards-grid.html')
      .replace(tileHead('Mailchimp'), '<h3>Stripe Connect Pro</h3><small>Added Mar 14, 2019</small>')
      .replace(tileHead('Zapier'), `<h3>${'Z'.repeat(1_000_000)}</h3><small>Added Jun 21, 2020</small>`);
    expect(html).toContain('Stripe Connect Pro');
    expect(html).toContain('ZZZZ');
    page = loadHtml(html);
    const report = detectIntegrations(page.document, DEFAULT_SITE_PROFILE);
    const names = report.integrations.map((i) => i.name);
    expect(names, JSON.stringify(names)).toContain('Stripe Connect Pro');
    expect(names.some((name) => name.startsWith('ZZZ') && name.length <= 80), JSON.stringify(names)).toBe(true);
    expect(names.filter((name) => name.startsWith('Added'))).toEqual([]);
    expect(report.integrations.find((i) => i.name === 'Stripe Connect Pro')?.isStripe).not.toBe(true);
    expect(stripeOf(report)?.name).toBe('Stripe');
  });

  test('a name in plain text that holds a status word ("Stripe Connect Pro", "Acme Connect") still names its tile', () => {
    const html = readFixture('cards-grid.html')
      .replace(tileHead('Mailchimp'), '<div>Stripe Connect Pro</div><small>Added Mar 14, 2019</small>')
      .replace(tileHead('Zapier'), '<div>Acme Connect</div><small>Added Jun 21, 2020</small>');
    expect(html).toContain('<div>Stripe Connect Pro</div>');
    expect(html).toContain('<div>Acme Connect</div>');
    page = loadHtml(html);
    const report = detectIntegrations(page.document, DEFAULT_SITE_PROFILE);
    const names = report.integrations.map((i) => i.name);
    expect(names, JSON.stringify(names)).toEqual(expect.arrayContaining(['Stripe Connect Pro', 'Acme Connect']));
    expect(names.filter((name) => name.startsWith('Added'))).toEqual([]);
    expect(report.integrations.find((i) => i.name === 'Stripe Connect Pro')?.isStripe).toBe(false);
    expect(stripeOf(report)?.name).toBe('Stripe');
  });

  test('zero-width and look-alike characters in a name do not make a Stripe tile', () => {
    page = loadHtml(
      readFixture('cards-grid.html')
        .replace('<h3>Stripe</h3>', '<h3>Str\u200Bipe</h3>')
        .replace('alt="Stripe logo"', 'alt="\u0405tripe logo"'), // Cyrillic DZE
    );
    const report = detectIntegrations(page.document, DEFAULT_SITE_PROFILE);
    expect(report.stripe).toBeUndefined();
    expect(report.integrations.every((i) => !i.isStripe)).toBe(true);
  });

  test('empty, detached and text-free roots', () => {
    page = loadHtml('');
    expect(detectIntegrations(page.document, DEFAULT_SITE_PROFILE).integrations).toEqual([]);
    // Not in the document means not rendered: nothing on screen, nothing to report.
    const detached = page.document.createElement('div');
    detached.innerHTML = '<div class="c"><h3>Stripe</h3><span title="Needs attention"></span></div><div class="c"><h3>PayPal</h3><span title="Connected"></span></div>';
    const report = detectIntegrations(detached, DEFAULT_SITE_PROFILE);
    expect(report.warnings).toEqual([]);
    expect(report.integrations).toEqual([]);
    page.document.body.append(detached);
    expect(detectIntegrations(detached, DEFAULT_SITE_PROFILE).integrations.map((i) => i.name)).toEqual(['Stripe', 'PayPal']);
  });

  test('garbage arguments produce an empty report with a warning, not an exception', () => {
    for (const bad of [null, undefined, 42, 'string', {}, { nodeType: 1 }, [], Object.create(null)]) {
      const report = detectIntegrations(bad as unknown as Document, DEFAULT_SITE_PROFILE);
      expect(report.integrations).toEqual([]);
    }
    page = loadFixture('cards-grid.html');
    const report = detectIntegrations(page.document, null as unknown as typeof DEFAULT_SITE_PROFILE);
    expect(report.integrations).toEqual([]);
    expect(report.warnings[0]).toMatchObject({ code: 'failed', error: expect.any(String) });
  });

  test('a page deeper than any climb limit', () => {
    let html = '';
    for (let i = 0; i < 600; i++) html += '<div>';
    html += '<ul><li>Stripe <span title="Needs attention" style="background:#e53935"></span></li><li>PayPal <span title="Connected" style="background:#43a047"></span></li></ul>';
    for (let i = 0; i < 600; i++) html += '</div>';
    page = loadHtml(html);
    const report = detectIntegrations(page.document, DEFAULT_SITE_PROFILE);
    expect(stripeOf(report)?.status).toBe('needs-attention');
  });

  test('the node budget stops the walk and says so', () => {
    page = loadFixture('cards-grid.html');
    const tiny = { ...DEFAULT_SITE_PROFILE, limits: { ...DEFAULT_SITE_PROFILE.limits, maxNodes: 20 } };
    const report = detectIntegrations(page.document, tiny);
    expect(report.nodeCount).toBe(20);
    expect(report.warnings).toContainEqual({ code: 'page-truncated', maxNodes: 20 });
  });
});
