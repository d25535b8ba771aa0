/**
 * The sandbox's unfamiliar pages (scenario `unfamiliar`, sandbox/data/unfamiliar-wording.ts), opened in a puppeteer
 * page at the state where the extension misses something, with the element a teaching agent would point at. For
 * teach-mode tests: `openUnfamiliarPage(browser, sandbox, 'edit')` gives the open tile menu and its "Modify" item.
 * Works in any puppeteer browser, with or without the extension: it finds things the way the sandbox draws them
 * (visible text and accessible names it knows), never through the extension's readers, which are what is under test.
 *
 * `TEACHINGS` is, for each variant, the one profile change that makes the readers find it again, as the override JSON
 * an agent could paste in the options page (and a derived teach-mode change should amount to).
 */
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { UNFAMILIAR_WORDING, type UnfamiliarVariant } from '../../sandbox/data/unfamiliar-wording.ts';
import type { RunningSandbox } from '../../sandbox/server.ts';
import { DEFAULT_SITE_PROFILE } from '../../lib/kartra/default-site-profile.ts';
import { DEFAULT_STRIPE_PROFILE } from '../../lib/stripe/default-stripe-profile.ts';
import { readSandboxState } from '../../scripts/happy-path.ts';
import { clickLabelled, waitForLabelled } from './page-actions.ts';

export type { UnfamiliarVariant } from '../../sandbox/data/unfamiliar-wording.ts';
export { UNFAMILIAR_VARIANTS } from '../../sandbox/data/unfamiliar-wording.ts';

export interface Teaching {
  profile: 'kartra' | 'stripe';
  /** Where the entry goes, e.g. ['steps', 'editMenuItemNames']. */
  list: readonly string[];
  /** The one entry added to that list. */
  entry: string | { pattern: string; why: string };
  /** In plain words, as a teach-mode preview might say it. */
  says: string;
}

export const TEACHINGS: Record<UnfamiliarVariant, Teaching> = {
  status: { profile: 'kartra', list: ['statusWords', 'needsAttention'], entry: 'payments paused', says: `Treat the text '${UNFAMILIAR_WORDING.status.label}' as needs attention` },
  edit: { profile: 'kartra', list: ['steps', 'editMenuItemNames'], entry: 'modify', says: `The menu item '${UNFAMILIAR_WORDING.edit.label}' opens the Edit window` },
  key: { profile: 'kartra', list: ['steps', 'publishableKeyLabels'], entry: UNFAMILIAR_WORDING.key.label, says: `The field labelled '${UNFAMILIAR_WORDING.key.label}' holds the publishable key` },
  connect: { profile: 'kartra', list: ['steps', 'connectWithStripeNames'], entry: UNFAMILIAR_WORDING.connect.label, says: `The button '${UNFAMILIAR_WORDING.connect.label}' is Connect with Stripe` },
  'stripe-connect': {
    profile: 'stripe',
    list: ['words', 'connectButton'],
    entry: { pattern: '^grant access$', why: 'Taught on the page: the picker\'s Connect button reads "Grant access".' },
    says: `On Stripe, the button '${UNFAMILIAR_WORDING['stripe-connect'].label}' connects the account`,
  },
  dots: { profile: 'kartra', list: ['steps', 'menuButtonNames'], entry: 'gateway tools', says: `The button '${UNFAMILIAR_WORDING.dots.label}' opens a tile's menu` },
};

/**
 * The override JSON for one variant's teaching: the built-in list with the one entry added (lists replace on merge,
 * so the whole list is written out). Parse it with parseSiteProfileOverride / parseStripeProfileOverride.
 */
export function teachingOverride(variant: UnfamiliarVariant): string {
  const { profile, list, entry } = TEACHINGS[variant];
  const defaults: unknown = profile === 'kartra' ? DEFAULT_SITE_PROFILE : DEFAULT_STRIPE_PROFILE;
  const [group, key] = list as [string, string];
  const current = ((defaults as Record<string, Record<string, unknown[]>>)[group]?.[key] ?? []) as unknown[];
  return JSON.stringify({ version: 1, [group]: { [key]: [...current, entry] } });
}

export interface UnfamiliarPage {
  page: Page;
  /** What the agent would point at: the element the built-in profile misses. */
  target: ElementHandle<Element>;
  /** The Stripe tile on Kartra's Integrations page (absent on Stripe's page). */
  stripeTile?: ElementHandle<Element>;
  /** The Stripe tile's menu button, once the menu has been opened (variants edit, key, connect). */
  menuButton?: ElementHandle<Element>;
}

export interface OpenOptions {
  /** More scenario fields (e.g. `red`, `keys`); `unfamiliar` and `delay: 0` are set by the helper. */
  scenario?: Record<string, unknown>;
  /** Leave the sandbox's state as it is instead of resetting it first. */
  keepState?: boolean;
  /** Open in this page instead of a new one. */
  page?: Page;
}

