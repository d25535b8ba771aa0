/**
 * The site profile this release ships with. Each list says what it is for; entries that come from a source say so.
 * Kartra's Integrations DOM is not public (docs/quality.md), so selector hints are generic shapes, never Kartra class names.
 */
import type { SiteProfile } from './site-profile.ts';
import { defaultOutcomePhrases } from './outcomes.ts';

const profile: SiteProfile = {
  version: 1,
  revision: '2025-11 initial',
  route: {
    // `/integrations`, `/integrations/…`, `/settings/integrations` — a whole path segment, so `/integrations-guide` and
    // `/my-integrations` are not the page. Known Kartra path: `/integrations/api/key` (docs/quality.md).
    pathPatterns: ['(^|/)integrations(/|$)'],
    // Hash-routed variants: `#/integrations`, `#!/settings/integrations`. A plain `#integrations` anchor is not a route.
    hashPatterns: ['^#!?/(.*/)?integrations(/|\\?|$)'],
    // Query-routed variant, in case the app routes by parameter: `?page=integrations`.
    queryParams: [{ name: 'page', valuePattern: '^integrations$' }],
  },
  integrations: [
    { name: 'Stripe', aliases: ['Stripe', 'Stripe Connect', 'Stripe Payments'], isStripe: true },
    { name: 'PayPal', aliases: ['PayPal', 'PayPal Checkout', 'PayPal Express', 'PayPal Express Checkout', 'PayPal Standard'] },
    { name: 'Authorize.net', aliases: ['Authorize.net', 'Authorize net', 'AuthorizeNet', 'Authorize.Net AIM'] },
    { name: 'Braintree', aliases: ['Braintree'] },
    { name: 'Square', aliases: ['Square'] },
    { name: '2Checkout', aliases: ['2Checkout', 'Verifone'] },
    { name: 'Mailchimp', aliases: ['Mailchimp', 'Mail Chimp'] },
    { name: 'Zapier', aliases: ['Zapier'] },
    { name: 'ActiveCampaign', aliases: ['ActiveCampaign', 'Active Campaign'] },
    { name: 'AWeber', aliases: ['AWeber'] },
    { name: 'GetResponse', aliases: ['GetResponse', 'Get Response'] },
    { name: 'ConvertKit', aliases: ['ConvertKit', 'Convert Kit', 'Kit (ConvertKit)'] },
    { name: 'Constant Contact', aliases: ['Constant Contact'] },
    { name: 'iContact', aliases: ['iContact'] },
    { name: 'Drip', aliases: ['Drip'] },
    { name: 'Keap', aliases: ['Keap', 'Infusionsoft', 'Infusionsoft by Keap'] },
    { name: 'Ontraport', aliases: ['Ontraport'] },
    { name: 'HubSpot', aliases: ['HubSpot'] },
    { name: 'Salesforce', aliases: ['Salesforce'] },
    { name: 'SendGrid', aliases: ['SendGrid'] },
    { name: 'Mailgun', aliases: ['Mailgun'] },
    { name: 'Amazon SES', aliases: ['Amazon SES', 'AWS SES'] },
    { name: 'Postmark', aliases: ['Postmark'] },
    { name: 'SparkPost', aliases: ['SparkPost'] },
    { name: 'Twilio', aliases: ['Twilio'] },
    { name: 'Plivo', aliases: ['Plivo'] },
    { name: 'Zoom', aliases: ['Zoom'] },
    { name: 'GoToWebinar', aliases: ['GoToWebinar', 'GoTo Webinar'] },
    { name: 'WebinarJam', aliases: ['WebinarJam'] },
    { name: 'EverWebinar', aliases: ['EverWebinar'] },
    { name: 'Google Analytics', aliases: ['Google Analytics'] },
    { name: 'Google Calendar', aliases: ['Google Calendar'] },
    { name: 'Facebook', aliases: ['Facebook', 'Facebook Pixel', 'Meta Pixel'] },
    { name: 'Vimeo', aliases: ['Vimeo'] },
    { name: 'YouTube', aliases: ['YouTube'] },
    { name: 'Wistia', aliases: ['Wistia'] },
    { name: 'Amazon S3', aliases: ['Amazon S3', 'AWS S3'] },
    { name: 'ShipStation', aliases: ['ShipStation'] },
    { name: 'Shopify', aliases: ['Shopify'] },
    { name: 'WordPress', aliases: ['WordPress'] },
    { name: 'Slack', aliases: ['Slack'] },
  ],
  nameSuffixes: ['logo', 'icon', 'integration', 'payments', 'payment gateway', 'gateway', 'settings'],
  categories: [
    'Payment', 'Payments', 'Payment gateway', 'Payment gateways', 'Payment processor', 'Email', 'Email marketing',
    'Email service', 'Autoresponder', 'Autoresponders', 'Webinar', 'Webinars', 'SMS', 'CRM', 'Automation', 'Analytics',
    'Video', 'Calendar', 'Shipping', 'Fulfillment', 'Membership', 'Other',
  ],
  statusWords: {
    needsAttention: [
      'needs attention', 'need attention', 'requires attention', 'attention required', 'action required',
      'action needed', 'disconnected', 'reconnect', 're-connect', 'reconnect required', 'reauthorize', 're-authorize',
      'reauthorise', 're-authorise', 'error', 'failed', 'failure', 'expired', 'invalid', 'revoked', 'broken',
    ],
    connected: ['connected', 'active', 'enabled', 'integrated', 'configured', 'working', 'linked'],
    notConfigured: [
      'not configured', 'not connected', 'not set up', 'not integrated', 'not active', 'not enabled', 'set up', 'setup',
      'connect', 'inactive', 'disabled', 'unconfigured',
    ],
  },
  negationWords: ['no', 'not', 'non', 'without', 'zero'],
  statusSymbols: {
    // Icon fonts paint glyphs from the private use area: Font Awesome's codepoints (stable since version 4) for
    // exclamation-triangle, exclamation-circle, exclamation, times-circle; check, check-circle.
    needsAttention: ['⚠', '⚠️', '❗', '❌', '✖', '✕', '🔴', '⛔', '\uf071', '\uf06a', '\uf12a', '\uf057'],
    connected: ['✅', '✔', '✔️', '✓', '🟢', '\uf00c', '\uf058'],
    notConfigured: ['⚪', '○', '◯'],
  },
  classTokens: {
    needsAttention: [
      'red', 'danger', 'error', 'has-error', 'alert', 'warning', 'warn', 'disconnected', 'failed', 'failure', 'invalid',
      'expired', 'attention', 'needs-attention', 'critical', 'revoked',
    ],
    connected: ['green', 'success', 'ok', 'connected', 'active', 'enabled', 'valid', 'healthy', 'online'],
    notConfigured: [
      'grey', 'gray', 'disabled', 'inactive', 'not-connected', 'unconfigured', 'not-configured', 'offline', 'muted',
      'neutral',
    ],
  },
  // Utility-CSS cards carry `border-gray-200` everywhere; a colour word only counts on a small status element.
  colourWordTokens: ['red', 'green', 'grey', 'gray', 'muted', 'neutral'],
  iconTokens: {
    needsAttention: ['exclamation', 'warning', 'alert', 'error', 'times', 'xmark', 'x-circle', 'close-circle', 'ban', 'report'],
    connected: ['check', 'checkmark', 'check-circle', 'tick', 'done', 'verified'],
    notConfigured: ['plus', 'add', 'circle-o', 'minus-circle', 'radio-unchecked'],
  },
  colours: {
    // Reds from crimson to vermilion: #e53935 (hue 1°), #dc3545 (354°), Tailwind red-500 oklch(… 25°) ≈ 0°.
    red: { hueFrom: 340, hueTo: 15, minSaturation: 0.35, minLightness: 0.2, maxLightness: 0.8 },
    // Greens from lime-ish to teal-ish: #28a745 (134°), #4caf50 (122°), #20c997 (162°).
    green: { hueFrom: 75, hueTo: 165, minSaturation: 0.25, minLightness: 0.18, maxLightness: 0.8 },
    // Badge greys: #9e9e9e, #6c757d, #ccc. Near-black text and white backgrounds are not "grey".
    grey: { maxSaturation: 0.15, minLightness: 0.3, maxLightness: 0.88 },
    minAlpha: 0.15,
  },
  tileSelectorHints: [
    '[class*="integration" i]:not([class*="integrations" i])',
    '[data-integration]',
    '[role="listitem"]',
    '[role="row"]',
    'li',
    'tr',
    'article',
    '[class*="card" i]',
    '[class*="tile" i]',
    '[class*="item" i]',
  ],
  // Where tooltip libraries keep a title they took over: Bootstrap 3/4 and 5, tippy.js, and common home-grown names.
  tooltipAttributes: [
    'data-tooltip', 'data-original-title', 'data-bs-original-title', 'data-bs-title', 'data-title', 'data-tippy-content',
    'data-tip', 'data-hint', 'data-balloon', 'data-microtip',
  ],
  statusElementHints: [
    '[role="status"]',
    '[role="img"]',
    '[class*="status" i]',
    '[class*="state" i]',
    '[class*="badge" i]',
    '[class*="indicator" i]',
    '[class*="dot" i]',
    '[class*="pill" i]',
    '[class*="bubble" i]',
    '[class*="label" i]',
    '[class*="icon" i]',
    'svg',
    'i',
  ],
  bannerSelectorHints: [
    '[role="alert"]',
    '[role="status"]',
    '[aria-live]',
    '[class*="alert" i]',
    '[class*="banner" i]',
    '[class*="notice" i]',
    '[class*="notification" i]',
    '[class*="toast" i]',
    '[class*="callout" i]',
  ],
  bannerWords: [
    'needs attention', 'need attention', 'requires attention', 'action required', 'action needed', 'reconnect',
    're-connect', 'reauthorize', 're-authorize', 'reauthorise', 're-authorise', 'update your stripe', 'disconnected',
    'expired', 'older setup', 'older connection',
  ],
  steps: {
    menuButtonNames: [
      'more', 'more options', 'more actions', 'options', 'actions', 'menu', 'open menu', 'settings', 'manage', 'kebab',
      'three dots', 'ellipsis', '⋮', '⋯', '…', '...', '︙', '•••', '···',
    ],
    menuIconTokens: ['ellipsis', 'ellipsis-v', 'ellipsis-h', 'dots', 'dots-vertical', 'dots-horizontal', 'kebab', 'more', 'more-vert', 'more-horiz', 'three-dots'],
    editMenuItemNames: ['edit', 'edit integration', 'edit gateway', 'edit settings', 'edit payment gateway'],
    gatewayModalTitles: ['Edit payment gateway'],
    modalSelectorHints: [
      '[role="dialog"]',
      '[role="alertdialog"]',
      'dialog',
      '[aria-modal="true"]',
      '[class*="modal" i]',
      '[class*="dialog" i]',
      '[class*="popup" i]',
      '[class*="lightbox" i]',
    ],
    publishableKeyLabels: ['Publishable key', 'Stripe publishable key', 'Publishable API key'],
    publishableKeyInputHints: ['input[name*="publishable" i]', 'input[id*="publishable" i]', 'textarea[name*="publishable" i]'],
    connectWithStripeNames: ['Connect with Stripe'],
  },
  // From lib/kartra/outcomes.ts: Kartra's words for each outcome live in that one table.
  outcomes: defaultOutcomePhrases(),

  weights: {
    colourFill: 1,
    colourText: 0.6,
    colourBorder: 0.5,
    greyFactor: 0.5,
    classOnStatusElement: 0.8,
    classOnTile: 0.6,
    text: 1,
    actionText: 0.5,
    aria: 1,
    icon: 0.8,
    banner: 0.6,
    perKindCap: 1.6,
  },
  decision: { minScore: 0.5, dominanceRatio: 2, fullConfidenceScore: 1.6 },
  limits: {
    maxNodes: 400_000,
    maxTiles: 10_000,
    maxNodesPerTile: 400,
    maxColourProbesPerTile: 8,
    maxNameTextLength: 80,
    maxMessageTextLength: 300,
  },
};

/** The shipped profile, deep-frozen so no reader can change it for the others. */
export const DEFAULT_SITE_PROFILE: SiteProfile = deepFreeze(profile);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
