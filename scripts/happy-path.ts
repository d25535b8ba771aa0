/**
 * The reconnect flow through the sandbox, as an agent would walk it, in steps that tests can compose: start the
 * guide on Kartra, open the Stripe tile's Edit window, go to Stripe, sign in, choose an account, Connect or Cancel.
 * `walkHappyPath` strings them together for the happy path and takes a screenshot at every step (of the page with its
 * overlay, and of the side panel). Used by `npm start` on headless machines and by the e2e tests.
 */
import type { Browser, Page } from 'puppeteer-core';
import type { RunningSandbox } from '../sandbox/server.ts';
import { gotoExtensionPage, tabIdOf } from '../test/e2e/launch.ts';
import { clickLabelled, waitForOverlayHosts, waitForText } from '../test/e2e/page-actions.ts';

export interface Flow {
  site: Page;
  panel: Page;
  tabId: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const onStep = (panel: Page, step: string) => panel.waitForSelector(`[data-testid="current-step"][data-step="${step}"]`);

/** Kartra's Integrations page in one tab, the side panel for that tab in a window of its own, guide started. */
export async function startGuideOnKartra(browser: Browser, extensionOrigin: string, sandbox: RunningSandbox): Promise<Flow> {
  const site = await browser.newPage();
  await site.goto(`${sandbox.origin('kartra-app')}/integrations`);
  const tabId = await tabIdOf({ browser, extensionOrigin } as never, site);
  // A window of its own, like a real side panel next to the page: both stay visible (background tabs get no frames).
  const panel = await browser.newPage({ type: 'window', windowBounds: { width: 440, height: 900 } });
  await panel.setViewport({ width: 420, height: 900 });
  await gotoExtensionPage(panel, `${extensionOrigin}/sidepanel.html?tabId=${tabId}`);
  // Overlays live in closed shadow roots: from outside, their host elements are all there is to see.
  await waitForOverlayHosts(site, 1);
  // Always a fresh guide: an earlier test's closed tab may have left one to resume, which is not this flow.
  await (await panel.waitForSelector('[data-testid="start-guide"]'))!.click();
  await onStep(panel, 'why-reconnect');
  return { site, panel, tabId };
}

export async function skipIntroduction({ panel }: Flow): Promise<void> {
  // One step at a time: a second click while the panel re-renders can land on nothing.
  await (await panel.waitForSelector('[data-testid="next"]'))!.click();
  await onStep(panel, 'before-you-begin');
  await (await panel.waitForSelector('[data-testid="next"]'))!.click();
  await onStep(panel, 'open-tile-menu');
}

export async function openStripeEditWindow({ site, panel }: Flow): Promise<void> {
  await clickLabelled(site, 'button[aria-label]', /More options/);
  await onStep(panel, 'choose-edit');
  await clickLabelled(site, '[role="menuitem"]', 'Edit');
  await onStep(panel, 'connect-with-stripe');
}

export async function goToStripeAndSignIn({ site, panel }: Flow, { afterLoginShown }: { afterLoginShown?: () => Promise<void> } = {}): Promise<void> {
  await clickLabelled(site, 'button', 'Connect with Stripe');
  await waitForText(site, /Sign in to your account/);
  await onStep(panel, 'stripe-login');
  await afterLoginShown?.();
  await site.type('input[type="email"]', 'agent@example.test');
  await site.type('input[type="password"]', 'sandbox');
  await clickLabelled(site, 'button', 'Sign in');
  await waitForText(site, /Choose an account/);
  await onStep(panel, 'choose-account');
}

export async function chooseAccount({ site, panel }: Flow, displayName: string): Promise<void> {
  await clickLabelled(site, 'label', new RegExp(escape(displayName)));
  await onStep(panel, 'confirm-connect');
}

export async function clickStripeButton({ site }: Flow, label: 'Connect' | 'Cancel'): Promise<void> {
  await clickLabelled(site, 'button', label);
  await site.waitForFunction(() => location.hostname.startsWith('app.kartra'), { polling: 100 });
}

export interface SandboxState {
  expected: { originalAccountId: string };
  stripe: { accounts: { id: string; displayName: string }[] };
}

export async function readSandboxState<T = SandboxState>(sandbox: RunningSandbox): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${sandbox.port}/__sandbox/state`, { headers: { host: `app.kartra.localhost:${sandbox.port}` } });
  return (await response.json()) as T;
}

/** A guide walked up to Stripe's account picker, with the sandbox's state; `nameOf` gives an account's shown name. */
export async function reachStripePicker<T extends SandboxState = SandboxState>(
  browser: Browser,
  extensionOrigin: string,
  sandbox: RunningSandbox,
): Promise<{ flow: Flow; state: T; nameOf(id: string): string }> {
  const state = await readSandboxState<T>(sandbox);
  const flow = await startGuideOnKartra(browser, extensionOrigin, sandbox);
  await skipIntroduction(flow);
  await openStripeEditWindow(flow);
  await goToStripeAndSignIn(flow);
  const nameOf = (id: string) => state.stripe.accounts.find((a) => a.id === id)!.displayName;
  return { flow, state, nameOf };
}

export interface WalkOptions {
  browser: Browser;
  extensionOrigin: string;
  sandbox: RunningSandbox;
  /** Where to write screenshots; none are taken without it. */
  folder?: string;
  /** Called after each step with the pages, so tests can assert on them. */
  onStep?(step: string, pages: { site: Page; panel: Page }): Promise<void>;
}

/** One step of the walk as screenshotted: the site page with its overlay, and the side panel beside it. */
export interface WalkedStep {
  name: WalkStep;
  caption: string;
  page: string;
  panel: string;
}

/** What the agent sees at each step, in the order walked: the captions of `npm start`'s headless report. */
const CAPTIONS = {
  'guide-started': 'The agent opens the guide on Kartra\'s Integrations page; the red Stripe tile is marked.',
  'point-at-three-dots': 'The overlay points at the Stripe tile\'s three-dots menu.',
  'point-at-edit': 'The menu is open: the overlay points at Edit.',
  'point-at-connect-with-stripe': 'The Edit window shows the original publishable key; the guide keeps it and points at Connect with Stripe.',
  'stripe-login': 'On Stripe: the agent signs in.',
  'stripe-picker': 'Stripe\'s account picker: the account that holds the original key is marked.',
  'original-account-chosen': 'The original account is chosen: the guide confirms it before Connect.',
  reconnected: 'Back on Kartra: Stripe is connected again and the guide is done.',
} as const;
export type WalkStep = keyof typeof CAPTIONS;

export async function walkHappyPath({ browser, extensionOrigin, sandbox, folder, onStep: after }: WalkOptions): Promise<WalkedStep[]> {
  const state = await readSandboxState(sandbox);
  const original = state.stripe.accounts.find((a) => a.id === state.expected.originalAccountId)!;
  const walked: WalkedStep[] = [];
  const flow = await startGuideOnKartra(browser, extensionOrigin, sandbox);
  const step = async (name: WalkStep, pages: { site: Page; panel: Page } = flow) => {
    await pages.site.bringToFront();
    await after?.(name, pages);
    if (!folder) return;
    const prefix = `${folder}/${String(walked.length + 1).padStart(2, '0')}-${name}`;
    await pages.site.screenshot({ path: `${prefix}-page.png` });
    await pages.panel.screenshot({ path: `${prefix}-panel.png` });
    walked.push({ name, caption: CAPTIONS[name], page: `${prefix}-page.png`, panel: `${prefix}-panel.png` });
  };

  await step('guide-started');
  await skipIntroduction(flow);
  await step('point-at-three-dots');
  await clickLabelled(flow.site, 'button[aria-label]', /More options/);
  await onStep(flow.panel, 'choose-edit');
  await step('point-at-edit');
  await clickLabelled(flow.site, '[role="menuitem"]', 'Edit');
  await onStep(flow.panel, 'connect-with-stripe');
  await flow.panel.waitForSelector('[data-testid="original-key"]');
  await step('point-at-connect-with-stripe');
  await goToStripeAndSignIn(flow, { afterLoginShown: () => step('stripe-login') });
  await step('stripe-picker');
  await chooseAccount(flow, original.displayName);
  await flow.panel.waitForSelector('[data-testid="candidate"][data-verdict="same-account"]');
  await step('original-account-chosen');
  await clickStripeButton(flow, 'Connect');
  await waitForText(flow.site, /Stripe connected successfully/);
  await flow.panel.waitForSelector('[data-testid="guide-done"]');
  await step('reconnected');
  return walked;
}
