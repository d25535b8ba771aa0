/**
 * Which site profile is in force, as the options page explains it: the built-in one, or the agent's override merged
 * onto it. The stored value is re-validated on read: storage outlives code, and an override saved by an older version
 * may no longer pass this version's checks.
 */
import { DEFAULT_SITE_PROFILE, parseSiteProfileOverride, type ProfileError, type SiteProfile } from '../../lib/kartra/site-profile';
import { ProfileOverrideSchema } from '../../lib/storage-schemas';

export type ActiveProfileState =
  | { source: 'default'; profile: SiteProfile }
  | { source: 'override'; profile: SiteProfile; savedAt: number }
  | { source: 'unusable-override'; profile: SiteProfile; savedAt: number | undefined; errors: ProfileError[] };

export function describeActiveProfile(stored: unknown): ActiveProfileState {
  if (stored === null || stored === undefined) return { source: 'default', profile: DEFAULT_SITE_PROFILE };
  const shape = ProfileOverrideSchema.safeParse(stored);
  if (!shape.success) {
    const errors = [{ path: '', message: 'the stored override is not in the format this version keeps' }];
    return { source: 'unusable-override', profile: DEFAULT_SITE_PROFILE, savedAt: undefined, errors };
  }
  const parsed = parseSiteProfileOverride(shape.data.json);
  if (!parsed.ok) return { source: 'unusable-override', profile: DEFAULT_SITE_PROFILE, savedAt: shape.data.savedAt, errors: parsed.errors };
  return { source: 'override', profile: parsed.profile, savedAt: shape.data.savedAt };
}

/** `statusWords.connected[2]`, or a plain name for the document itself. */
export function describePath(path: string): string {
  return path === '' ? '(the whole document)' : path;
}

export function formatSavedAt(savedAt: number): string {
  const date = new Date(savedAt);
  return Number.isNaN(date.getTime()) ? 'an unknown time' : date.toLocaleString();
}
