/**
 * One server, four sites: which fake site a request is for is decided by its Host header alone, as a real
 * multi-tenant front door would. The host names come from lib/origins.ts, the extension's own list.
 */
import { SANDBOX_HOSTS, type SiteRole } from '../lib/origins.ts';

export const SITE_ROLES = Object.keys(SANDBOX_HOSTS) as SiteRole[];

export function sandboxOrigins(port: number): Readonly<Record<SiteRole, string>> {
  return Object.freeze(Object.fromEntries(SITE_ROLES.map((role) => [role, `http://${SANDBOX_HOSTS[role]}:${port}`])) as Record<SiteRole, string>);
}

/** The site a Host header names, whatever the port; undefined for anything else (127.0.0.1, look-alikes…). */
export function siteOfHost(hostHeader: string | undefined): SiteRole | undefined {
  const hostname = (hostHeader ?? '').toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  return SITE_ROLES.find((role) => SANDBOX_HOSTS[role] === hostname);
}

/**
 * Hosts that only look like one of ours, served that site's pages so tests can check the extension leaves them alone
 * (its content scripts match exact hosts). Add one by adding an entry.
 */
export const LOOKALIKE_HOSTS: Readonly<Record<string, SiteRole>> = {
  'app-kartra.localhost': 'kartra-app',
  'app.kartra.localhost.example.localhost': 'kartra-app',
};

/** The site whose pages a host is served: its own, or the one it imitates. */
export function servedSiteOfHost(hostHeader: string | undefined): SiteRole | undefined {
  const hostname = (hostHeader ?? '').toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  return siteOfHost(hostHeader) ?? LOOKALIKE_HOSTS[hostname];
}
