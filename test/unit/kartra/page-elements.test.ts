import { afterEach, describe, expect, test } from 'vitest';
import { detectIntegrations } from '../../../lib/kartra/detect-integrations.ts';
import * as pageElements from '../../../lib/kartra/page-elements.ts';
import { DEFAULT_SITE_PROFILE, type SiteProfile } from '../../../lib/kartra/site-profile.ts';
import { loadFixture, loadHtml, readFixture, type LoadedPage } from './load-fixture.ts';

// The readers take the active profile; these tests use the shipped one unless they pass their own.
type Scope = Parameters<typeof pageElements.findEditMenuItem>[0];
const findTileMenuButton = (tile: Element, profile: SiteProfile = DEFAULT_SITE_PROFILE) => pageElements.findTileMenuButton(tile, profile);
const findEditMenuItem = (scope: Scope, profile: SiteProfile = DEFAULT_SITE_PROFILE, near?: Element) => pageElements.findEditMenuItem(scope, profile, near);
const findGatewayModal = (scope: Scope, profile: SiteProfile = DEFAULT_SITE_PROFILE) => pageElements.findGatewayModal(scope, profile);
const findConnectWithStripeButton = (scope: Scope, profile: SiteProfile = DEFAULT_SITE_PROFILE) => pageElements.findConnectWithStripeButton(scope, profile);
const readOutcomeBanner = (scope: Scope, profile: SiteProfile = DEFAULT_SITE_PROFILE) => pageElements.readOutcomeBanner(scope, profile);
const readPublishableKey = (modal: Element, profile: SiteProfile = DEFAULT_SITE_PROFILE) => pageElements.readPublishableKey(modal, profile);
const readPublishableKeyCandidates = (modal: Element, profile: SiteProfile = DEFAULT_SITE_PROFILE) => pageElements.readPublishableKeyCandidates(modal, profile);

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

function stripeTileOf(fixture: string): Element {
  page = loadFixture(fixture);
  const report = detectIntegrations(page.document, DEFAULT_SITE_PROFILE);
  if (report.stripe?.ambiguous !== false) throw new Error(`no single Stripe tile in ${fixture}`);
  return report.stripe.tile.element;
}

describe('findTileMenuButton', () => {
  test.each([
    ['cards-grid.html', 'More options'],
    ['table-rows.html', 'Actions'],
    ['list-items.html', 'Options'],
    ['icon-only-status.html', 'Options'],
    ['filtered-single-stripe.html', 'More actions'],
    ['gateway-modal.html', 'More options'],
  ])('%s: the kebab named "%s"', (fixture, name) => {
    const button = findTileMenuButton(stripeTileOf(fixture));
    expect(button).toBeDefined();
    expect(button?.getAttribute('aria-label') ?? button?.getAttribute('title')).toBe(name);
  });

  test('never the red "Disconnect" button or a link that is not a menu', () => {
    page = loadFixture('cards-grid.html');
    const zapier = [...page.document.querySelectorAll('.card')][3] as Element;
    expect(findTileMenuButton(zapier)?.textContent).toBe('⋮');
  });

  test('an icon with dots and a click handler but no button semantics', () => {
    page = loadHtml('<div class="tile"><h3>Stripe</h3><span class="icon-wrap" onclick="x()"><i class="fa fa-ellipsis-v"></i></span></div>');
    expect(findTileMenuButton(page.document.querySelector('.tile') as Element)?.className).toBe('icon-wrap');
  });

  test('nothing menu-like: undefined', () => {
    page = loadHtml('<div class="tile"><h3>Stripe</h3><button>Connect</button></div>');
    expect(findTileMenuButton(page.document.querySelector('.tile') as Element)).toBeUndefined();
  });
});

