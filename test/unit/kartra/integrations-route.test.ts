import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { INTEGRATIONS_ROUTE_EXAMPLES, isIntegrationsRoute, NON_INTEGRATIONS_ROUTE_EXAMPLES } from '../../../lib/kartra/integrations-route.ts';
import { DEFAULT_SITE_PROFILE, parseSiteProfileOverride } from '../../../lib/kartra/site-profile.ts';

describe('isIntegrationsRoute', () => {
  test.each(INTEGRATIONS_ROUTE_EXAMPLES)('matches %s', (url) => {
    expect(isIntegrationsRoute(url, DEFAULT_SITE_PROFILE)).toBe(true);
  });

  test.each(NON_INTEGRATIONS_ROUTE_EXAMPLES)('does not match %s', (url) => {
    expect(isIntegrationsRoute(url, DEFAULT_SITE_PROFILE)).toBe(false);
  });

  test('the two example lists do not overlap and are not trivial', () => {
    expect(INTEGRATIONS_ROUTE_EXAMPLES.filter((u) => NON_INTEGRATIONS_ROUTE_EXAMPLES.includes(u))).toEqual([]);
    expect(INTEGRATIONS_ROUTE_EXAMPLES.length).toBeGreaterThanOrEqual(10);
    expect(NON_INTEGRATIONS_ROUTE_EXAMPLES.length).toBeGreaterThanOrEqual(10);
  });

  test('judges path, hash and query only; the host is lib/origins.ts’s business', () => {
    expect(isIntegrationsRoute('https://evil.example/integrations', DEFAULT_SITE_PROFILE)).toBe(true);
  });

  test('the patterns come from the profile', () => {
    const result = parseSiteProfileOverride(JSON.stringify({ version: 1, route: { pathPatterns: ['^/apps/connections$'], hashPatterns: [], queryParams: [] } }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(isIntegrationsRoute('https://app.kartra.com/apps/connections', result.profile)).toBe(true);
    expect(isIntegrationsRoute('https://app.kartra.com/integrations', result.profile)).toBe(false);
  });

  test('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl({ withFragments: true, withQueryParameters: true })), (url) => {
        expect(typeof isIntegrationsRoute(url, DEFAULT_SITE_PROFILE)).toBe('boolean');
      }),
      { numRuns: 2_000 },
    );
    expect(isIntegrationsRoute(undefined as unknown as string, DEFAULT_SITE_PROFILE)).toBe(false);
    expect(isIntegrationsRoute('https://app.kartra.com/%E0%A4%A', DEFAULT_SITE_PROFILE)).toBe(false);
  });
});
