/**
 * Small pages shaped like the sandbox's (sandbox/kartra/client/*.js, scenario `unfamiliar`, words from
 * sandbox/data/unfamiliar-wording.ts): the Integrations list with its tiles, the open three-dots menu, the Edit payment
 * gateway window, and Stripe's account picker. Class names are hashed like the sandbox's, so the readers get no help
 * from them. Each builder takes the variants that are unfamiliar; the rest shows the familiar words.
 */
import { Window } from 'happy-dom';
import { accountIdOf, ACME_PK_TEST } from '../../fixtures/stripe/keys';
import { FAMILIAR_WORDING, UNFAMILIAR_WORDING, type UnfamiliarVariant } from '../../../sandbox/data/unfamiliar-wording';

export interface Page {
  document: Document;
  close(): Promise<void>;
  /** The one element matching `selector`, or a thrown error naming it. */
  one(selector: string): Element;
}

export function loadPage(body: string, url: string): Page {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  const document = window.document as unknown as Document;
  document.body.innerHTML = body;
  return {
    document,
    close: () => window.happyDOM.close(),
    one(selector) {
      const found = document.querySelectorAll(selector);
      if (found.length !== 1) throw new Error(`${found.length} elements match ${selector}`);
      return found[0]!;
    },
  };
}

const label = (variant: UnfamiliarVariant, unfamiliar: readonly UnfamiliarVariant[]) => (unfamiliar.includes(variant) ? UNFAMILIAR_WORDING[variant].label : FAMILIAR_WORDING[variant]);
const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const DOTS = '<svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false"><circle cx="9" cy="3.5" r="1.6"></circle><circle cx="9" cy="9" r="1.6"></circle><circle cx="9" cy="14.5" r="1.6"></circle></svg>';
const SLIDERS = '<svg width="18" height="18" viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M3 6h8M15 6h2M3 14h2M9 14h8M13 4v4M7 12v4"></path></svg>';

export interface TileSpec {
  name: string;
  slug: string;
  category: string;
  status: 'attention' | 'connected' | 'not-configured';
  /** Overrides the bubble's words (e.g. another tile that also says «Payments paused»). */
  bubble?: string;
}

export const TILES: TileSpec[] = [
  { name: 'Stripe', slug: 'stripe', category: 'Payment gateway', status: 'attention' },
  { name: 'PayPal', slug: 'paypal', category: 'Payment gateway', status: 'connected' },
  { name: 'Mailchimp', slug: 'mailchimp', category: 'Email marketing', status: 'not-configured' },
];

function bubble(tile: TileSpec, unfamiliar: readonly UnfamiliarVariant[]): string {
  if (tile.status === 'connected') return `<span class="q7s2 q7ok" role="img" title="Connected" aria-label="Connected" style="background-color:#30a46c"></span>`;
  if (tile.status === 'not-configured') return `<span class="q7s2 q7idle" role="img" title="Not configured" aria-label="Not configured" style="background-color:#c1c8cd"></span>`;
  const words = tile.bubble ?? label('status', unfamiliar);
  const colour = unfamiliar.includes('status') ? UNFAMILIAR_WORDING.status.colour : '#e5484d';
  return `<span class="q7s2 q7att" role="img" title="${esc(words)}" aria-label="${esc(words)}" style="background-color:${colour}"></span>`;
}

function tileHtml(tile: TileSpec, unfamiliar: readonly UnfamiliarVariant[]): string {
  const menu = label('dots', unfamiliar);
  return `<div class="q7t1" id="tile-${tile.slug}">
  <div class="q7h1"><img class="q7l1" src="/logos/${tile.slug}.svg" alt="${esc(tile.name)} logo" width="40" height="40">
    <div class="q7n0"><div class="q7n1">${esc(tile.name)}</div><div class="q7c1">${esc(tile.category)}</div></div></div>
  ${bubble(tile, unfamiliar)}
  <div class="q7f1"><span class="q7m1"><span>${tile.status === 'not-configured' ? 'Not set up' : 'Added Jan 5, 2024'}</span></span>
    <button type="button" class="q7d1" aria-label="${esc(menu)}" aria-haspopup="menu" aria-expanded="false">${unfamiliar.includes('dots') ? SLIDERS : DOTS}</button></div>
</div>`;
}