describe('findEditMenuItem', () => {
  test('the visible Edit item of the open menu (the closed menu has one too)', () => {
    page = loadFixture('gateway-modal.html');
    const item = findEditMenuItem(page.document);
    expect(item?.closest('ul')?.id).toBe('menu-stripe');
    expect(item?.getAttribute('role')).toBe('menuitem');
  });

  test('two open menus: ambiguous without the clicked button, resolved with it', () => {
    page = loadHtml(readFixture('gateway-modal.html').replace('<ul class="menu" role="menu" id="menu-paypal" hidden>', '<ul class="menu" role="menu" id="menu-paypal">'));
    expect(findEditMenuItem(page.document)).toBeUndefined();
    const stripeButton = page.document.querySelector('#tile-stripe button') as Element;
    expect(findEditMenuItem(page.document, DEFAULT_SITE_PROFILE, stripeButton)?.closest('ul')?.id).toBe('menu-stripe');
    const paypalButton = page.document.querySelector('#tile-paypal button') as Element;
    expect(findEditMenuItem(page.document, DEFAULT_SITE_PROFILE, paypalButton)?.closest('ul')?.id).toBe('menu-paypal');
  });

  test('without aria-controls, the item closest to the clicked button wins', () => {
    page = loadHtml(
      '<div class="t" id="a"><button aria-label="More">⋮</button><div class="dropdown"><a href="#">Edit</a></div></div>' +
        '<div class="t" id="b"><button aria-label="More">⋮</button><div class="dropdown"><a href="#">Edit</a></div></div>',
    );
    const near = page.document.querySelector('#b button') as Element;
    expect(findEditMenuItem(page.document, DEFAULT_SITE_PROFILE, near)?.closest('.t')?.id).toBe('b');
  });
});

describe('the gateway window', () => {
  test('dialog with aria-labelledby: the open one, its key (raw, spaces trimmed) and its Connect button', () => {
    page = loadFixture('gateway-modal.html');
    const modal = findGatewayModal(page.document);
    expect(modal?.getAttribute('aria-modal')).toBe('true');
    expect(readPublishableKey(modal as Element)).toBe('pk_live_51AbCdEfGhIjKlMnOqRsTuVwXyZ0123456789');
    const button = findConnectWithStripeButton(page.document);
    expect(button?.className).toBe('stripe-connect');
  });

  test('plain divs: title text, key shown as text next to its label, a div acting as the button', () => {
    page = loadFixture('modal-no-semantics.html');
    const modal = findGatewayModal(page.document);
    expect(modal?.classList.contains('popup-box')).toBe(true);
    expect(readPublishableKey(modal as Element)).toBe('pk_test_51ZyXwVuTsRqPoNmLkJiHgFe');
    expect(findConnectWithStripeButton(page.document)?.className).toBe('btn-stripe');
  });

  test('duplicate ids behind the label: several candidates, no single key', () => {
    page = loadFixture('hostile-duplicate-ids.html');
    const modal = findGatewayModal(page.document) as Element;
    expect(readPublishableKey(modal)).toBeUndefined();
    expect(readPublishableKeyCandidates(modal)).toEqual(['pk_live_51AAAAAAAAAAAAAAAtail1', 'pk_live_51BBBBBBBBBBBBBBBtail2']);
  });

  test('label variants: nested input, aria-labelledby, dt/dd, table cells', () => {
    const variants = [
      '<label>Publishable key <input value="pk_live_A"></label>',
      '<span id="l">Publishable key</span><input aria-labelledby="l" value="pk_live_A">',
      '<dl><dt>Publishable key</dt><dd>pk_live_A</dd></dl>',
      '<table><tr><th>Publishable key</th><td><code>pk_live_A</code></td></tr></table>',
      '<div><strong>Publishable key:</strong> <span>pk_live_A</span></div>',
      '<input aria-label="Publishable key" value="pk_live_A">',
    ];
    for (const body of variants) {
      page = loadHtml(`<div role="dialog" aria-label="Edit payment gateway">${body}</div>`);
      const modal = findGatewayModal(page.document) as Element;
      expect(modal, body).toBeDefined();
      expect(readPublishableKey(modal), body).toBe('pk_live_A');
      void page.close();
    }
    page = undefined;
  });

  test('the key is data: zero-width characters kept, markup returned as text, huge values cut', () => {
    page = loadHtml('<div role="dialog" aria-label="Edit payment gateway"><label for="k">Publishable key</label><input id="k"></div>');
    const input = page.document.getElementById('k') as HTMLInputElement;
    const modal = findGatewayModal(page.document) as Element;
    input.value = 'pk_live_51\u200BAbC';
    expect(readPublishableKey(modal)).toBe('pk_live_51\u200BAbC');
    input.value = '<img src=x onerror=alert(1)>';
    expect(readPublishableKey(modal)).toBe('<img src=x onerror=alert(1)>');
    input.value = 'pk_live_'.padEnd(1_000_000, 'x');
    const started = performance.now();
    expect(readPublishableKey(modal)).toHaveLength(10_000);
    expect(performance.now() - started).toBeLessThan(200);
  });

  test('a window inside an open shadow root', () => {
    page = loadHtml(
      '<kartra-modal><template shadowrootmode="open"><div role="dialog" aria-labelledby="t"><h2 id="t">Edit payment gateway</h2>' +
        '<label for="k">Publishable key</label><input id="k" value="pk_test_X"><button>Connect with Stripe</button></div></template></kartra-modal>',
    );
    const modal = findGatewayModal(page.document);
    expect(modal?.getAttribute('role')).toBe('dialog');
    expect(readPublishableKey(modal as Element)).toBe('pk_test_X');
    expect(findConnectWithStripeButton(page.document)?.textContent).toBe('Connect with Stripe');
  });

  test('two visible gateway windows: undefined; a decoy Connect button outside the window is ignored', () => {
    const html = readFixture('gateway-modal.html');
    page = loadHtml(html.replace('class="modal modal--closed"', 'class="modal"'));
    expect(findGatewayModal(page.document)).toBeUndefined();
    void page.close();
    page = loadHtml(html.replace('<div class="tiles">', '<button type="button">Connect with Stripe</button><div class="tiles">'));
    expect(findConnectWithStripeButton(page.document)?.className).toBe('stripe-connect');
  });
});

