import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  chooseAccount,
  clickStripeButton,
  goToStripeAndSignIn,
  openStripeEditWindow,
  skipIntroduction,
  startGuideOnKartra,
  walkHappyPath,
} from '../../scripts/happy-path.ts';
import { BROWSERS, sandboxState, scenario, useSuite, type Suite } from './fixtures.ts';
import { readStorage } from './lifecycle-helpers.ts';
import { clickLabelled, overlayHostCount, waitForOverlayHosts, waitForText } from './page-actions.ts';

interface NamesState {
  expected: { originalAccountId: string };
  stripe: { accounts: { id: string; displayName: string }[] };
}

/** The guide's stored value for the original account's name, read from an extension page (the side panel). */
async function waitForOriginalAccountName(panel: Page, name: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    // The running guide only: a guide an earlier test finished may have learnt the same name.
    const { guides } = (await readStorage(panel)) as { guides?: Record<string, { originalAccountName?: string; status?: string }> };
    if (Object.values(guides ?? {}).some((g) => g.status === 'active' && g.originalAccountName === name)) return;
    if (Date.now() > deadline) throw new Error(`no guide learnt the account name ${name}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Names only: the original account as the sandbox has it, and the flow up to Kartra's Edit window. */
async function startNamesOnlyGuide(suite: Suite) {
  await scenario(suite, { delay: 400, picker: 'names' });
  const state = await sandboxState<NamesState>(suite);
  const original = state.stripe.accounts.find((a) => a.id === state.expected.originalAccountId)!;
  const flow = await startGuideOnKartra(suite.ext.browser, suite.ext.extensionOrigin, suite.sandbox);
  await skipIntroduction(flow);
  await openStripeEditWindow(flow);
  await flow.panel.waitForSelector('[data-testid="original-key"]');
  return { flow, original };
}

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

  it('names-only picker: the dashboard tells which name holds the original key, the picker marks it, the guide ends green', async () => {
    const { flow, original } = await startNamesOnlyGuide(suite);
    // The agent checks the dashboard first: signs in, opens Developers > API keys in the account Kartra used.
    const dashboard = await suite.ext.browser.newPage();
    await dashboard.goto(`${suite.sandbox.origin('stripe-dashboard')}/${original.id}/apikeys`);
    await waitForText(dashboard, /Sign in to your account/);
    await dashboard.type('input[type="email"]', 'agent@example.test');
    await dashboard.type('input[type="password"]', 'sandbox');
    await clickLabelled(dashboard, 'button', 'Sign in');
    await waitForText(dashboard, /Publishable key/);
    await waitForOriginalAccountName(flow.panel, original.displayName);
    await dashboard.close();

    // Signed in already (Stripe's session is shared): Connect with Stripe goes straight to the names-only picker.
    await flow.site.bringToFront();
    await clickLabelled(flow.site, 'button', 'Connect with Stripe');
    await waitForText(flow.site, /Choose an account/);
    expect(await flow.site.evaluate(() => document.body.innerText)).not.toMatch(/acct_/);
    await flow.panel.waitForSelector('[data-testid="current-step"][data-step="choose-account"]');
    // The guide's spotlight and the "Originally used" badge on the row with the original's name.
    await waitForOverlayHosts(flow.site, 2);
    await chooseAccount(flow, original.displayName);
    await flow.panel.waitForSelector('[data-testid="candidate"][data-verdict="same-account"]');
    await clickStripeButton(flow, 'Connect');
    await waitForText(flow.site, /Stripe connected successfully/);
    await flow.panel.waitForSelector('[data-testid="guide-done"]');
    const state = await sandboxState<{ kartra: { integrations: { slug: string; status: string }[] } }>(suite);
    expect(state.kartra.integrations.find((i) => i.slug === 'stripe')?.status).toBe('connected');
    await flow.site.close();
    await flow.panel.close();
  });

  it('names-only picker with no name known: says it cannot tell, never a match; Check in Stripe then settles it by name', async () => {
    const { flow, original } = await startNamesOnlyGuide(suite);
    await goToStripeAndSignIn(flow);
    // The guide's spotlight and the "Cannot tell which account" badge.
    await waitForOverlayHosts(flow.site, 2);
    await chooseAccount(flow, original.displayName);
    await flow.panel.waitForSelector('[data-testid="candidate"][data-verdict="cannot-tell"]');
    expect(await flow.panel.$eval('[data-testid="account-check"]', (el) => el.textContent ?? '')).toMatch(/Cannot tell/);
    expect(await flow.panel.$('[data-testid="candidate"][data-verdict="same-account"]')).toBeNull();

    // The agent opens the dashboard from the panel and switches it to the account in question: its API keys page
    // shows Kartra's key under that account's name, and the picker, still open, is judged again by that name.
    await clickLabelled(flow.panel, 'button', 'Check in Stripe');
    await flow.panel.waitForSelector('[data-testid="dashboard-comparison"]', { timeout: 20_000 });
    const dashboard = (await suite.ext.browser.pages()).find((p) => p.url().includes('dashboard.stripe.localhost'))!;
    await dashboard.goto(`${suite.sandbox.origin('stripe-dashboard')}/${original.id}/apikeys`);
    await waitForOriginalAccountName(flow.panel, original.displayName);
    await dashboard.close();
    await flow.site.bringToFront();
    await flow.panel.waitForSelector('[data-testid="candidate"][data-verdict="same-account"]', { timeout: 20_000 });
    await waitForOverlayHosts(flow.site, 2);
    await clickStripeButton(flow, 'Connect');
    await waitForText(flow.site, /Stripe connected successfully/);
    await flow.panel.waitForSelector('[data-testid="guide-done"]');
    await flow.site.close();
    await flow.panel.close();
  });
});
