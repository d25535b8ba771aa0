/**
 * Scenario `unfamiliar`: pages the extension does not know, for teach mode. Each variant changes ONE thing the way a
 * redesign of the real site plausibly would, so that the built-in profiles miss it and adding one phrase to one
 * profile list finds it again (test/e2e/unfamiliar-pages.e2e.ts proves both halves). The words live here, once: the
 * server hands them to the pages, and the tests read them from here.
 */

export const UNFAMILIAR_VARIANTS = ['status', 'edit', 'key', 'connect', 'stripe-connect', 'dots'] as const;
export type UnfamiliarVariant = (typeof UNFAMILIAR_VARIANTS)[number];

export const UNFAMILIAR_WORDING = {
  /**
   * The needs-attention bubble of red tiles: new words, amber instead of red (outside the profile's red band). The
   * standing banner above the list follows the redesign ("Payments paused: …", none of the profile's banner words),
   * else it alone would still flag the Stripe tile.
   */
  status: { label: 'Payments paused', colour: '#f59e0b', bannerLead: 'Payments paused:' },
  /** The menu item that opens the Edit window. */
  edit: { label: 'Modify' },
  /** The Publishable key field, under another label, in a "Connection details" block of the same window. */
  key: { label: 'Account key', section: 'Connection details' },
  /** Kartra's "Connect with Stripe" button. */
  connect: { label: 'Link your Stripe account' },
  /** The Connect button on Stripe's OAuth account picker. */
  'stripe-connect': { label: 'Grant access' },
  /** The three-dots button: another accessible name, and a sliders icon instead of dots. */
  dots: { label: 'Gateway tools' },
} as const satisfies Record<UnfamiliarVariant, { label: string; [more: string]: string }>;

/** The familiar words, as the pages show them without the scenario. */
export const FAMILIAR_WORDING = {
  status: 'Needs attention',
  edit: 'Edit',
  key: 'Publishable key',
  connect: 'Connect with Stripe',
  'stripe-connect': 'Connect',
  dots: 'More options',
} as const satisfies Record<UnfamiliarVariant, string>;

/** The label a page shows for one variant's element under the current scenario. */
export function labelFor(variant: UnfamiliarVariant, unfamiliar: readonly UnfamiliarVariant[]): string {
  return unfamiliar.includes(variant) ? UNFAMILIAR_WORDING[variant].label : FAMILIAR_WORDING[variant];
}
