/**
 * The one answer to "which profile is in force for this site, and where did each part come from": the built-in
 * profile, then the team's managed override merged onto it, then the agent's own layers merged onto that (so an
 * agent's override is relative to the team's profile). Content scripts get the merged profile (`profile/active`),
 * the options page every layer (`profile/layers`), and saving an override validates against the same base.
 *
 * Every layer is validated on every read, as a whole: an invalid one is reported with its problems and skipped,
 * never half-applied, and the layers above it apply to what is below it. Cheap enough to run per request (one
 * managed-storage read, one IndexedDB read per agent layer, a zod parse), so nothing is cached.
 */
import { readManagedStorage } from '../policy/managed-storage';
import type { ManagedPolicy } from '../policy/managed-policy';
import { changedPaths, partsOf, type LayerSource, type ProfileLayer, type ProfileLayers } from '../policy/profile-layer';
import type { ProfileError } from '../profile-problem';
import { SITE_PROFILES, type ProfileOfSite, type ProfileSite } from '../site-profiles';
import { ProfileOverrideSchema } from '../storage-schemas';
import type { ProfileChange } from '../teach/profile-change';
import { taughtChangesLayer, withTaughtChanges } from './taught-changes';

/** What an agent layer makes of the profile below it. `changed`: the fields it sets (lib/policy/profile-layer.ts). */
export type AgentLayerResult<P> =
  | { state: 'absent' }
  | { state: 'applied'; profile: P; changed: string[]; savedAt?: number }
  | { state: 'invalid'; errors: ProfileError[]; changed: string[]; savedAt?: number };

/**
 * A layer the agent adds on top of the team's profile. The seam for teach mode: its taught changes are one more of
 * these, appended to AGENT_LAYERS after the override (so they apply last), with a source of its own added to
 * LayerSource. Every agent layer obeys the policy's allowAgentOverrides: when agents may not, it is read (so the
 * options page can say it exists) but reported `forbidden` and not applied.
 */
export interface AgentLayer {
  source: Exclude<LayerSource, 'built-in' | 'managed'>;
  apply<S extends ProfileSite>(site: S, base: ProfileOfSite[S]): Promise<AgentLayerResult<ProfileOfSite[S]>>;
}

/** The override the agent pasted in the options page (lib/storage.ts PROFILE_OVERRIDE_ITEMS). */
export const agentOverrideLayer: AgentLayer = {
  source: 'agent',
  async apply(site, base) {
    const stored: unknown = await SITE_PROFILES[site].overrideItem.getValue().catch(() => null);
    if (stored === null || stored === undefined) return { state: 'absent' };
    const shape = ProfileOverrideSchema.safeParse(stored);
    // Storage outlives code: a value of another shape (hand-edited, an older version) is unusable, not a crash.
    if (!shape.success) return { state: 'invalid', errors: [{ path: '', problem: { code: 'storedFormat' } }], changed: [] };
    const { json, savedAt } = shape.data;
    const parsed = SITE_PROFILES[site].parseOverride(json, base);
    if (!parsed.ok) return { state: 'invalid', errors: parsed.errors, changed: [], savedAt };
    return { state: 'applied', profile: parsed.profile, changed: changedPaths(JSON.parse(json)), savedAt };
  },
};

/** The agent's layers, lowest first: the override, then the changes taught on the page (lib/background/taught-changes.ts). */
export const AGENT_LAYERS: readonly AgentLayer[] = [agentOverrideLayer, taughtChangesLayer];

export interface LayerSources {
  readPolicy(): Promise<ManagedPolicy>;
  agentLayers: readonly AgentLayer[];
}

const FROM_BROWSER: LayerSources = { readPolicy: readManagedStorage, agentLayers: AGENT_LAYERS };
/** Everything below the taught changes: what a new taught change is checked on. */
const BELOW_TAUGHT: LayerSources = { readPolicy: readManagedStorage, agentLayers: [agentOverrideLayer] };

/** Whether `change`, after the ones already taught, still leaves a valid profile on the layers below them. */
export async function taughtChangeFits(change: ProfileChange, earlier: readonly ProfileChange[], sources: LayerSources = BELOW_TAUGHT): Promise<boolean> {
  const { profile } = await profileLayers(change.site, sources);
  return withTaughtChanges(change.site, profile, [...earlier.filter((c) => c.site === change.site), change]) !== undefined;
}

export async function profileLayers<S extends ProfileSite>(site: S, sources: LayerSources = FROM_BROWSER): Promise<ProfileLayers<ProfileOfSite[S]>> {
  const kind = SITE_PROFILES[site];
  const policy = await sources.readPolicy();
  const layers: ProfileLayer[] = [{ source: 'built-in', state: 'applied', changed: [] }];

  const team = managedLayer(site, policy);
  layers.push(team.layer);
  const agentBase = team.profile ?? kind.defaultProfile;

  const allowed = policy.allowAgentOverrides;
  let profile = agentBase;
  for (const agentLayer of sources.agentLayers) {
    const result = await agentLayer.apply(site, profile);
    layers.push(agentLayerEntry(agentLayer.source, result, allowed));
    if (result.state === 'applied' && allowed) profile = result.profile;
  }
  return {
    site,
    layers,
    profile,
    agentBase,
    parts: partsOf(layers),
    agentOverridesAllowed: allowed,
    allowAgentOverridesInvalid: policy.allowAgentOverridesInvalid,
  };
}

function managedLayer<S extends ProfileSite>(site: S, policy: ManagedPolicy): { layer: ProfileLayer; profile?: ProfileOfSite[S] } {
  const value = policy.overrides[site];
  if (value.state === 'absent') return { layer: { source: 'managed', state: 'absent', changed: [] } };
  if (value.state === 'invalid') return { layer: { source: 'managed', state: 'invalid', errors: value.errors, changed: [] } };
  const parsed = SITE_PROFILES[site].parseOverride(value.json);
  if (!parsed.ok) return { layer: { source: 'managed', state: 'invalid', errors: parsed.errors, changed: [] } };
  return { layer: { source: 'managed', state: 'applied', changed: changedPaths(JSON.parse(value.json)) }, profile: parsed.profile };
}

function agentLayerEntry<P>(source: AgentLayer['source'], result: AgentLayerResult<P>, allowed: boolean): ProfileLayer {
  if (result.state === 'absent') return { source, state: 'absent', changed: [] };
  const savedAt = result.savedAt === undefined ? {} : { savedAt: result.savedAt };
  if (!allowed) return { source, state: 'forbidden', changed: result.changed, ...savedAt };
  if (result.state === 'invalid') return { source, state: 'invalid', errors: result.errors, changed: [], ...savedAt };
  return { source, state: 'applied', changed: result.changed, ...savedAt };
}
