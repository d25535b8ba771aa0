import type { Browser } from 'wxt/browser';
import { PRODUCTION_ORIGINS, SANDBOX_HOSTS, type SiteRole } from './origins';

/**
 * Build-time only: widen a generated manifest so the extension also runs on the sandbox hosts. Every place a real
 * origin appears (content-script matches, host permissions, optional permissions) gains its sandbox twin, and nothing
 * else changes; test/unit/manifest.test.ts checks production builds carry none of these.
 */
export function addSandboxOrigins(manifest: Browser.runtime.Manifest): void {
  const twin = (pattern: string): string[] => {
    for (const [role, origin] of Object.entries(PRODUCTION_ORIGINS) as [SiteRole, string][]) {
      if (pattern.startsWith(`${origin}/`)) return [pattern, pattern.replace(origin, `http://${SANDBOX_HOSTS[role]}`)];
    }
    return [pattern];
  };
  const widen = (patterns: string[] | undefined) => patterns && [...new Set(patterns.flatMap(twin))];
  const m = manifest as Browser.runtime.Manifest & { optional_host_permissions?: string[] };
  m.host_permissions = widen(m.host_permissions as string[] | undefined);
  m.optional_host_permissions = widen(m.optional_host_permissions);
  for (const script of m.content_scripts ?? []) script.matches = widen(script.matches) ?? [];
}
