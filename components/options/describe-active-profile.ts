/**
 * The profile in force as the options page explains it, from the background's layers (lib/policy/profile-layer.ts):
 * which layer the agent should hear about first, and the small wordings shared by the page's parts. The layers
 * themselves are computed in one place only, the background, which alone can read the team's policy.
 */
import { t, uiLanguage } from '../../lib/i18n';
import type { LayerSource, ProfileLayer, ProfileLayers } from '../../lib/policy/profile-layer';

/** What the summary line leads with: the agent's own override when there is one, else the team's, else built in. */
export type ProfileSummary = 'default' | 'managed' | 'override' | 'unusable-override' | 'forbidden';

export function profileSummary(layers: ProfileLayers<unknown>): ProfileSummary {
  const own = layerOf(layers, 'agent').state;
  if (own === 'applied') return 'override';
  if (own === 'invalid') return 'unusable-override';
  if (!layers.agentOverridesAllowed) return 'forbidden';
  return layerOf(layers, 'managed').state === 'applied' ? 'managed' : 'default';
}

/** The layer of `source` (every answer has one of each; absent when a future background leaves one out). */
export function layerOf(layers: ProfileLayers<unknown>, source: LayerSource): ProfileLayer {
  return layers.layers.find((layer) => layer.source === source) ?? { source, state: 'absent', changed: [] };
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
