/**
 * The happy path through the sandbox, as an agent would walk it: red tile → guide → three dots → Edit → Connect with
 * Stripe → sign in → choose the original account → Connect → green tile. Takes a screenshot at every step (of the
 * page with its overlay, and of the side panel). Used by `npm start` on headless machines and by the e2e tests.
 */
import type { Browser, Page } from 'puppeteer-core';
import type { RunningSandbox } from '../sandbox/server.ts';
import { gotoExtensionPage, tabIdOf } from '../test/e2e/launch.ts';
import { clickLabelled, waitForText } from '../test/e2e/page-actions.ts';

export interface WalkOptions {
  browser: Browser;
  extensionOrigin: string;
  sandbox: RunningSandbox;
  /** Where to write screenshots; none are taken without it. */
  folder?: string;
  /** Called after each step with the pages, so tests can assert on them. */
  onStep?(step: string, pages: { site: Page; panel: Page }): Promise<void>;
}

interface SandboxState {
  expected: { originalAccountId: string };
  stripe: { accounts: { id: string; displayName: string }[] };
}

export async function walkHappyPath({ browser, extensionOrigin, sandbox, folder, onStep }: WalkOptions): Promise<string[]> {
  const state = (await (await fetch(`http://127.0.0.1:${sandbox.port}/__sandbox/state`, { headers: { host: `app.kartra.localhost:${sandbox.port}` } })).json()) as SandboxState;
  const original = state.stripe.accounts.find((a) => a.id === state.expected.originalAccountId)!;
  const shots: string[] = [];
  let stepNumber = 0;
  const site = await browser.newPage();
  await site.goto(`${sandbox.origin('kartra-app')}/integrations`);
  const tabId = await tabIdOf({ browser, extensionOrigin } as never, site);
  // A window of its own, like a real side panel next to the page: both stay visible (background tabs get no frames).
  const panel = await browser.newPage({ type: 'window', windowBounds: { width: 440, height: 900 } });
  await panel.setViewport({ width: 420, height: 900 });
  await gotoExtensionPage(panel, `${extensionOrigin}/sidepanel.html?tabId=${tabId}`);

  const step = async (name: string) => {
    await site.bringToFront();
    await onStep?.(name, { site, panel });
    if (!folder) return;
    stepNumber += 1;
    for (const [label, page] of [['page', site], ['panel', panel]] as const) {
      const path = `${folder}/${String(stepNumber).padStart(2, '0')}-${name}-${label}.png`;
      await page.screenshot({ path });
      shots.push(path);
    }
  };

  // Overlays live in closed shadow roots: from outside, their host elements are all there is to see.
  await site.waitForSelector('sra-tile-marker');
  await step('red-tile-marked');

  await clickLabelled(panel, 'button', /Start the reconnect guide|Resume the reconnect guide/);
  await panel.waitForSelector('[data-testid="current-step"][data-step="why-reconnect"]');
  await step('guide-started');
  await clickLabelled(panel, 'button', /Next/);
  await clickLabelled(panel, 'button', /Next/);
  await panel.waitForSelector('[data-testid="current-step"][data-step="open-tile-menu"]');
  await step('point-at-three-dots');

  await clickLabelled(site, 'button[aria-label]', /More options/);
  await panel.waitForSelector('[data-testid="current-step"][data-step="choose-edit"]');
  await step('point-at-edit');

  await clickLabelled(site, '[role="menuitem"]', 'Edit');
  await panel.waitForSelector('[data-testid="current-step"][data-step="connect-with-stripe"]');
  await panel.waitForSelector('[data-testid="original-key"]');
  await step('point-at-connect-with-stripe');

  await clickLabelled(site, 'button', 'Connect with Stripe');
  await waitForText(site, /Sign in to your account/);
  await panel.waitForSelector('[data-testid="current-step"][data-step="stripe-login"]');
  await step('stripe-login');

  await site.type('input[type="email"]', 'agent@example.test');
  await site.type('input[type="password"]', 'sandbox');
  await clickLabelled(site, 'button', 'Sign in');
  await waitForText(site, /Choose an account/);
  await panel.waitForSelector('[data-testid="current-step"][data-step="choose-account"]');
  await step('stripe-picker');

  await clickLabelled(site, 'label', new RegExp(original.displayName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await panel.waitForSelector('[data-testid="candidate"][data-verdict="same-account"]');
  await step('original-account-chosen');

  await clickLabelled(site, 'button', 'Connect');
  await waitForText(site, /Stripe connected successfully/);
  await panel.waitForSelector('[data-testid="guide-done"]');
  await step('reconnected');
  return shots;
}
