import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  chooseAccount,
  clickStripeButton,
  reachStripePicker,
  type Flow,
} from '../../scripts/happy-path.ts';
import { BROWSERS, openExtensionPage, scenario, useSuite, type Suite } from './fixtures.ts';
import { clickLabelled, waitForOverlayHosts, waitForText } from './page-actions.ts';

interface State {
  expected: { originalAccountId: string; ineligibleAccountId: string; alreadyIntegratedAccountId: string; mismatchAccountIds: string[] };
  stripe: { accounts: { id: string; displayName: string }[] };
}

/** This suite's guide, up to Stripe's account picker. */
const reachPicker = (suite: Suite) => reachStripePicker<State>(suite.ext.browser, suite.ext.extensionOrigin, suite.sandbox);

async function expectTroubleshooting(suite: Suite, flow: Flow, kartraMessage: string, diagnosisId: string): Promise<void> {
  await waitForText(flow.site, new RegExp(kartraMessage));
  await flow.panel.waitForSelector('[data-testid="current-step"][data-step="troubleshoot"]');
  await flow.panel.waitForSelector(`[data-testid="diagnosis"][data-diagnosis="${diagnosisId}"]`);
  // The popup diagnoses the same error from what it sees on the tab.
  const popup = await openExtensionPage(suite, 'popup.html', flow.tabId);
  await popup.waitForSelector(`[data-testid="diagnosis"][data-diagnosis="${diagnosisId}"]`);
  expect(await popup.$eval('[data-testid="diagnosis"]', (el) => el.textContent)).toMatch(/Fix/);
  await closeAll(flow, popup);
}

async function closeAll(flow: Flow, ...more: Page[]) {
  for (const page of [flow.site, flow.panel, ...more]) await page.close();
}

describe.each(BROWSERS)('errors and warnings in %s', (browserName) => {
  const suite = useSuite(browserName);

  it('warns before Connect when the wrong account is chosen, then diagnoses "Stripe account does not match"', async () => {
    await scenario(suite, { delay: 300 });
    const { flow, state, nameOf } = await reachPicker(suite);
    await chooseAccount(flow, nameOf(state.expected.mismatchAccountIds[0]!));
    // The warning is there before the agent clicks Connect, in the panel and on the page.
    await flow.panel.waitForSelector('[data-testid="guide-warning"][data-warning="different-account"]');
    await flow.panel.waitForSelector('[data-testid="candidate"][data-verdict="different-account"]');
    await waitForOverlayHosts(flow.site, 1, { atLeast: true });
    await clickStripeButton(flow, 'Connect');
    await expectTroubleshooting(suite, flow, 'Stripe account does not match', 'kartra-account-mismatch');
  });

  it('diagnoses "Ineligible account"', async () => {
    await scenario(suite, { delay: 300 });
    const { flow, state, nameOf } = await reachPicker(suite);
    await chooseAccount(flow, nameOf(state.expected.ineligibleAccountId));
    await clickStripeButton(flow, 'Connect');
    await expectTroubleshooting(suite, flow, 'Ineligible account', 'kartra-ineligible-account');
  });

  it('diagnoses "Account already integrated"', async () => {
    await scenario(suite, { delay: 300 });
    const { flow, state, nameOf } = await reachPicker(suite);
    await chooseAccount(flow, nameOf(state.expected.alreadyIntegratedAccountId));
    await clickStripeButton(flow, 'Connect');
    await expectTroubleshooting(suite, flow, 'Account already integrated', 'kartra-already-integrated');
  });

  it('diagnoses "User denied request" after Cancel on Stripe', async () => {
    await scenario(suite, { delay: 300 });
    const { flow } = await reachPicker(suite);
    await clickStripeButton(flow, 'Cancel');
    await expectTroubleshooting(suite, flow, 'User denied request', 'kartra-user-denied');
  });

  it('answers "cannot tell" for old-format keys and offers Check in Stripe', async () => {
    await scenario(suite, { delay: 300, keys: 'old' });
    const { flow, state, nameOf } = await reachPicker(suite);
    await chooseAccount(flow, nameOf(state.expected.originalAccountId));
    await flow.panel.waitForSelector('[data-testid="candidate"][data-verdict="cannot-tell"]');
    const text = await flow.panel.$eval('[data-testid="account-check"]', (el) => el.textContent ?? '');
    expect(text).toMatch(/Cannot tell/);
    expect(text).toMatch(/Check in Stripe/);
    // The route for old keys: Stripe's API keys page, opened from the panel, settles it.
    await clickLabelled(flow.panel, 'button', 'Check in Stripe');
    // The dashboard opens on whichever account is active there: two different old keys cannot be compared.
    await flow.panel.waitForSelector('[data-testid="dashboard-comparison"]', { timeout: 20_000 });
    // Firefox may list the new tab (or its URL) a moment after its content script has reported: wait for it.
    const dashboardTarget = await suite.ext.browser.waitForTarget((t) => t.type() === 'page' && t.url().includes('dashboard.stripe.localhost'), { timeout: 10_000 });
    const dashboard = (await dashboardTarget.page())!;
    // The agent switches the dashboard to the account in question: its key is Kartra's key.
    await dashboard.goto(`${suite.sandbox.origin('stripe-dashboard')}/${state.expected.originalAccountId}/apikeys`);
    await flow.panel.waitForSelector('[data-testid="dashboard-comparison"][data-verdict="same-key"]', { timeout: 20_000 });
    await dashboard.close();
    await closeAll(flow);
  });
});
