/**
 * What each saved page must read as. Every fixture in test/fixtures/kartra/ has an entry (checked by a test), so a
 * new fixture cannot be added without saying what it proves.
 */
import type { IntegrationStatus, KartraOutcome } from '../../../lib/kartra/detect-integrations.ts';

export interface FixtureExpectation {
  /** What the page is and what it proves. */
  about: string;
  integrations: number;
  needsAttention: number;
  /** The Stripe tile's status, 'ambiguous' for several, 'none' for no Stripe tile. */
  stripe: IntegrationStatus | 'ambiguous' | 'none';
  /** Status by displayed name, for the tiles worth pinning down. */
  statuses?: Record<string, IntegrationStatus>;
  banner?: { mentionsStripe: boolean } | null;
  outcome?: KartraOutcome | null;
  /** Fixtures used by the step finders only. */
  stepsOnly?: true;
  /**
   * Read only in real browsers (test/e2e/fixtures-in-browsers.e2e.ts): the page paints its status with something
   * happy-dom does not compute (CSS generated content). The unit test checks it is found there, and says nothing more.
   */
  browserOnly?: true;
}

export const FIXTURE_EXPECTATIONS: Record<string, FixtureExpectation> = {
  'cards-grid.html': {
    about: 'div grid of cards; red bubble with title; a red "Disconnect" button on a healthy tile; footer mentions Stripe',
    integrations: 5,
    needsAttention: 1,
    stripe: 'needs-attention',
    statuses: { PayPal: 'connected', Mailchimp: 'not-configured', Zapier: 'connected', 'Kartra Payments Beta': 'connected' },
    banner: null,
  },
  'table-rows.html': {
    about: 'table rows with Bootstrap-like badges; header row in thead; an integration unknown to the profile',
    integrations: 5,
    needsAttention: 1,
    stripe: 'needs-attention',
    statuses: { PayPal: 'connected', 'Authorize.net': 'not-configured', AWeber: 'connected', Thinkific: 'connected' },
  },
  'list-items.html': {
    about: 'ul/li rows; font icons coloured by class; status words only in screen-reader text',
    integrations: 4,
    needsAttention: 1,
    stripe: 'needs-attention',
    statuses: { GetResponse: 'connected', ActiveCampaign: 'connected', Zoom: 'not-configured' },
  },
  'icon-only-status.html': {
    about: 'hashed class names, status only as an SVG circle fill (no text, no title)',
    integrations: 3,
    needsAttention: 1,
    stripe: 'needs-attention',
    statuses: { Braintree: 'connected', ConvertKit: 'connected' },
  },
  'text-only-status.html': {
    about: 'role=list/listitem; status only as plain text, no colour; descriptions with "Connect" and "No errors"',
    integrations: 4,
    needsAttention: 1,
    stripe: 'needs-attention',
    statuses: { PayPal: 'connected', Mailchimp: 'not-configured', Twilio: 'connected' },
  },
  'banner-and-tile.html': {
    about: 'role=alert banner naming Stripe plus a red dot on the Stripe tile',
    integrations: 3,
    needsAttention: 1,
    stripe: 'needs-attention',
    statuses: { PayPal: 'connected', Zapier: 'connected' },
    banner: { mentionsStripe: true },
  },
  'banner-only-evidence.html': {
    about: 'banner naming Stripe and PayPal; tiles show no status: decides Stripe (weakly), never PayPal alone',
    integrations: 3,
    needsAttention: 1,
    stripe: 'needs-attention',
    statuses: { PayPal: 'unknown', Zapier: 'unknown' },
    banner: { mentionsStripe: true },
  },
  'shadow-root.html': {
    about: 'tiles inside an open shadow root; status pills inside nested open shadow roots',
    integrations: 3,
    needsAttention: 1,
    stripe: 'needs-attention',
    statuses: { PayPal: 'connected', Drip: 'connected' },
  },
  'filtered-single-stripe.html': {
    about: 'search filtered to one card (no list to compare with); BEM title wrapper; footer link to stripe.com',
    integrations: 1,
    needsAttention: 1,
    stripe: 'needs-attention',
    banner: null,
  },
  'category-sections.html': {
    about: 'tiles grouped in category sections; Stripe alone in its section borrows the shape of the others',
    integrations: 4,
    needsAttention: 1,
    stripe: 'needs-attention',
    statuses: { Mailchimp: 'connected', AWeber: 'connected', GetResponse: 'not-configured' },
  },
  'utility-css-oklch.html': {
    about: 'utility CSS: border-gray-200 and text-gray-* everywhere, oklch colours, a red "Remove" button',
    integrations: 3,
    needsAttention: 1,
    stripe: 'needs-attention',
    statuses: { Square: 'connected', HubSpot: 'connected' },
  },
  'no-integrations.html': {
    about: 'Kartra dashboard: mentions Stripe in a tip, a red "Errors" stat; nothing to report',
    integrations: 0,
    needsAttention: 0,
    stripe: 'none',
    banner: null,
    outcome: null,
  },
  'non-kartra.html': {
    about: 'a blog comparing processors, with a table of names and "error … reconnect" prose: never needs attention',
    integrations: 3,
    needsAttention: 0,
    stripe: 'unknown',
    banner: null,
  },
  'gateway-modal.html': {
    about: 'open menu, an "Edit payment gateway" dialog with the key; a closed decoy dialog with another key',
    integrations: 2,
    needsAttention: 1,
    stripe: 'needs-attention',
    banner: null,
  },
  'modal-no-semantics.html': {
    about: 'gateway window built from plain divs: title text, key shown as text, a div acting as the button',
    integrations: 0,
    needsAttention: 0,
    stripe: 'none',
    stepsOnly: true,
  },
  'outcome-mismatch.html': {
    about: 'visible "Stripe account does not match" alert; the other messages in a hidden template block',
    integrations: 2,
    needsAttention: 1,
    stripe: 'needs-attention',
    outcome: 'account-mismatch',
  },
  'outcome-success.html': {
    about: 'success toast after reconnecting',
    integrations: 2,
    needsAttention: 0,
    stripe: 'connected',
    outcome: 'success',
  },
  'outcome-hidden-only.html': {
    about: 'all four error messages present but hidden (template, hidden, display:none, visibility:hidden)',
    integrations: 2,
    needsAttention: 0,
    stripe: 'connected',
    outcome: null,
  },
  'outcome-conflict.html': {
    about: 'two different outcome notices visible at once: reported as a warning, not guessed',
    integrations: 0,
    needsAttention: 0,
    stripe: 'none',
    outcome: null,
  },
  'hostile-markup-names.html': {
    about: 'tile names holding <img onerror>, <script> and javascript: text; a real img with onerror in a tile',
    integrations: 6,
    needsAttention: 0,
    stripe: 'connected',
  },
  'hostile-decoys.html': {
    about: 'red Stripe decoys in select/listbox/tooltip/nav/template/noscript/hidden/display:none/visibility:hidden; hidden "Needs attention" inside the healthy tile',
    integrations: 3,
    needsAttention: 0,
    stripe: 'connected',
    banner: null,
  },
  'hostile-conflict.html': {
    about: 'red dot next to the word "Connected" on the Stripe tile: unknown, not a guess',
    integrations: 3,
    needsAttention: 0,
    stripe: 'unknown',
  },
  'hostile-two-stripe.html': {
    about: 'two Stripe tiles (nicknames): ambiguous, names keep the nickname',
    integrations: 3,
    needsAttention: 1,
    stripe: 'ambiguous',
    statuses: { 'Stripe · Courses checkout': 'needs-attention', 'Stripe · EU store': 'connected' },
  },
  'hostile-duplicate-ids.html': {
    about: 'every tile shares ids; two inputs share the id a "Publishable key" label points at',
    integrations: 3,
    needsAttention: 1,
    stripe: 'connected',
    statuses: { Zapier: 'needs-attention' },
  },
  'status-generated-content.html': {
    about: 'status painted only by CSS generated content: a red or green ::before dot, "Not set up" as ::after text',
    integrations: 3,
    needsAttention: 1,
    stripe: 'needs-attention',
    statuses: { PayPal: 'connected', Mailchimp: 'not-configured' },
    browserOnly: true,
  },
  'status-icon-font.html': {
    about: 'icon-font glyphs (private use area): known codepoints with their colour, an unknown glyph by colour alone',
    integrations: 3,
    needsAttention: 1,
    stripe: 'needs-attention',
    statuses: { Braintree: 'connected', Zapier: 'connected' },
  },
  'status-svg-stroke.html': {
    about: 'outline SVG icons: no fill, the status is the stroke colour',
    integrations: 3,
    needsAttention: 1,
    stripe: 'needs-attention',
    statuses: { Square: 'connected', HubSpot: 'connected' },
  },
  'status-screen-reader-only.html': {
    about: 'same grey dot everywhere; the status only in visually hidden (clip, clip-path) screen-reader text',
    integrations: 3,
    needsAttention: 1,
    stripe: 'needs-attention',
    statuses: { PayPal: 'connected', Zoom: 'connected' },
  },
  'status-tooltip-attributes.html': {
    about: 'titles moved into data-original-title, data-bs-original-title, data-tippy-content, data-tooltip',
    integrations: 4,
    needsAttention: 1,
    stripe: 'needs-attention',
    statuses: { PayPal: 'connected', Zapier: 'connected', Slack: 'not-configured' },
  },
};
