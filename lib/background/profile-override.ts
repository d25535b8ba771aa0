/**
 * Saving an agent's site-profile override: parsed and validated first, so an invalid paste is refused with the field
 * and the reason while the active profile stays as it was.
 */
import { parseSiteProfileOverride } from '../kartra/site-profile';
import { profileOverrideItem } from '../storage';

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
