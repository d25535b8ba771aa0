/**
 * Two Kartra tabs at once, each with its own guide (the issue: the guide state survives "two Kartra tabs open at once,
 * one guide per integration"). The tabs are two Kartra accounts (two sandboxes, different original Stripe accounts),
 * each with its side panel in a window of its own. Advancing one guide leaves the other exactly as it was, and each
 * panel shows its own step, progress and original key.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStripeEditWindow, skipIntroduction, type Flow } from '../../scripts/happy-path.ts';
import { MAIN_PATH } from '../../lib/guide/steps.ts';
import { startSandbox } from '../../sandbox/server.ts';
import { BROWSERS, openExtensionPage, sandboxState, scenario, useSuite, type Suite } from './fixtures.ts';
import { tabIdOf } from './launch.ts';
import { readStorage } from './lifecycle-helpers.ts';
import { waitForOverlayHosts } from './page-actions.ts';

interface State {
  expected: { originalAccountId: string; originalPublishableKey: string };
  stripe: { accounts: { id: string }[] };
}

interface StoredGuide {
  id: string;
  tabId: number;
  tabIds: number[];
  stepId: string;
  completed: Record<string, number>;
  originalKey?: string;
}

/** The panel's step and progress label, once the panel shows `step`. */
async function shownGuide(panel: Page, step: string): Promise<{ progress: string; key: string | undefined }> {
  await panel.waitForSelector(`[data-testid="current-step"][data-step="${step}"]`);
  const progress = await panel.$eval('[data-testid="progress-label"]', (el) => el.textContent ?? '');
  const key = await panel.$eval('[data-testid="original-key"]', (el) => el.textContent ?? '').catch(() => undefined);
  return { progress, key };
}

const progressAt = (step: string) => new RegExp(`^Step ${MAIN_PATH.indexOf(step as never) + 1} of ${MAIN_PATH.length} · Stripe$`);
const lastFour = (key: string) => new RegExp(`…${key.slice(-4)}$`);

async function guidesByTab(probe: Page): Promise<Map<number, StoredGuide>> {
  const { guides } = (await readStorage(probe)) as { guides?: Record<string, StoredGuide> };
  return new Map(Object.values(guides ?? {}).map((guide) => [guide.tabId, guide]));
}

/** Until the tab's guide has taken in what the tab's page showed when it started (the red Stripe tile). */
async function waitForGuideToSeeItsPage(probe: Page, tabId: number): Promise<void> {
  const seen = async () => (await guidesByTab(probe)).get(tabId)?.completed['find-red-tile'] !== undefined;
  const deadline = Date.now() + 30_000;
  while (!(await seen())) {
    if (Date.now() > deadline) throw new Error(`the guide of tab ${tabId} never saw its page`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Kartra's Integrations page for `account` and its side panel, each in a window of its own, and a guide started from
 * the panel. A plain new tab would open in the last window opened, the other account's panel, and hide that panel
 * (hidden pages get no frames in headless Chromium, so clicks there never land).
 */
async function startGuideIn(account: Suite): Promise<Flow> {
  const site = await account.ext.browser.newPage({ type: 'window', windowBounds: { width: 1280, height: 900 } });
  await site.goto(`${account.sandbox.origin('kartra-app')}/integrations`);
  const tabId = await tabIdOf(account.ext, site);
  const panel = await openExtensionPage(account, 'sidepanel.html', tabId);
  await waitForOverlayHosts(site, 1);
  await (await panel.waitForSelector('[data-testid="start-guide"]'))!.click();
  await panel.waitForSelector('[data-testid="current-step"][data-step="why-reconnect"]');
  await waitForGuideToSeeItsPage(panel, tabId);
  return { site, panel, tabId };
}

describe.each(BROWSERS)('two Kartra tabs in %s', (browserName) => {
  const suite = useSuite(browserName);
  // A second Kartra account: its own sandbox, whose Stripe integration was connected with another Stripe account.
  const other = {} as Suite;
  beforeAll(async () => {
    other.ext = suite.ext;
    other.sandbox = await startSandbox({ port: 0 });
  });
  afterAll(async () => {
    await other.sandbox?.close();
  });

  it('keeps one guide per tab: advancing one leaves the other as it was, and each panel shows its own', async () => {
    await scenario(suite, { delay: 300 });
    const first = await sandboxState<State>(suite);
    const secondOriginal = first.stripe.accounts.find((a) => a.id !== first.expected.originalAccountId)!.id;
    await scenario(other, { delay: 300, original: secondOriginal });
    const second = await sandboxState<State>(other);
    expect(second.expected.originalPublishableKey).not.toBe(first.expected.originalPublishableKey);

    const a = await startGuideIn(suite);
    const b = await startGuideIn(other);
    const before = await guidesByTab(a.panel);
    expect([...before.keys()].sort()).toEqual([a.tabId, b.tabId].sort());
    expect(before.get(a.tabId)!.id).not.toBe(before.get(b.tabId)!.id);

    // A goes to Kartra's Edit window: its panel follows, B's guide and panel stay where they were.
    await a.site.bringToFront();
    await skipIntroduction(a);
    await openStripeEditWindow(a);
    await a.panel.waitForSelector('[data-testid="original-key"]');
    const shownA = await shownGuide(a.panel, 'connect-with-stripe');
    expect(shownA.progress).toMatch(progressAt('connect-with-stripe'));
    expect(shownA.key).toMatch(lastFour(first.expected.originalPublishableKey));
    const afterA = await guidesByTab(b.panel);
    expect(afterA.get(b.tabId)).toEqual(before.get(b.tabId));
    expect(afterA.get(a.tabId)).toMatchObject({ stepId: 'connect-with-stripe', tabIds: [a.tabId], originalKey: first.expected.originalPublishableKey });
    const shownB = await shownGuide(b.panel, 'why-reconnect');
    expect(shownB.progress).toMatch(progressAt('why-reconnect'));
    expect(shownB.key).toBeUndefined();

    // Then B does the same on its own account: it reads its own key, and A's guide does not move.
    await b.site.bringToFront();
    await skipIntroduction(b);
    await openStripeEditWindow(b);
    await b.panel.waitForSelector('[data-testid="original-key"]');
    expect((await shownGuide(b.panel, 'connect-with-stripe')).key).toMatch(lastFour(second.expected.originalPublishableKey));
    const afterB = await guidesByTab(a.panel);
    expect(afterB.get(a.tabId)).toEqual(afterA.get(a.tabId));
    expect(afterB.get(b.tabId)).toMatchObject({ stepId: 'connect-with-stripe', tabIds: [b.tabId], originalKey: second.expected.originalPublishableKey });
    expect(await shownGuide(a.panel, 'connect-with-stripe')).toEqual(shownA);

    for (const page of [a.site, a.panel, b.site, b.panel]) await page.close();
  });
});
