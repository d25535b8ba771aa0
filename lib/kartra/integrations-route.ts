/**
 * Is a URL Kartra's Integrations page? Judges path, hash and query only: which host is Kartra is decided by
 * lib/origins.ts, so this predicate stays testable with any origin (including the sandbox stand-ins).
 */
import type { SiteProfile } from './site-profile.ts';
import { buildPattern, testPattern } from '../profile-pattern.ts';

/** URLs that must be recognised. The test checks each one, and checks that every example below is refused. */
export const INTEGRATIONS_ROUTE_EXAMPLES: readonly string[] = [
  'https://app.kartra.com/integrations',
  'https://app.kartra.com/integrations/',
  'https://app.kartra.com/Integrations',
  'https://app.kartra.com/integrations?filter=payment',
  'https://app.kartra.com/integrations?search=stripe#top',
  'https://app.kartra.com/integrations/stripe/callback?code=ac_123&scope=read_write&state=xyz',
  'https://app.kartra.com/integrations/stripe/callback?error=access_denied&error_description=The%20user%20denied%20your%20request&state=xyz',
  'https://app.kartra.com/integrations/api/key',
  'https://app.kartra.com/settings/integrations',
  'https://app.kartra.com/settings/integrations/payment',
  'https://app.kartra.com/#/integrations',
  'https://app.kartra.com/#!/settings/integrations',
  'https://app.kartra.com/app/#/integrations?tab=payment',
  'https://app.kartra.com/index.php?page=integrations',
  'http://app.kartra.localhost:8080/integrations',
];

/** URLs that look close but are not the Integrations page. */
export const NON_INTEGRATIONS_ROUTE_EXAMPLES: readonly string[] = [
  'https://app.kartra.com/',
  'https://app.kartra.com/dashboard',
  'https://app.kartra.com/products',
  'https://app.kartra.com/login',
  'https://app.kartra.com/integrations-guide',
  'https://app.kartra.com/my-integrations',
  'https://app.kartra.com/integrationsx/stripe',
  'https://app.kartra.com/help?q=integrations',
  'https://app.kartra.com/products#integrations',
  'https://app.kartra.com/#/dashboard',
  'https://app.kartra.com/#/integrations-guide',
  'https://app.kartra.com/index.php?page=integrations-help',
  'https://app.kartra.com/settings?next=/integrations',
  'not a url',
  '',
];

/** True when `url` (absolute) is the Integrations page according to the profile's route patterns. Never throws. */
export function isIntegrationsRoute(url: string, profile: SiteProfile): boolean {
  try {
    if (typeof url !== 'string' || url.length === 0 || url.length > 8_192) return false;
    const parsed = new URL(url);
    const route = profile.route;
    if (anyMatches(route.pathPatterns, safeDecode(parsed.pathname))) return true;
    if (parsed.hash && anyMatches(route.hashPatterns, safeDecode(parsed.hash))) return true;
    for (const { name, valuePattern } of route.queryParams) {
      for (const value of parsed.searchParams.getAll(name)) if (anyMatches([valuePattern], value)) return true;
    }
    return false;
  } catch {
    return false;
  }
}

function anyMatches(patterns: readonly string[], subject: string): boolean {
  for (const source of patterns) {
    try {
      if (testPattern(buildPattern(source, 'i'), subject)) return true;
    } catch {
      // An invalid pattern cannot come through SiteProfileSchema; skip it rather than fail the whole predicate.
    }
  }
  return false;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
