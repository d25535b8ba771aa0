/**
 * Which profile of a site is in force, as the options page explains it: the built-in one, or the agent's override
 * merged onto it. The stored value is re-validated on read: storage outlives code, and an override saved by an older
 * version may no longer pass this version's checks.
 */
import { t, uiLanguage } from '../../lib/i18n';
import { SITE_PROFILES, type ProfileOfSite, type ProfileSite } from '../../lib/site-profiles';
import { ProfileOverrideSchema } from '../../lib/storage-schemas';
import type { ShownError } from './profile-problem-text';

export type ActiveProfileState<P = unknown> =
  | { source: 'default'; profile: P }
  | { source: 'override'; profile: P; savedAt: number }
  | { source: 'unusable-override'; profile: P; savedAt: number | undefined; errors: ShownError[] };

export function describeActiveProfile<S extends ProfileSite>(site: S, stored: unknown): ActiveProfileState<ProfileOfSite[S]> {
  const kind = SITE_PROFILES[site];
  const profile = kind.defaultProfile;
  if (stored === null || stored === undefined) return { source: 'default', profile };
  const shape = ProfileOverrideSchema.safeParse(stored);
  if (!shape.success) {
    const errors: ShownError[] = [{ path: '', problem: { code: 'storedFormat' } }];
    return { source: 'unusable-override', profile, savedAt: undefined, errors };
  }
  const parsed = kind.parseOverride(shape.data.json);
  if (!parsed.ok) return { source: 'unusable-override', profile, savedAt: shape.data.savedAt, errors: parsed.errors };
  return { source: 'override', profile: parsed.profile, savedAt: shape.data.savedAt };
}

/** `statusWords.connected[2]`, or a plain name for the document itself. */
export function describePath(path: string): string {
  return path === '' ? t('options.wholeDocument') : path;
}

/** When an override was saved, to follow "saved": at a date and time, or earlier when the time is not known. */
export function savedWhen(savedAt: number | undefined): string {
  if (savedAt === undefined) return t('options.savedEarlier');
  const date = new Date(savedAt);
  return Number.isNaN(date.getTime()) ? t('options.savedAtUnknownTime') : t('options.savedAt', { time: date.toLocaleString(uiLanguage()) });
}
