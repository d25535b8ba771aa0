/**
 * The site profile in force in a content script: the agent's override merged onto the built-in default, exactly as
 * the options page validated it (lib/kartra/merge-profile.ts), else the default. The background validated the override
 * before storing it (lib/background/profile-override.ts), so here it is only merged; anything that still fails to
 * compile (storage edited by hand, a profile from an older version) falls back to the default.
 * No zod here on purpose: it would triple the content script's size.
 */
import { compileProfile, type CompiledProfile } from '../kartra/compiled-profile';
import { DEFAULT_SITE_PROFILE } from '../kartra/default-site-profile';
import { mergeOnto } from '../kartra/merge-profile';
import type { SiteProfile } from '../kartra/site-profile';
import type { ProfileOverride } from '../storage';
import { readLocal } from './local-storage';

export interface ActiveProfile {
  profile: SiteProfile;
  compiled: CompiledProfile;
  source: 'default' | 'override';
}

const DEFAULT: ActiveProfile = { profile: DEFAULT_SITE_PROFILE, compiled: compileProfile(DEFAULT_SITE_PROFILE), source: 'default' };

export function profileFrom(stored: unknown): ActiveProfile {
  const override = stored as ProfileOverride | null | undefined;
  if (!override || typeof override !== 'object' || typeof override.json !== 'string') return DEFAULT;
  try {
    const profile = mergeOnto(DEFAULT_SITE_PROFILE, JSON.parse(override.json)) as SiteProfile;
    return { profile, compiled: compileProfile(profile), source: 'override' };
  } catch {
    return DEFAULT;
  }
}

export async function loadActiveProfile(): Promise<ActiveProfile> {
  try {
    return profileFrom(await readLocal('profileOverride'));
  } catch {
    return DEFAULT;
  }
}
