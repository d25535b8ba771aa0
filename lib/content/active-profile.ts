/**
 * The site profile in force in the Kartra content script, asked of the background (lib/background/profile-override.ts),
 * which holds the built-in default and validates the agent's override with zod on every read. Carrying neither the
 * default nor zod keeps this content script within its size budget; the answer is only compiled here, and anything
 * that does not compile is refused.
 */
import { compileProfile, type CompiledProfile } from '../kartra/compiled-profile';
import type { SiteProfile } from '../kartra/site-profile';
import { CONTEXT_GONE, sendToBackground } from '../messaging';

export interface ActiveProfile {
  profile: SiteProfile;
  compiled: CompiledProfile;
  source: 'default' | 'override';
}

/** A background that is still starting may not answer the first time; after these tries, detection stays off. */
const RETRY_DELAYS_MS = [200, 500, 1000, 2000];

export async function loadActiveProfile(
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<ActiveProfile | undefined> {
  for (let attempt = 0; ; attempt++) {
    const reply = await sendToBackground<unknown>({ type: 'profile/active' });
    if (reply.ok) return activeProfileFrom(reply.value);
    const delay = RETRY_DELAYS_MS[attempt];
    if (reply.error === CONTEXT_GONE || delay === undefined) return undefined;
    await wait(delay);
  }
}

/** The background's answer, compiled; undefined when it is not a profile this build can use. */
export function activeProfileFrom(value: unknown): ActiveProfile | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { profile, source } = value as Partial<ActiveProfile>;
  if (!profile || typeof profile !== 'object' || (source !== 'default' && source !== 'override')) return undefined;
  try {
    return { profile, compiled: compileProfile(profile), source };
  } catch {
    return undefined;
  }
}
