/**
 * Scenario `unfamiliar`, the claim teach mode stands on: for each variant, the shipped readers find the element on
 * the familiar page, miss it on the unfamiliar one with the built-in profile, and find that very element again once
 * the one entry of `TEACHINGS` is added (a validated override). The readers are the extension's own modules, bundled
 * and run in the real sandbox pages in Chromium and Firefox; the pages are reached with test/e2e/unfamiliar-pages.ts.
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleModule } from '../../scripts/bench/bundle-module.ts';
import { readSandboxState } from '../../scripts/happy-path.ts';
import { DEFAULT_SITE_PROFILE } from '../../lib/kartra/default-site-profile.ts';
import { parseSiteProfileOverride } from '../../lib/kartra/site-profile.ts';
import { DEFAULT_STRIPE_PROFILE } from '../../lib/stripe/default-stripe-profile.ts';
import { parseStripeProfileOverride } from '../../lib/stripe/stripe-profile.ts';
import { startSandbox, type RunningSandbox } from '../../sandbox/server.ts';
import { launchPlainBrowser } from './launch.ts';
import { BROWSERS } from './fixtures.ts';
import { openScenarioPage, openUnfamiliarPage, postSandbox, teachingOverride, TEACHINGS, UNFAMILIAR_VARIANTS, type UnfamiliarPage, type UnfamiliarVariant } from './unfamiliar-pages.ts';

/** What one reader made of the page: whether it found the element the agent would point at, and what it saw. */
interface Reading {
  found: boolean;
  seen: string;
}

/** The taught profile: the built-in one with the variant's one entry added, through the same parser as an override. */
function taughtProfile(variant: UnfamiliarVariant): unknown {
  const json = teachingOverride(variant);
  const parsed = TEACHINGS[variant].profile === 'kartra' ? parseSiteProfileOverride(json) : parseStripeProfileOverride(json);
  if (!parsed.ok) throw new Error(`${variant}: the teaching is not a valid override: ${JSON.stringify(parsed)}`);
  return parsed.profile;
}

const builtIn = (variant: UnfamiliarVariant): unknown => (TEACHINGS[variant].profile === 'kartra' ? DEFAULT_SITE_PROFILE : DEFAULT_STRIPE_PROFILE);

/** Run the variant's reader in the page, with `profile`, and say whether it lands on `opened.target`. */
async function read(page: Page, readers: string, variant: UnfamiliarVariant, profile: unknown, opened: UnfamiliarPage, key: string): Promise<Reading> {
  // Evaluated by the browser's automation channel, so the Kartra pages' strict CSP does not stop it.
  await page.evaluate(readers);
  const none = opened.target;
  return page.evaluate(
    (name: string, profileJson: string, target: Element, tile: Element, menuButton: Element, expectedKey: string): Reading => {
      type Api = typeof import('./readers-entry.ts');
      const api = (globalThis as unknown as { SRAReaders: Api }).SRAReaders;
      const p = JSON.parse(profileJson) as never;
      const same = (el: Element | undefined): Reading => ({ found: el === target, seen: el ? `${el.tagName} "${el.getAttribute('aria-label') ?? el.textContent?.trim()}"` : 'nothing' });
      switch (name) {
        case 'status': {
          const report = api.detectIntegrations(document, p);
          const stripe = report.integrations.find((i) => i.element.contains(target));
          return { found: stripe?.status === 'needs-attention', seen: stripe ? `${stripe.status} ${JSON.stringify(stripe.decidedBy)}` : 'no tile' };
        }
        case 'dots':
          return same(api.findTileMenuButton(tile, p));
        case 'edit':
          return same(api.findEditMenuItem(document, p, menuButton));
        case 'key': {
          const modal = api.findGatewayModal(document, p);
          const values = modal ? api.readPublishableKeyCandidates(modal, p) : [];
          const shown = (target as HTMLInputElement).value;
          return { found: modal !== undefined && shown === expectedKey && values.length === 1 && values[0] === shown, seen: modal ? `values ${JSON.stringify(values)}` : 'no window' };
        }
        case 'connect':
          return same(api.findConnectWithStripeButton(document, p));
        default: {
          const lookup = api.findConnectButton(document, api.compileStripeProfile(p));
          return lookup.status === 'found' ? same(lookup.element) : { found: false, seen: lookup.status };
        }
      }
    },
    variant,
    JSON.stringify(profile),
    opened.target,
    opened.stripeTile ?? none,
    opened.menuButton ?? none,
    key,
  );
}

