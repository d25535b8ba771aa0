/**
 * The site profiles, one per site, and what each needs to be overridden: its built-in default, its format version, its
 * validating parser and where its override is kept. The background (lib/background/profile-override.ts) and the
 * options page use this one table, so Kartra's and Stripe's profiles have the same powers by construction. Carries
 * zod (through the parsers): never imported by a content script.
 */
import { DEFAULT_SITE_PROFILE, parseSiteProfileOverride, SITE_PROFILE_VERSION, SiteProfileSchema, type SiteProfile } from './kartra/site-profile';
import type { ProfileParse } from './profile-parse';
import type { ProfileSite } from './protocol-values';
import { PROFILE_OVERRIDE_ITEMS } from './storage';
import { DEFAULT_STRIPE_PROFILE, parseStripeProfileOverride, STRIPE_PROFILE_VERSION, StripeProfileSchema, type StripeProfile } from './stripe/stripe-profile';
import { applyKartraChanges, applyStripeChanges, type ProfileChange } from './teach/profile-change';

export type { ProfileSite };

export interface SiteProfileKind<P> {
  readonly defaultProfile: P;
  /** The profile format this build reads; an override for another one is refused. */
  readonly version: number;
  /** Merge an override (JSON text) onto `base` (the default unless given) and validate it; every problem with its
   *  field and reason. */
  parseOverride(json: string, base?: P): ProfileParse<P>;
  readonly overrideItem: (typeof PROFILE_OVERRIDE_ITEMS)[ProfileSite];
  /** The profile with taught changes (lib/teach/) added. */
  applyChanges(profile: P, changes: readonly ProfileChange[]): P;
  /** Whether a whole profile validates (a profile with taught changes is checked like an override). */
  isValid(profile: unknown): boolean;
}

export interface ProfileOfSite {
  kartra: SiteProfile;
  stripe: StripeProfile;
}

export const SITE_PROFILES: { readonly [S in ProfileSite]: SiteProfileKind<ProfileOfSite[S]> } = {
  kartra: {
    defaultProfile: DEFAULT_SITE_PROFILE,
    version: SITE_PROFILE_VERSION,
    parseOverride: parseSiteProfileOverride,
    overrideItem: PROFILE_OVERRIDE_ITEMS.kartra,
    applyChanges: applyKartraChanges,
    isValid: (profile) => SiteProfileSchema.safeParse(profile).success,
  },
  stripe: {
    defaultProfile: DEFAULT_STRIPE_PROFILE,
    version: STRIPE_PROFILE_VERSION,
    parseOverride: parseStripeProfileOverride,
    overrideItem: PROFILE_OVERRIDE_ITEMS.stripe,
    applyChanges: applyStripeChanges,
    isValid: (profile) => StripeProfileSchema.safeParse(profile).success,
  },
};
