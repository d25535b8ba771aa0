/**
 * A taught change: one value added to one list of a site profile, because the agent showed the extension what it
 * missed. The smallest edit that can make a reader find something: every list a reader matches against is named
 * here, and applying a change only ever appends (so undoing one is dropping it and applying the rest again).
 * Pure and free of zod: the picker (a content script) applies a candidate to test it on the page, the background
 * applies the stored ones to the profile in force (lib/background/taught-changes.ts), and the export writes them out.
 */
import type { SiteProfile } from '../kartra/site-profile';
import type { StripeProfile, StripeWordRuleData } from '../stripe/default-stripe-profile';
import { normalizeWords } from '../dom/text';
import type { TeachTarget } from './teach-targets';

/** The Kartra profile lists a change may add to. `stripeAliases` is the Stripe integration's `aliases`. */
export const KARTRA_TEACH_FIELDS = [
  'statusWords.needsAttention',
  'statusWords.connected',
  'statusWords.notConfigured',
  'stripeAliases',
  'steps.menuButtonNames',
  'steps.editMenuItemNames',
  'steps.gatewayModalTitles',
  'steps.publishableKeyLabels',
  'steps.publishableKeyInputHints',
  'steps.connectWithStripeNames',
] as const;
export type KartraTeachField = (typeof KARTRA_TEACH_FIELDS)[number];

/** The Stripe profile rule lists a change may add to; the value becomes a whole-phrase rule. */
export const STRIPE_TEACH_FIELDS = ['words.connectButton', 'hints.accountChooserLabels'] as const;
export type StripeTeachField = (typeof STRIPE_TEACH_FIELDS)[number];

/** Longest value a change adds: a status phrase, a button's name, a label or a selector hint. */
export const MAX_CHANGE_VALUE = 120;

export type ProfileChange =
  | { site: 'kartra'; target: TeachTarget; field: KartraTeachField; value: string }
  | { site: 'stripe'; target: TeachTarget; field: StripeTeachField; value: string };

/** A change the agent applied: kept with an id (to undo it) and when. */
export interface TaughtChange {
  id: string;
  at: number;
  change: ProfileChange;
}

/** `profile` with `changes` for Kartra added, as a new object (the built-in profile is frozen). */
export function applyKartraChanges(profile: SiteProfile, changes: readonly ProfileChange[]): SiteProfile {
  const out = structuredClone(profile) as SiteProfile;
  for (const change of changes) {
    if (change.site !== 'kartra') continue;
    const list = kartraListOf(out, change.field);
    if (list && !list.some((v) => v.toLowerCase() === change.value.toLowerCase())) list.push(change.value);
  }
  return out;
}

/** `profile` with `changes` for Stripe added, each value as a rule that matches the whole normalised phrase. */
export function applyStripeChanges(profile: StripeProfile, changes: readonly ProfileChange[]): StripeProfile {
  const out = structuredClone(profile) as StripeProfile;
  for (const change of changes) {
    if (change.site !== 'stripe') continue;
    const rule = stripeRuleOf(change);
    const list = change.field === 'words.connectButton' ? out.words.connectButton : out.hints.accountChooserLabels;
    if (!list.some((r) => r.pattern === rule.pattern)) list.push(rule);
  }
  return out;
}

/** The rule a Stripe change adds. `why` is data for developers reading the profile (not shown to agents). */
export function stripeRuleOf(change: ProfileChange): StripeWordRuleData {
  // Matched against normalizeWords() output, as every Stripe rule is.
  const phrase = escapeRegExp(normalizeWords(change.value));
  // A button's whole name; a chooser's label may say more ("Account to connect").
  const pattern = change.field === 'words.connectButton' ? `^${phrase}$` : `\\b${phrase}\\b`;
  return { pattern, why: 'Taught on the page (teach mode).' };
}

export function sameChange(a: ProfileChange, b: ProfileChange): boolean {
  return a.site === b.site && a.field === b.field && a.value.toLowerCase() === b.value.toLowerCase();
}

function kartraListOf(profile: SiteProfile, field: KartraTeachField): string[] | undefined {
  switch (field) {
    case 'statusWords.needsAttention':
      return profile.statusWords.needsAttention;
    case 'statusWords.connected':
      return profile.statusWords.connected;
    case 'statusWords.notConfigured':
      return profile.statusWords.notConfigured;
    case 'stripeAliases':
      return profile.integrations.find((integration) => integration.isStripe === true)?.aliases;
    default: {
      const step = field.slice('steps.'.length) as keyof SiteProfile['steps'];
      return profile.steps[step];
    }
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
