/**
 * The sites the extension works on, and the one place that says which URL belongs to which.
 * Trust decisions (lib/trust.ts) and content-script matches both come from here, so they cannot drift apart.
 */
import type { ProfileSite } from './protocol-values';

export type SiteRole = 'kartra-app' | 'stripe-connect' | 'stripe-dashboard' | 'stripe-api';

/** Whose site profile reads a role's pages (none for Stripe's API host, which has no pages of ours). */
export function profileSiteOfRole(role: SiteRole | undefined): ProfileSite | undefined {
  if (role === 'kartra-app') return 'kartra';
  return role === 'stripe-connect' || role === 'stripe-dashboard' ? 'stripe' : undefined;
}

export const PRODUCTION_ORIGINS: Readonly<Record<SiteRole, string>> = {
  'kartra-app': 'https://app.kartra.com',
  'stripe-connect': 'https://connect.stripe.com',
  'stripe-dashboard': 'https://dashboard.stripe.com',
  'stripe-api': 'https://api.stripe.com',
};

/** The local stand-ins served by `sandbox/` (any port). Only `--mode sandbox` builds accept them. */
export const SANDBOX_HOSTS: Readonly<Record<SiteRole, string>> = {
  'kartra-app': 'app.kartra.localhost',
  'stripe-connect': 'connect.stripe.localhost',
  'stripe-dashboard': 'dashboard.stripe.localhost',
  'stripe-api': 'api.stripe.localhost',
};

export const IS_SANDBOX_BUILD: boolean = import.meta.env?.MODE === 'sandbox';

/** Which of our sites a URL is on, or undefined. Exact host match: look-alikes such as `app-kartra.com` are nobody. */
export function siteRoleOf(url: string | undefined, acceptSandbox: boolean = IS_SANDBOX_BUILD): SiteRole | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  for (const [role, origin] of Object.entries(PRODUCTION_ORIGINS) as [SiteRole, string][]) {
    if (parsed.origin === origin) return role;
  }
  if (acceptSandbox && parsed.protocol === 'http:') {
    for (const [role, host] of Object.entries(SANDBOX_HOSTS) as [SiteRole, string][]) {
      if (parsed.hostname === host) return role;
    }
  }
  return undefined;
}

/** Match pattern for a role, e.g. for `tabs.query({ url })`. */
export function matchPatternsFor(role: SiteRole, acceptSandbox: boolean = IS_SANDBOX_BUILD): string[] {
  const patterns = [`${PRODUCTION_ORIGINS[role]}/*`];
  if (acceptSandbox) patterns.push(`http://${SANDBOX_HOSTS[role]}/*`);
  return patterns;
}

/**
 * A URL on one of our sites. Sandbox builds serve every host from one port, so the port is taken from a URL the
 * agent is already using (e.g. the Kartra tab); production ignores it.
 */
export function siteUrl(role: SiteRole, path: string, reference?: string): string {
  if (reference && siteRoleOf(reference) && IS_SANDBOX_BUILD) {
    const ref = new URL(reference);
    if (ref.protocol === 'http:') return `http://${SANDBOX_HOSTS[role]}${ref.port ? `:${ref.port}` : ''}${path}`;
  }
  return `${PRODUCTION_ORIGINS[role]}${path}`;
}
