/**
 * The site profile in force for each site, and saving an agent's override of it: parsed and validated first (onto
 * the team's profile, which it is relative to), so an invalid paste is refused with the field and the reason while
 * the profile in force stays as it was. Refused outright when the team's policy does not let agents change the
 * profile. One service for every site in lib/site-profiles.ts; the layers themselves are in profile-layers.ts.
 */
import type { OverrideReply, ProfileInForce } from '../protocol';
import { SITE_PROFILES, type ProfileOfSite, type ProfileSite } from '../site-profiles';
import { profileLayers, type LayerSources } from './profile-layers';

/**
 * The profile a site's pages are read with: every layer merged and validated again on every read (storage may have
 * been edited by hand or written by an older version; the policy may have changed). Content scripts ask for it by
 * message, so the one copy of each default and the one validator live here. `override`: some layer above the
 * built-in one applies (the team's or the agent's; the options page tells which).
 */
export async function activeSiteProfile<S extends ProfileSite>(site: S, sources?: LayerSources): Promise<ProfileInForce<ProfileOfSite[S]>> {
  const { profile, layers } = await profileLayers(site, sources);
  const changed = layers.some((layer) => layer.source !== 'built-in' && layer.state === 'applied');
  return { profile, source: changed ? 'override' : 'default' };
}

export async function saveProfileOverride<S extends ProfileSite>(site: S, json: string, now: number, sources?: LayerSources): Promise<OverrideReply> {
  const { agentBase, agentOverridesAllowed } = await profileLayers(site, sources);
  if (!agentOverridesAllowed) return { saved: false, errors: [], refused: 'forbidden-by-policy' };
  const parsed = SITE_PROFILES[site].parseOverride(json, agentBase);
  if (!parsed.ok) return { saved: false, errors: parsed.errors };
  await SITE_PROFILES[site].overrideItem.setValue({ json, savedAt: now });
  return { saved: true, errors: [] };
}

/** Removing the agent's own override is always allowed: even when the policy forbids it, it only tidies up. */
export async function clearProfileOverride(site: ProfileSite): Promise<OverrideReply> {
  await SITE_PROFILES[site].overrideItem.setValue(null);
  return { saved: true, errors: [] };
}