/**
 * Sets scenario `unfamiliar=[variant]` (after a reset, unless `keepState`) and walks to where that variant shows:
 * - status, dots: the Integrations page; target the Stripe tile's status bubble / its menu button.
 * - edit: the Stripe tile's menu open; target the renamed Edit item.
 * - key, connect: the Edit payment gateway window open; target the key's input / the renamed Connect button.
 * - stripe-connect: Stripe's account picker (signed in, the original account chosen so the button is enabled);
 *   target its renamed Connect button.
 */
export async function openUnfamiliarPage(browser: Browser, sandbox: RunningSandbox, variant: UnfamiliarVariant, options: OpenOptions = {}): Promise<UnfamiliarPage> {
  if (!options.keepState) await postSandbox(sandbox, '/__sandbox/reset');
  await postSandbox(sandbox, '/__sandbox/scenario', { delay: 0, ...options.scenario, unfamiliar: [variant], ...(variant === 'stripe-connect' ? { loggedIn: true } : {}) });
  return openScenarioPage(browser, sandbox, variant, options.page);
}

/**
 * The same walk under whatever scenario is set: with `unfamiliar` empty it reaches the familiar page state (the
 * control a test compares with). `variant` says which state and which element; the labels follow the scenario.
 */
export async function openScenarioPage(browser: Browser, sandbox: RunningSandbox, variant: UnfamiliarVariant, reuse?: Page): Promise<UnfamiliarPage> {
  const { scenario } = await readSandboxState<{ scenario: { unfamiliar: UnfamiliarVariant[]; loggedIn: boolean } }>(sandbox);
  const label = (v: UnfamiliarVariant, familiar: string) => (scenario.unfamiliar.includes(v) ? UNFAMILIAR_WORDING[v].label : familiar);
  const page = reuse ?? (await browser.newPage());
  await page.goto(`${sandbox.origin('kartra-app')}/integrations`);
  const stripeTile = await findStripeTile(page);
  const menuButton = await within(stripeTile, `button[aria-label="${label('dots', 'More options')}"]`);
  if (variant === 'dots') return { page, target: menuButton, stripeTile };
  if (variant === 'status') return { page, target: await within(stripeTile, `[aria-label="${label('status', 'Needs attention')}"]`), stripeTile };

  await menuButton.click();
  const editItem = await waitForLabelled(page, '[role="menuitem"]', label('edit', 'Edit'));
  if (variant === 'edit') return { page, target: editItem, stripeTile, menuButton };

  await editItem.click();
  const connect = await waitForLabelled(page, '[role="dialog"] button', label('connect', 'Connect with Stripe'));
  if (variant === 'connect') return { page, target: connect, stripeTile, menuButton };
  if (variant === 'key') {
    const keyLabel = await waitForLabelled(page, '[role="dialog"] label', label('key', 'Publishable key'));
    const input = await keyLabel.evaluateHandle((el) => document.getElementById(el.getAttribute('for') ?? ''));
    return { page, target: input as ElementHandle<Element>, stripeTile, menuButton };
  }

  // stripe-connect: on to Stripe, signed in (the helper's scenario does it), and pick the original account.
  if (!scenario.loggedIn) throw new Error('openScenarioPage(stripe-connect) needs the Stripe user signed in (scenario loggedIn)');
  await connect.click();
  await page.waitForFunction(() => location.hostname.startsWith('connect.stripe'), { polling: 100 });
  const state = await readSandboxState(sandbox);
  const original = state.stripe.accounts.find((a) => a.id === state.expected.originalAccountId)!;
  await clickLabelled(page, 'label', new RegExp(original.displayName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  const button = await waitForLabelled(page, 'button:not([disabled])', label('stripe-connect', 'Connect'));
  return { page, target: button };
}

/** The main Stripe tile: the one whose name is "Stripe" alone (not "Stripe · Courses checkout"), with its menu. */
async function findStripeTile(page: Page): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    () => {
      for (const logo of document.querySelectorAll('img[alt="Stripe logo"]')) {
        let tile = logo.parentElement;
        while (tile && !tile.querySelector('button[aria-haspopup="menu"]')) tile = tile.parentElement;
        const name = logo.nextElementSibling?.firstElementChild?.textContent?.trim();
        if (tile && name === 'Stripe') return tile;
      }
      return null;
    },
    { polling: 100, timeout: 15_000 },
  );
  return handle as ElementHandle<Element>;
}

async function within(scope: ElementHandle<Element>, selector: string): Promise<ElementHandle<Element>> {
  const found = await scope.$(selector);
  if (!found) throw new Error(`no ${selector} in the Stripe tile`);
  return found;
}

/** POST to the sandbox's controls (`/__sandbox/reset`, `/__sandbox/scenario` with a JSON body); throws on a refusal. */
export async function postSandbox(sandbox: RunningSandbox, path: string, body?: unknown): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${sandbox.port}${path}`, {
    method: 'POST',
    headers: { host: `app.kartra.localhost:${sandbox.port}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`sandbox ${path}: ${response.status} ${await response.text()}`);
}