describe.each(BROWSERS)('unfamiliar sandbox pages read in %s', (browserName) => {
  let browser: Browser;
  let sandbox: RunningSandbox;
  let readers: string;
  let originalKey: string;
  beforeAll(async () => {
    readers = await bundleModule('test/e2e/readers-entry.ts', 'iife', 'SRAReaders');
    sandbox = await startSandbox({ port: 0 });
    originalKey = (await readSandboxState<{ expected: { originalPublishableKey: string } }>(sandbox)).expected.originalPublishableKey;
    browser = await launchPlainBrowser(browserName);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  it.each(UNFAMILIAR_VARIANTS)('%s: found on the familiar page, missed on the unfamiliar one, found again with the one taught entry', async (variant) => {
    const familiar = await openFamiliar(browser, sandbox, variant);
    try {
      const reading = await read(familiar.page, readers, variant, builtIn(variant), familiar, originalKey);
      expect(reading.found, `familiar page, built-in profile: ${reading.seen}`).toBe(true);
    } finally {
      await familiar.page.close();
    }

    const opened = await openUnfamiliarPage(browser, sandbox, variant);
    try {
      const missed = await read(opened.page, readers, variant, builtIn(variant), opened, originalKey);
      expect(missed.found, `unfamiliar page, built-in profile: ${missed.seen}`).toBe(false);
      if (variant === 'status') expect(missed.seen).toMatch(/^unknown /);
      const taught = await read(opened.page, readers, variant, taughtProfile(variant), opened, originalKey);
      expect(taught.found, `unfamiliar page, taught profile: ${taught.seen}`).toBe(true);
    } finally {
      await opened.page.close();
    }
  });

  it('a taught profile changes nothing on the familiar page', async () => {
    for (const variant of UNFAMILIAR_VARIANTS) {
      const familiar = await openFamiliar(browser, sandbox, variant);
      try {
        const reading = await read(familiar.page, readers, variant, taughtProfile(variant), familiar, originalKey);
        expect(reading.found, `${variant}, familiar page, taught profile: ${reading.seen}`).toBe(true);
      } finally {
        await familiar.page.close();
      }
    }
  });

  it('all variants at once: each is missed, and each is found with its own entry (they combine)', async () => {
    await postSandbox(sandbox, '/__sandbox/reset');
    await postSandbox(sandbox, '/__sandbox/scenario', { delay: 0, loggedIn: true, unfamiliar: UNFAMILIAR_VARIANTS });
    for (const variant of UNFAMILIAR_VARIANTS) {
      const opened = await openScenarioPage(browser, sandbox, variant);
      try {
        const missed = await read(opened.page, readers, variant, builtIn(variant), opened, originalKey);
        expect(missed.found, `${variant}, all unfamiliar, built-in profile: ${missed.seen}`).toBe(false);
        const taught = await read(opened.page, readers, variant, taughtProfile(variant), opened, originalKey);
        expect(taught.found, `${variant}, all unfamiliar, taught profile: ${taught.seen}`).toBe(true);
      } finally {
        await opened.page.close();
      }
    }
  });

  it('each teaching adds exactly one entry to one list of the built-in profile', () => {
    for (const variant of UNFAMILIAR_VARIANTS) {
      const { list, entry } = TEACHINGS[variant];
      const [group, key] = list as [string, string];
      const before = (builtIn(variant) as Record<string, Record<string, unknown[]>>)[group]![key]!;
      const after = (taughtProfile(variant) as Record<string, Record<string, unknown[]>>)[group]![key]!;
      expect(after, variant).toEqual([...before, entry]);
    }
  });
});

/** The same page state with `unfamiliar` empty: what the built-in profile was written for. */
async function openFamiliar(browser: Browser, sandbox: RunningSandbox, variant: UnfamiliarVariant): Promise<UnfamiliarPage> {
  await postSandbox(sandbox, '/__sandbox/reset');
  await postSandbox(sandbox, '/__sandbox/scenario', { delay: 0, loggedIn: true });
  return openScenarioPage(browser, sandbox, variant);
}

