/**
 * The site profile in force: the agent's override when it parses, else the built-in default. A broken override
 * never breaks detection (the options page refuses invalid ones; this guards against storage edited by hand).
 */
import { DEFAULT_SITE_PROFILE, parseSiteProfileOverride, type SiteProfile } from '../kartra/site-profile';
import { profileOverrideItem, type ProfileOverride } from '../storage';

export function profileFrom(override: ProfileOverride | null | undefined): SiteProfile {
  if (!override || typeof override.json !== 'string') return DEFAULT_SITE_PROFILE;
  const parsed = parseSiteProfileOverride(override.json);
  return parsed.ok ? parsed.profile : DEFAULT_SITE_PROFILE;
}

export async function loadActiveProfile(): Promise<SiteProfile> {
  try {
    return profileFrom(await profileOverrideItem.getValue());
  } catch {
    return DEFAULT_SITE_PROFILE;
  }
}