/** Kartra's Integrations list; `menuOpen` adds the Stripe tile's open menu (appended to body, as the sandbox does). */
export function integrationsPage(unfamiliar: readonly UnfamiliarVariant[], options: { tiles?: TileSpec[]; menuOpen?: boolean; dialog?: boolean } = {}): Page {
  const tiles = (options.tiles ?? TILES).map((tile) => tileHtml(tile, unfamiliar)).join('\n');
  const menu = options.menuOpen
    ? `<div class="q7u1" role="menu" aria-label="Stripe options">
  <button type="button" role="menuitem" tabindex="-1" class="q7i1"><svg width="16" height="16" aria-hidden="true"><path d="M1 1"></path></svg><span>${esc(label('edit', unfamiliar))}</span></button>
  <button type="button" role="menuitem" tabindex="-1" class="q7i1 q7i2"><svg width="16" height="16" aria-hidden="true"><path d="M1 1"></path></svg><span>Disconnect</span></button>
</div>`
    : '';
  const page = `<div class="q7a1"><nav aria-label="Main"><a href="/integrations" aria-current="page">Integrations</a></nav>
<main class="q7p1"><h1>Integrations</h1>
<div class="q7g1" role="list">${tiles}</div></main></div>${menu}${options.dialog ? gatewayDialog(unfamiliar) : ''}`;
  return loadPage(page, 'https://app.kartra.com/integrations');
}

/** A publishable key as the sandbox's Stripe account shows it: the value the field holds, never a word to learn. */
export const SHOWN_KEY = ACME_PK_TEST;

function field(id: string, fieldLabel: string, value: string): string {
  return `<div class="q7x1"><label class="q7x2" for="${id}">${esc(fieldLabel)}</label><input id="${id}" class="q7x3" type="text" value="${esc(value)}" readonly spellcheck="false" autocomplete="off"></div>`;
}

/** The "Edit payment gateway" window, with the key field (moved into a titled block under `key`) and Connect with Stripe. */
export function gatewayDialog(unfamiliar: readonly UnfamiliarVariant[]): string {
  const keyField = field('f-key', label('key', unfamiliar), SHOWN_KEY);
  const body = unfamiliar.includes('key')
    ? `<section class="q7y1"><h3 class="q7y2">${esc(UNFAMILIAR_WORDING.key.section)}</h3>${keyField}</section>`
    : keyField;
  return `<div class="q7o1"><div class="q7w1" role="dialog" aria-modal="true" aria-labelledby="dlg-title">
  <div class="q7w2"><h2 class="q7w3" id="dlg-title">Edit payment gateway</h2><button type="button" class="q7w4" aria-label="Close"><svg aria-hidden="true"><path d="M5 5l10 10"></path></svg></button></div>
  <div class="q7w5"><div class="q7r1"><img class="q7l1" src="/logos/stripe.svg" alt="Stripe logo" width="40" height="40"><div><div class="q7r2">Stripe</div><div class="q7c1">Payment gateway</div></div></div>
  <p class="q7r3">This gateway uses an older Stripe connection. Reconnect it to keep taking payments.</p>
  ${body}
  <button type="button" class="q7b1 q7b2">${esc(label('connect', unfamiliar))}</button></div>
  <div class="q7w6"><button type="button" class="q7b1 q7b3">Close</button></div>
</div></div>`;
}

/** Stripe's OAuth account picker: two accounts as radio rows, the original one chosen, Connect and Cancel. */
export function stripePickerPage(unfamiliar: readonly UnfamiliarVariant[]): Page {
  const connect = label('stripe-connect', unfamiliar);
  const body = `<main class="s1"><h1>Connect your Stripe account to Kartra</h1>
<fieldset class="s2"><legend>Select an account</legend>
  <label class="s3"><input type="radio" name="account" value="${accountIdOf('acme')}" checked><span class="s4">Acme Courses</span><span class="s5">Live</span></label>
  <label class="s3"><input type="radio" name="account" value="${accountIdOf('beta')}"><span class="s4">Acme Test Shop</span><span class="s5">Test mode</span></label>
</fieldset>
<div class="s6"><button type="button" class="s7">${esc(connect)}</button><a class="s8" href="https://app.kartra.com/stripe/callback?error=access_denied">Cancel</a></div></main>`;
  return loadPage(body, 'https://connect.stripe.com/oauth/v2/authorize?client_id=ca_x&response_type=code');
}
