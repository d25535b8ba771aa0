/**
 * What Kartra's Settings > Integrations lists. The first entries are the real-world integrations an agent meets; big
 * pages (scenario `tiles`) are padded with generated look-alikes so the DOM grows the way a busy account's would.
 */
import { ALREADY_INTEGRATED_ACCOUNT_ID } from './stripe-accounts.ts';

export type CategoryId = 'payment' | 'email' | 'automation' | 'webinar' | 'crm' | 'sms' | 'calendar';

/** Order = the filter drop-down's order. */
export const CATEGORIES: readonly { id: CategoryId; label: string; filterLabel: string }[] = Object.freeze([
  { id: 'payment', label: 'Payment gateway', filterLabel: 'Payment' },
  { id: 'email', label: 'Email marketing', filterLabel: 'Email' },
  { id: 'automation', label: 'Automation', filterLabel: 'Automation' },
  { id: 'webinar', label: 'Webinar', filterLabel: 'Webinar' },
  { id: 'crm', label: 'CRM', filterLabel: 'CRM' },
  { id: 'sms', label: 'SMS', filterLabel: 'SMS' },
  { id: 'calendar', label: 'Calendar', filterLabel: 'Calendar' },
]);

export interface CatalogIntegration {
  slug: string;
  name: string;
  category: CategoryId;
  /** Status when the scenario does not mark it red. */
  baseline: 'connected' | 'not-configured';
  /** Shown under the name, e.g. which Stripe account a second Stripe integration uses. */
  nickname?: string;
  /** For Stripe integrations: the account it is connected to (the main one follows the scenario's `original`). */
  stripeAccountId?: string;
  /** Logo colour and glyph; see logos.ts. */
  brand: { color: string; glyph: string };
  addedOn?: string;
}

export const MAIN_STRIPE_SLUG = 'stripe';

export const INTEGRATIONS_CATALOG: readonly CatalogIntegration[] = Object.freeze([
  { slug: MAIN_STRIPE_SLUG, name: 'Stripe', category: 'payment', baseline: 'connected', brand: { color: '#635bff', glyph: 'S' }, addedOn: '2019-03-14' },
  {
    slug: 'stripe-courses',
    name: 'Stripe',
    nickname: 'Courses checkout',
    category: 'payment',
    baseline: 'connected',
    stripeAccountId: ALREADY_INTEGRATED_ACCOUNT_ID,
    brand: { color: '#635bff', glyph: 'S' },
    addedOn: '2023-09-02',
  },
  { slug: 'paypal', name: 'PayPal', category: 'payment', baseline: 'not-configured', brand: { color: '#003087', glyph: 'P' } },
  { slug: 'authorize-net', name: 'Authorize.net', category: 'payment', baseline: 'not-configured', brand: { color: '#1c3f6e', glyph: 'A' } },
  { slug: 'braintree', name: 'Braintree', category: 'payment', baseline: 'not-configured', brand: { color: '#111111', glyph: 'B' } },
  { slug: 'mailchimp', name: 'Mailchimp', category: 'email', baseline: 'connected', brand: { color: '#ffe01b', glyph: 'M' }, addedOn: '2020-06-21' },
  { slug: 'activecampaign', name: 'ActiveCampaign', category: 'email', baseline: 'not-configured', brand: { color: '#356ae6', glyph: 'A' } },
  { slug: 'aweber', name: 'AWeber', category: 'email', baseline: 'not-configured', brand: { color: '#246be8', glyph: 'A' } },
  { slug: 'getresponse', name: 'GetResponse', category: 'email', baseline: 'connected', brand: { color: '#00baff', glyph: 'G' }, addedOn: '2021-11-05' },
  { slug: 'zapier', name: 'Zapier', category: 'automation', baseline: 'connected', brand: { color: '#ff4f00', glyph: 'Z' }, addedOn: '2022-01-17' },
  { slug: 'make', name: 'Make', category: 'automation', baseline: 'not-configured', brand: { color: '#6d00cc', glyph: 'M' } },
  { slug: 'zoom', name: 'Zoom', category: 'webinar', baseline: 'connected', brand: { color: '#0b5cff', glyph: 'Z' }, addedOn: '2022-04-30' },
  { slug: 'gotowebinar', name: 'GoToWebinar', category: 'webinar', baseline: 'not-configured', brand: { color: '#f68d2e', glyph: 'G' } },
  { slug: 'hubspot', name: 'HubSpot', category: 'crm', baseline: 'not-configured', brand: { color: '#ff7a59', glyph: 'H' } },
  { slug: 'twilio', name: 'Twilio', category: 'sms', baseline: 'not-configured', brand: { color: '#f22f46', glyph: 'T' } },
  { slug: 'google-calendar', name: 'Google Calendar', category: 'calendar', baseline: 'connected', brand: { color: '#1a73e8', glyph: 'G' }, addedOn: '2023-02-11' },
] satisfies CatalogIntegration[]);

export function findCatalogIntegration(slug: string): CatalogIntegration | undefined {
  return INTEGRATIONS_CATALOG.find((i) => i.slug === slug);
}

const FILLER_PREFIXES = ['Nimbus', 'Brightwave', 'Cobalt', 'Lumen', 'Harbor', 'Quill', 'Atlas', 'Juniper', 'Vertex', 'Orchid', 'Summit', 'Ember', 'Tidal', 'Maple', 'Pylon', 'Cirrus'];
const FILLER_SUFFIXES: readonly [string, CategoryId][] = [
  ['Pay', 'payment'],
  ['Mail', 'email'],
  ['Flow', 'automation'],
  ['Live', 'webinar'],
  ['CRM', 'crm'],
  ['Text', 'sms'],
  ['Book', 'calendar'],
];
const FILLER_COLORS = ['#0ea5e9', '#14b8a6', '#f59e0b', '#8b5cf6', '#ef4444', '#10b981', '#6366f1', '#ec4899'];

/**
 * Generated integration number `n` (0-based) for big pages: realistic names ("Cobalt Mail"), a mix of connected and
 * unconfigured, never red (only the scenario decides what is red). Deterministic in `n`.
 */
export function fillerIntegration(n: number): CatalogIntegration {
  const prefix = FILLER_PREFIXES[n % FILLER_PREFIXES.length] ?? 'Nimbus';
  const [suffix, category] = FILLER_SUFFIXES[Math.floor(n / FILLER_PREFIXES.length) % FILLER_SUFFIXES.length] ?? ['Mail', 'email'];
  const round = Math.floor(n / (FILLER_PREFIXES.length * FILLER_SUFFIXES.length));
  const name = `${prefix} ${suffix}${round > 0 ? ` ${round + 1}` : ''}`;
  return {
    slug: `extra-${n + 1}`,
    name,
    category,
    baseline: n % 3 === 0 ? 'connected' : 'not-configured',
    brand: { color: FILLER_COLORS[n % FILLER_COLORS.length] ?? '#0ea5e9', glyph: prefix.charAt(0) },
    addedOn: n % 3 === 0 ? `202${n % 5}-0${(n % 9) + 1}-1${n % 10}` : undefined,
  };
}
