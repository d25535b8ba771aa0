/**
 * The site profile in force in a content script, asked of the background (lib/background/profile-override.ts), which
 * holds the built-in defaults and validates the agent's overrides with zod on every read. Carrying neither the default
 * nor zod keeps the content scripts small (Kartra's within its size budget); the answer is only compiled here, and
 * anything that does not compile is refused.
 */
import { CONTEXT_GONE, sendToBackground } from '../messaging';
import type { ProfileInForce } from '../protocol';
import type { ProfileSite } from '../protocol-values';

/** The background's answer (lib/protocol.ts ProfileInForce), with the profile compiled for the readers. */
export interface CompiledProfileInForce<P, C> extends ProfileInForce<P> {
  compiled: C;
}

/** A background that is still starting may not answer the first time; after these tries, reading stays off. */
const RETRY_DELAYS_MS = [200, 500, 1000, 2000];

type Wait = (ms: number) => Promise<void>;

/** Ask the background for `site`'s profile and compile it; undefined when no usable answer comes. */
export async function loadProfileInForce<P, C>(
  site: ProfileSite,
  compile: (profile: P) => C,
  wait: Wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<CompiledProfileInForce<P, C> | undefined> {
  for (let attempt = 0; ; attempt++) {
    const reply = await sendToBackground({ type: 'profile/active', site });
    if (reply.ok) return profileInForceFrom(reply.value, compile);
    const delay = RETRY_DELAYS_MS[attempt];
    if (reply.error === CONTEXT_GONE || delay === undefined) return undefined;
    await wait(delay);
  }
}

/** The background's answer, compiled; undefined when it is not a profile this build can use. */
export function profileInForceFrom<P, C>(value: unknown, compile: (profile: P) => C): CompiledProfileInForce<P, C> | undefined {
  // Object() makes any answer destructurable (null, numbers and strings carry no profile); a null profile is refused
  // by compile throwing. Bytes count here: this runs in the size-budgeted Kartra content script.
  const { profile, source } = Object(value) as Partial<ProfileInForce<P>>;
  if (typeof profile !== 'object' || (source !== 'default' && source !== 'override')) return undefined;
  try {
    return { profile, compiled: compile(profile), source };
  } catch {
    return undefined;
  }
}
