/**
 * Everything the extension keeps, one item per concern. Values are validated on every read, because storage outlives
 * code: an older version, a half-written value or a hand-edited profile must come back as "reset, with a notice",
 * never as a crash. The background validates with zod; the popup and side panel, whose first paint must not wait for
 * zod, with hand-written checks held to the same schemas (lib/guide/guide-shape.ts, lib/tab-health-shape.ts). Nothing secret lives here: session items (and the optional restricted key) are in session-storage.ts, which content
 * scripts never import (Chrome forbids them storage.session, and merely defining the items there throws).
 */
import { storage } from 'wxt/utils/storage';
import type { ProfileSite } from './protocol-values';
import type { ProfileOverride } from './storage-schemas';

// Schemas live in storage-schemas.ts so content scripts can use these items without bundling zod.
export type { ProfileOverride, TabHealth } from './storage-schemas';

/** Guides keyed by guide id; each value is validated by lib/guide's parser when read. */
export const guidesItem = storage.defineItem<Record<string, unknown>>('local:guides', { fallback: {}, version: 1 });

/** "Show me" requests from the side panel, by tab id: when each tab should show its step's overlay again. */
export const showMeItem = storage.defineItem<Record<string, number>>('local:showMe', { fallback: {} });

/**
 * An agent's site-profile override, one per site, kept as the JSON text they pasted so the options page can show it
 * back. Only the background writes it, and only after the site's validator (lib/site-profiles.ts) accepted it.
 * Kartra's keeps its original key, so overrides saved before Stripe had one stay in force.
 */
export const profileOverrideItem = storage.defineItem<ProfileOverride | null>('local:profileOverride', {
  fallback: null,
  version: 1,
});
export const stripeProfileOverrideItem = storage.defineItem<ProfileOverride | null>('local:stripeProfileOverride', {
  fallback: null,
  version: 1,
});
export const PROFILE_OVERRIDE_ITEMS: Readonly<Record<ProfileSite, typeof profileOverrideItem>> = {
  kartra: profileOverrideItem,
  stripe: stripeProfileOverrideItem,
};

/** Plain sentences about stored state we had to set aside, shown by the side panel until the agent dismisses them. */
export const storageNoticesItem = storage.defineItem<string[]>('local:storageNotices', { fallback: [] });
