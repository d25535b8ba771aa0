/**
 * The profile in force as layers, lowest first: the built-in profile, the team's (managed policy), the agent's own
 * override, and any further agent layers (teach mode's taught changes). Each layer is merged onto the result of the
 * ones below it (objects merge, lists and values replace: lib/kartra/merge-profile.ts). Types only: the background
 * computes them (lib/background/profile-layers.ts), the options page shows them. No zod, no words.
 */
import type { ProfileError } from '../profile-problem';
import type { ProfileSite } from '../protocol-values';

/**
 * Where a layer comes from. 'built-in' and 'managed' are the team's side; every other source is the agent's and is
 * subject to the policy's allowAgentOverrides ('agent' is the override pasted in the options page, 'taught' the
 * changes taught on the page with teach mode, applied last).
 */
export type LayerSource = 'built-in' | 'managed' | 'agent' | 'taught';

/** absent: nothing set; applied: in force; invalid: set but refused as a whole (see `errors`); forbidden: set, but the
 *  team's policy does not let agents change the profile. */
export type LayerState = 'applied' | 'invalid' | 'forbidden' | 'absent';

export interface ProfileLayer {
  source: LayerSource;
  state: LayerState;
  /** Why an `invalid` layer was refused: each field and reason, as the site's parser reports them. */
  errors?: ProfileError[];
  /** The fields this layer sets, as top-level and second-level paths (`bannerWords`, `steps.menuButtonNames`). */
  changed: string[];
  /** When the agent saved it (the agent's override only). */
  savedAt?: number;
}

/** One field of the profile in force and the layer it came from; fields not listed are built in. */
export interface ProfilePart {
  path: string;
  source: LayerSource;
}

export interface ProfileLayers<P> {
  site: ProfileSite;
  /** Lowest first; always starts with the built-in layer. */
  layers: ProfileLayer[];
  /** The merged profile in force. */
  profile: P;
  /** The profile an agent's override is merged onto (built-in with the team's profile applied): the options page
   *  validates the editor's text against it. */
  agentBase: P;
  parts: ProfilePart[];
  /** The team's policy lets agents change the profile. */
  agentOverridesAllowed: boolean;
  /** The policy's allowAgentOverrides was set to something other than true or false, and read as false. */
  allowAgentOverridesInvalid: boolean;
}

/** The fields an override document sets, two levels deep: what the options page lists as a layer's changes. */
export function changedPaths(document: unknown): string[] {
  if (!isRecord(document)) return [];
  return Object.keys(document)
    .filter((key) => key !== 'version')
    .flatMap((key) => {
      const value = document[key];
      const inner = isRecord(value) ? Object.keys(value) : [];
      return inner.length ? inner.map((sub) => `${key}.${sub}`) : [key];
    });
}

/**
 * Which layer each changed field of the profile in force comes from: the highest applied layer that sets it. A
 * layer that sets `words` (a whole object replaced by a list, say) takes every `words.*` of the layers below.
 */
export function partsOf(layers: readonly ProfileLayer[]): ProfilePart[] {
  const owner = new Map<string, LayerSource>();
  for (const layer of layers) {
    if (layer.state !== 'applied') continue;
    for (const path of layer.changed) {
      for (const known of [...owner.keys()]) if (known.startsWith(`${path}.`)) owner.delete(known);
      owner.delete(path);
      owner.set(path, layer.source);
    }
  }
  return [...owner].map(([path, source]) => ({ path, source })).sort((a, b) => a.path.localeCompare(b.path));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
