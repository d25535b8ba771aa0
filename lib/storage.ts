/**
 * Everything the extension keeps that outlives the browser session, one item per concern. It is in the extension's
 * own IndexedDB (lib/trusted-store.ts), out of reach of content scripts, because it decides verdicts. Values are
 * validated on every read, because storage outlives code: an older version, a half-written value or a hand-edited
 * profile must come back as "reset, with a notice", never as a crash. The background validates with zod; the popup
 * and side panel, whose first paint must not wait for zod, with hand-written checks held to the same schemas
 * (lib/guide/guide-shape.ts). Session items (and the optional restricted key) are in session-storage.ts.
 */
import type { ProfileSite } from './protocol-values';
import { defineTrustedItem } from './trusted-store';
import type { ProfileOverride } from './storage-schemas';

export type { ProfileOverride, TabHealth } from './storage-schemas';

/** Guides keyed by guide id; each value is validated by lib/guide's parser when read. */
export const guidesItem = defineTrustedItem<Record<string, unknown>>('guides', {});

/** "Show me" requests from the side panel, by tab id: when each tab should show its step's overlay again. */
export const showMeItem = defineTrustedItem<Record<string, number>>('showMe', {});

/**
 * An agent's site-profile override, one per site, kept as the JSON text they pasted so the options page can show it
 * back. Only the background writes it, and only after the site's validator (lib/site-profiles.ts) accepted it.
 * Kartra's keeps its original key, so overrides saved before Stripe had one stay in force.
 */
export const profileOverrideItem = defineTrustedItem<ProfileOverride | null>('profileOverride', null);
export const stripeProfileOverrideItem = defineTrustedItem<ProfileOverride | null>('stripeProfileOverride', null);
export const PROFILE_OVERRIDE_ITEMS: Readonly<Record<ProfileSite, typeof profileOverrideItem>> = {
  kartra: profileOverrideItem,
  stripe: stripeProfileOverrideItem,
};

/**
 * The changes an agent taught on the page (lib/teach/profile-change.ts), both sites, oldest first. Applied after the
 * agent's own override; validated entry by entry on every read (lib/teach/change-schema.ts).
 */
export const taughtChangesItem = defineTrustedItem<unknown[]>('taughtChanges', []);

/** Plain sentences about stored state we had to set aside, shown by the side panel until the agent dismisses them. */
export const storageNoticesItem = defineTrustedItem<string[]>('storageNotices', []);

/** The items above, as earlier versions kept them in `storage.local` (lib/background/leave-local-storage.ts). */
export const TRUSTED_ITEMS = [guidesItem, showMeItem, profileOverrideItem, storageNoticesItem] as const;
