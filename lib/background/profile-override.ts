/**
 * The site profile in force for each site, and saving an agent's override of it: parsed and validated first, so an
 * invalid paste is refused with the field and the reason while the profile in force stays as it was. One service for
 * every site in lib/site-profiles.ts.
 */
import type { ProfileInForce } from '../protocol';
import { SITE_PROFILES, type ProfileOfSite, type ProfileSite } from '../site-profiles';
import type { ProfileChange } from '../teach/profile-change';
import { taughtChanges } from './taught-changes';

/**
 * The profile a site's pages are read with: the stored override merged onto the default and validated again on every
 * read (storage may have been edited by hand or written by an older version), else the default. Content scripts ask
 * for it by message, so the one copy of each default and the one validator live here.
 */
export async function activeSiteProfile<S extends ProfileSite>(site: S): Promise<ProfileInForce<ProfileOfSite[S]>> {
  const base = await profileBeforeTaught(site);
  const changes = (await taughtChanges()).map((taught) => taught.change).filter((change) => change.site === site);
  if (changes.length === 0) return base;
  const taught = withTaughtChanges(site, base.profile, changes);
  return taught ? { profile: taught, source: 'override' } : base;
}

/** The profile with taught changes added, or undefined when the result would not validate (then none apply). */
export function withTaughtChanges<S extends ProfileSite>(site: S, profile: ProfileOfSite[S], changes: readonly ProfileChange[]): ProfileOfSite[S] | undefined {
  const kind = SITE_PROFILES[site] as unknown as (typeof SITE_PROFILES)[ProfileSite] & { applyChanges(p: ProfileOfSite[S], c: readonly ProfileChange[]): ProfileOfSite[S] };
  const changed = kind.applyChanges(profile, changes);
  return kind.isValid(changed) ? changed : undefined;
}

/** Whether `change`, after the ones already taught, still leaves a valid profile of its site. */
export async function taughtChangeKeepsProfileValid(change: ProfileChange, earlier: readonly ProfileChange[]): Promise<boolean> {
  const base = await profileBeforeTaught(change.site);
  return withTaughtChanges(change.site, base.profile, [...earlier.filter((c) => c.site === change.site), change]) !== undefined;
}

async function profileBeforeTaught<S extends ProfileSite>(site: S): Promise<ProfileInForce<ProfileOfSite[S]>> {
  const kind = SITE_PROFILES[site];
  const stored = await kind.overrideItem.getValue().catch(() => null);
  if (stored && typeof stored.json === 'string') {
    const parsed = kind.parseOverride(stored.json);
    if (parsed.ok) return { profile: parsed.profile, source: 'override' };
  }
  return { profile: kind.defaultProfile, source: 'default' };
}

export async function saveProfileOverride(site: ProfileSite, json: string, now: number) {
  const parsed = SITE_PROFILES[site].parseOverride(json);
  if (!parsed.ok) return { saved: false as const, errors: parsed.errors };
  await SITE_PROFILES[site].overrideItem.setValue({ json, savedAt: now });
  return { saved: true as const, errors: [] };
}

export async function clearProfileOverride(site: ProfileSite) {
  await SITE_PROFILES[site].overrideItem.setValue(null);
  return { saved: true as const, errors: [] };
}
