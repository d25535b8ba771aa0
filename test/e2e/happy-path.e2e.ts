import { describe, expect, it } from 'vitest';
import { walkHappyPath } from '../../scripts/happy-path.ts';
import { BROWSERS, sandboxState, scenario, useSuite } from './fixtures.ts';
import { overlayHostCount, waitForOverlayHosts } from './page-actions.ts';

describe.each(BROWSERS)('happy path in %s', (browserName) => {
  const suite = useSuite(browserName);

  it('walks from the red tile to the green tile, with one overlay at each step', async () => {
    await scenario(suite, { delay: 400 });
    const seen: string[] = [];
    await walkHappyPath({
      browser: suite.ext.browser,
      extensionOrigin: suite.ext.extensionOrigin,
      sandbox: suite.sandbox,
      onStep: async (step, { site, panel }) => {
        seen.push(step);
        // Hosts are nameless from outside: at most the guide overlay plus one marker or badge, whatever re-rendered.
        expect(await overlayHostCount(site)).toBeLessThanOrEqual(2);
        if (step.startsWith('point-at') || step === 'stripe-picker' || step === 'original-account-chosen') {
          await waitForOverlayHosts(site, 1, { atLeast: true });
        }
        if (step === 'point-at-connect-with-stripe') {
          // The original key is shown redacted: last 4 characters only.
          const shown = await panel.$eval('[data-testid="original-key"]', (el) => el.textContent ?? '');
          expect(shown).toMatch(/^pk_live_…[A-Za-z0-9]{4}$/);
        }
        // The guide's spotlight and the "Originally used" badge.
        if (step === 'stripe-picker') await waitForOverlayHosts(site, 2);
      },
    });
    expect(seen).toEqual([
      'guide-started',
      'point-at-three-dots',
      'point-at-edit',
      'point-at-connect-with-stripe',
      'stripe-login',
      'stripe-picker',
      'original-account-chosen',
      'reconnected',
    ]);
    const state = await sandboxState<{ kartra: { integrations: { slug: string; status: string }[] } }>(suite);
    expect(state.kartra.integrations.find((i) => i.slug === 'stripe')?.status).toBe('connected');
  });
});
