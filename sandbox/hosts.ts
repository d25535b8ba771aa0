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
