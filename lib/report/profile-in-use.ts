/** A site's profile layers (lib/policy/profile-layer.ts) as the support report states them: codes, worded there. */
import type { ProfileLayers } from '../policy/profile-layer';
import type { ProfileInUse } from './support-report';

export function profileInUseOf(layers: ProfileLayers<unknown>, version: number): ProfileInUse {
  const own = layers.layers.find((layer) => layer.source === 'agent');
  const team = layers.layers.find((layer) => layer.source === 'managed')?.state;
  const ownUsed = own?.state === 'applied' || own?.state === 'invalid';
  const source = own?.state === 'applied' ? 'override' : own?.state === 'invalid' ? 'unusable-override' : team === 'applied' ? 'managed' : 'default';
  return {
    source,
    version,
    ...(ownUsed && own.savedAt !== undefined ? { savedAt: own.savedAt } : {}),
    ...(team === 'invalid' ? { team: 'invalid' as const } : ownUsed && team === 'applied' ? { team: 'under' as const } : {}),
    ...(layers.agentOverridesAllowed ? {} : { agentForbidden: true as const }),
  };
}
