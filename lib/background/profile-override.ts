/**
 * Saving an agent's site-profile override: parsed and validated first, so an invalid paste is refused with the field
 * and the reason while the active profile stays as it was.
 */
import { DEFAULT_SITE_PROFILE } from '../kartra/default-site-profile';
import { parseSiteProfileOverride, type SiteProfile } from '../kartra/site-profile';
import { profileOverrideItem } from '../storage';

export interface ActiveSiteProfile {
  profile: SiteProfile;
  source: 'default' | 'override';
}

/**
 * The profile detection runs with: the stored override merged onto the default and validated again on every read (storage
 * may have been edited by hand or written by an older version), else the default. The Kartra content script asks
 * for it by message, so the one copy of the default and the one validator live here.
 */
export async function activeSiteProfile(): Promise<ActiveSiteProfile> {
  const stored = await profileOverrideItem.getValue().catch(() => null);
  if (stored && typeof stored.json === 'string') {
    const parsed = parseSiteProfileOverride(stored.json);
    if (parsed.ok) return { profile: parsed.profile, source: 'override' };
  }
  return { profile: DEFAULT_SITE_PROFILE, source: 'default' };
}

export async function saveProfileOverride(json: string, now: number) {
  const parsed = parseSiteProfileOverride(json);
  if (!parsed.ok) return { saved: false as const, errors: parsed.errors };
  await profileOverrideItem.setValue({ json, savedAt: now });
  return { saved: true as const, errors: [] };
}

export async function clearProfileOverride() {
  await profileOverrideItem.setValue(null);
  return { saved: true as const, errors: [] };
}
