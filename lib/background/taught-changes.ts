/**
 * The changes agents teach on the page: accepted from the picker after the same checks the stored list gets (its
 * site, its field, nothing key-shaped, a profile that still validates), listed, undone one by one. They are the last
 * of the agent's profile layers (lib/background/profile-layers.ts). Whether an agent may teach at all is the team's
 * policy's to say (`mayTeach`), like their own override.
 */
import { SITE_PROFILES, type ProfileOfSite, type ProfileSite } from '../site-profiles';
import { ProfileChangeSchema, MAX_TAUGHT_CHANGES, parseTaughtChanges } from '../teach/change-schema';
import { sameChange, type ProfileChange, type TaughtChange } from '../teach/profile-change';
import { taughtChangesItem } from '../storage';
import type { AgentLayer } from './profile-layers';
import type { TeachReply } from '../teach/teach-reply';


export interface TaughtChangesDeps {
  /** False when the team's policy does not let agents add their own profile changes. */
  mayTeach(): Promise<boolean>;
  /** Whether the site's profile with these changes applied still validates (the same check as an override). */
  stillValid(change: ProfileChange, earlier: readonly ProfileChange[]): Promise<boolean>;
  now(): number;
  newId(): string;
}

export async function taughtChanges(): Promise<TaughtChange[]> {
  return parseTaughtChanges(await taughtChangesItem.getValue().catch(() => []));
}

export async function teachChange(raw: unknown, deps: TaughtChangesDeps): Promise<TeachReply> {
  const parsed = ProfileChangeSchema.safeParse(raw);
  if (!parsed.success) return { applied: false, refused: 'invalid' };
  const change = parsed.data;
  if (!(await deps.mayTeach())) return { applied: false, refused: 'forbidden' };
  const list = await taughtChanges();
  if (list.some((taught) => sameChange(taught.change, change))) return { applied: false, refused: 'duplicate' };
  if (list.length >= MAX_TAUGHT_CHANGES) return { applied: false, refused: 'full' };
  if (!(await deps.stillValid(change, list.map((taught) => taught.change)))) return { applied: false, refused: 'invalid' };
  const id = deps.newId();
  await taughtChangesItem.setValue([...list, { id, at: deps.now(), change }]);
  return { applied: true, id };
}

/** Drop one change; true when it was there. */
export async function undoTaughtChange(id: string): Promise<boolean> {
  const list = await taughtChanges();
  const kept = list.filter((taught) => taught.id !== id);
  if (kept.length === list.length) return false;
  await taughtChangesItem.setValue(kept);
  return true;
}

/**
 * The taught changes as the last of the agent's profile layers (lib/background/profile-layers.ts): applied onto the
 * profile below them, and refused as a whole if the result would not validate (never half-applied).
 */
export const taughtChangesLayer: AgentLayer = {
  source: 'taught',
  async apply(site, base) {
    const changes = (await taughtChanges()).map((taught) => taught.change).filter((change) => change.site === site);
    if (changes.length === 0) return { state: 'absent' };
    const changed = [...new Set(changes.map((change) => profilePathOf(change)))];
    const profile = withTaughtChanges(site, base, changes);
    return profile ? { state: 'applied', profile, changed } : { state: 'invalid', errors: [{ path: '', problem: { code: 'invalid' } }], changed };
  },
};

/** The profile with taught changes added, or undefined when the result would not validate. */
export function withTaughtChanges<S extends ProfileSite>(site: S, profile: ProfileOfSite[S], changes: readonly ProfileChange[]): ProfileOfSite[S] | undefined {
  const kind = SITE_PROFILES[site] as unknown as { applyChanges(p: ProfileOfSite[S], c: readonly ProfileChange[]): ProfileOfSite[S]; isValid(p: unknown): boolean };
  const changed = kind.applyChanges(profile, changes);
  return kind.isValid(changed) ? changed : undefined;
}

/** Where a change lands in the profile, as the options page lists a layer's fields. */
function profilePathOf(change: ProfileChange): string {
  return change.field === 'stripeAliases' ? 'integrations' : change.field;
}
