/**
 * What every request handler of one sandbox instance gets: its state (replaced wholesale on reset) and the origins it
 * answers on (they carry the port, known only once the server listens).
 */
import type { SiteRole } from '../lib/origins.ts';
import type { SandboxState } from './state/sandbox-state.ts';

export interface SandboxContext {
  state: SandboxState;
  origins: Readonly<Record<SiteRole, string>>;
}

/** Where Kartra asks Stripe to send the user back. */
export function kartraCallbackUrl(ctx: SandboxContext): string {
  return `${ctx.origins['kartra-app']}/integrations/stripe/callback`;
}