describe('readOutcomeBanner', () => {
  test.each([
    ['outcome-mismatch.html', 'account-mismatch'],
    ['outcome-success.html', 'success'],
    ['outcome-hidden-only.html', undefined],
    ['outcome-conflict.html', undefined],
    ['cards-grid.html', undefined],
  ])('%s → %s', (fixture, outcome) => {
    page = loadFixture(fixture);
    expect(readOutcomeBanner(page.document)?.outcome).toBe(outcome);
  });

  test('each verbatim message, typographic quotes and all', () => {
    const cases: [string, string][] = [
      ['“Stripe account does not match”', 'account-mismatch'],
      ['Ineligible account.', 'ineligible-account'],
      ['Error: User denied request', 'user-denied'],
      ['ACCOUNT ALREADY INTEGRATED', 'already-integrated'],
    ];
    for (const [text, outcome] of cases) {
      page = loadHtml(`<div role="alert">${text}</div>`);
      const notice = readOutcomeBanner(page.document);
      expect(notice?.outcome, text).toBe(outcome);
      expect(notice?.text).toBe(text);
      void page.close();
    }
    page = undefined;
  });
});

describe('finders never throw', () => {
  test('on garbage arguments', () => {
    page = loadHtml('<div></div>');
    const bad = [null, undefined, 1, 'x', {}, page.document.createTextNode('t')] as unknown as Element[];
    for (const arg of bad) {
      expect(findTileMenuButton(arg)).toBeUndefined();
      expect(findEditMenuItem(arg)).toBeUndefined();
      expect(findGatewayModal(arg)).toBeUndefined();
      expect(readPublishableKey(arg)).toBeUndefined();
      expect(readPublishableKeyCandidates(arg)).toEqual([]);
      expect(findConnectWithStripeButton(arg)).toBeUndefined();
      expect(readOutcomeBanner(arg)).toBeUndefined();
    }
  });
});
