/**
 * What an agent can show the extension in teach mode: the things its readers look for, one per row, with the site
 * whose profile learns it and the guide's step target it stands for (so the overlay's "I can't find this" can open
 * the picker on the right one). Plain data: the picker, the background and the pages all read this table.
 */
import type { ProfileSite } from '../protocol-values';
import type { StepTarget } from '../guide/steps';
import type { KartraTeachField, StripeTeachField } from './profile-change';

export const TEACH_TARGETS = [
  'tile-status',
  'stripe-tile',
  'tile-menu-button',
  'edit-menu-item',
  'publishable-key',
  'connect-with-stripe',
  'stripe-account-list',
  'stripe-connect-button',
] as const;
export type TeachTarget = (typeof TEACH_TARGETS)[number];

interface TeachTargetRow {
  readonly site: ProfileSite;
  /** The guide step target whose "not found" this answers, when there is one. */
  readonly step?: StepTarget;
  /** The profile lists a change for this target may add to, the likeliest first. */
  readonly fields: readonly (KartraTeachField | StripeTeachField)[];
}

export const TEACH_TARGET_TABLE: { readonly [T in TeachTarget]: TeachTargetRow } = {
  'tile-status': { site: 'kartra', step: 'stripe-tile', fields: ['statusWords.needsAttention', 'statusWords.connected', 'statusWords.notConfigured'] },
  'stripe-tile': { site: 'kartra', fields: ['stripeAliases'] },
  'tile-menu-button': { site: 'kartra', step: 'tile-menu-button', fields: ['steps.menuButtonNames'] },
  'edit-menu-item': { site: 'kartra', step: 'edit-menu-item', fields: ['steps.editMenuItemNames'] },
  'publishable-key': { site: 'kartra', fields: ['steps.publishableKeyLabels', 'steps.publishableKeyInputHints', 'steps.gatewayModalTitles'] },
  'connect-with-stripe': { site: 'kartra', step: 'connect-with-stripe', fields: ['steps.connectWithStripeNames'] },
  'stripe-account-list': { site: 'stripe', step: 'stripe-account-picker', fields: ['hints.accountChooserLabels'] },
  'stripe-connect-button': { site: 'stripe', step: 'stripe-connect-button', fields: ['words.connectButton'] },
};

export function isTeachTarget(value: unknown): value is TeachTarget {
  return typeof value === 'string' && (TEACH_TARGETS as readonly string[]).includes(value);
}

/** The targets a site's picker offers, in the order the agent meets them. */
export function teachTargetsOf(site: ProfileSite): TeachTarget[] {
  return TEACH_TARGETS.filter((target) => TEACH_TARGET_TABLE[target].site === site);
}

/** The teach target for a guide step's target that could not be found, if the agent can teach it. */
export function teachTargetOfStep(step: StepTarget | undefined): TeachTarget | undefined {
  // Without a step, nothing: rows without a step (the Stripe tile, the key) must not match `undefined`.
  if (step === undefined) return undefined;
  return TEACH_TARGETS.find((target) => TEACH_TARGET_TABLE[target].step === step);
}

/** The step's teach target when it can be taught on a page of `site` (a Kartra step's target is no use on Stripe's page). */
export function teachTargetOfStepOn(step: StepTarget | undefined, site: ProfileSite | undefined): TeachTarget | undefined {
  const target = teachTargetOfStep(step);
  return target && TEACH_TARGET_TABLE[target].site === site ? target : undefined;
}
