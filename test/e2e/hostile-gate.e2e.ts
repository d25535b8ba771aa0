/**
 * Issue 16's hostile-page gate: every fixture of test/e2e/hostile/hostile-fixtures.ts, in both browsers, one browser
 * launch per browser, a fresh page (and guide) per fixture, the same invariants on each:
 * - 0 leaks: the canaries the pages plant are found in no storage area, no extension page's DOM, no console line and
 *   no request of the extension's;
 * - 0 state changes without the agent: the tab's guide (step, keys, candidate, warning) is what the agent's own
 *   actions left, whatever the page did;
 * - 0 uncaught content-script (or extension page) errors;
 * - the verdict is the expected one, or "cannot tell".
 * Plus the online check: a restricted canary typed into it goes to Stripe's API host only, and is kept nowhere after
 * "Forget".
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStripeEditWindow, skipIntroduction } from '../../scripts/happy-path.ts';
import { allowApiHostInBrowserSettings } from './api-permission.ts';
import { BROWSERS, sandboxState, scenario, useSuite, type Suite } from './fixtures.ts';
import { CANARY_BODIES, COVERED_ELSEWHERE, HOSTILE_FIXTURES, RESTRICTED_CANARY, type HostileFixture, type Verdict } from './hostile/hostile-fixtures.ts';
import { allStorageText, domText, guideOf, guideStateOf, newObserved, pollUntil, reportOf, verdictOf, watchPage, watchServiceWorkers, type Observed } from './hostile/observe.ts';
import { installHostileToolkit } from './hostile/page-toolkit.ts';
import { gotoExtensionPage, GECKO_ID, tabIdOf } from './launch.ts';
import { readStorage } from './lifecycle-helpers.ts';
import { waitForOverlayHosts } from './page-actions.ts';

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
const canaryCount = (text: string) => CANARY_BODIES.reduce((sum, body) => sum + count(text, body), 0);
const matches = (name: string, want: string | RegExp) => (typeof want === 'string' ? name === want : want.test(name));

/** The tabs the background holds a health report for. */
async function tabsRead(probe: Page): Promise<string[]> {
  return Object.keys(((await readStorage(probe, 'session')).tabHealth ?? {}) as object);
}

interface State {
  stripe: { clientId: string; redirectUri: string };
}

async function siteUrl(suite: Suite, fixture: HostileFixture): Promise<string> {
  const kartra = suite.sandbox.origin('kartra-app');
  switch (fixture.site ?? 'kartra') {
    case 'kartra':
      return `${kartra}${fixture.path ?? '/integrations'}`;
    case 'kartra-lookalike':
      return `${kartra.replace('app.kartra.localhost', 'app-kartra.localhost')}${fixture.path ?? '/integrations'}`;
    case 'stripe-picker': {
      const { stripe } = await sandboxState<State>(suite);
      const query = new URLSearchParams({ response_type: 'code', client_id: stripe.clientId, scope: 'read_write', state: 'hostile', redirect_uri: stripe.redirectUri });
      return `${suite.sandbox.origin('stripe-connect')}/oauth/authorize?${query}`;
    }
    case 'stripe-error':
      return `${suite.sandbox.origin('stripe-connect')}${fixture.path ?? '/oauth/authorize'}`;
    case 'stripe-dashboard':
      return `${suite.sandbox.origin('stripe-dashboard')}${fixture.path ?? '/apikeys'}`;
  }
}

/** Where the guide stands once the agent has gone on to the fixture's Stripe page. */
const STEP_ON_STRIPE = { 'stripe-picker': 'choose-account', 'stripe-error': 'troubleshoot', 'stripe-dashboard': 'open-tile-menu' } as const;

describe.each(BROWSERS)('the hostile-page gate in %s', (browserName) => {
  const suite = useSuite(browserName);
  let probe: Page;
  let stopWatchingWorkers = () => {};
  const observed: Observed = newObserved();
  let started = 0;

  beforeAll(async () => {
    started = Date.now();
    probe = await suite.ext.browser.newPage();
    watchPage(probe, 'probe', suite.ext.extensionOrigin, observed);
    await gotoExtensionPage(probe, `${suite.ext.extensionOrigin}/popup.html?tabId=0`);
    if (browserName === 'chromium') stopWatchingWorkers = await watchServiceWorkers(suite.ext, observed);
  });
  afterAll(async () => {
    stopWatchingWorkers();
    await probe?.close();
    // The figure the issue asks for: how long the whole table takes in this browser.
    console.info(`hostile-page gate, ${browserName}: ${HOSTILE_FIXTURES.length} fixtures in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  it('counts at least 20 hostile pages, the seven attacks of issue 16 among them', () => {
    expect(HOSTILE_FIXTURES.length + COVERED_ELSEWHERE.length).toBeGreaterThanOrEqual(20);
    const items = new Set([...HOSTILE_FIXTURES.flatMap((f) => (f.issueItem ? [f.issueItem] : [])), ...COVERED_ELSEWHERE.map((c) => c.issueItem)]);
    expect([...items].sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  const opened: Page[] = [];
  const bugHere = (fixture: HostileFixture) => fixture.knownBug?.browsers.includes(browserName) === true;
  it.each(HOSTILE_FIXTURES.filter((f) => !bugHere(f)))('$name', (fixture) => runFixture(fixture));
  for (const fixture of HOSTILE_FIXTURES.filter(bugHere)) it.fails(`${fixture.name} (known bug: ${fixture.knownBug!.what})`, () => runFixture(fixture));

  async function runFixture(fixture: HostileFixture): Promise<void> {
    try {
      await checkFixture(fixture);
    } finally {
      await Promise.all(opened.splice(0).map((page) => page.close().catch(() => undefined)));
    }
  }

  async function checkFixture(fixture: HostileFixture): Promise<void> {
    const { browser, extensionOrigin } = suite.ext;
    const mine = newObserved();
    await scenario(suite, { delay: 0, ...fixture.scenario });
    const site = await browser.newPage();
    opened.push(site);
    watchPage(site, 'site', extensionOrigin, mine);
    await site.evaluateOnNewDocument(installHostileToolkit);
    const onStripe = fixture.site === 'stripe-picker' || fixture.site === 'stripe-error' || fixture.site === 'stripe-dashboard';
    if (fixture.before && !onStripe) await site.evaluateOnNewDocument(fixture.before.fn, ...(fixture.before.args ?? []));
    const kartraUrl = onStripe ? `${suite.sandbox.origin('kartra-app')}/integrations` : await siteUrl(suite, fixture);
    const tabsReadBefore = await tabsRead(probe);
    await site.goto(kartraUrl);
    // A look-alike host is beyond the extension's host permissions: even its tab's URL is hidden from us (tabId -1).
    const tabId = fixture.verdict === 'not-read' ? -1 : await tabIdOf(suite.ext, site);
    const extensionPages: Page[] = [];

    // The agent's part: the guide started and at "open the tile menu", or (Stripe) gone on to Stripe's picker.
    let panel: Page | undefined;
    let expectedGuide: Record<string, unknown> | undefined;
    if (fixture.agent === 'guide' || fixture.agent === 'edit') {
      panel = await browser.newPage({ type: 'window', windowBounds: { width: 440, height: 900 } });
      opened.push(panel);
      watchPage(panel, 'panel', extensionOrigin, mine);
      extensionPages.push(panel);
      await gotoExtensionPage(panel, `${extensionOrigin}/sidepanel.html?tabId=${tabId}`);
      await waitForOverlayHosts(site, 1, { atLeast: true, timeout: 20_000 });
      await (await panel.waitForSelector('[data-testid="start-guide"]'))!.click();
      await panel.waitForSelector('[data-testid="current-step"][data-step="why-reconnect"]');
      await skipIntroduction({ site, panel, tabId });
      await site.bringToFront();
      // The agent's own (trusted) clicks open Kartra's Edit window: its key is the original one.
      if (fixture.agent === 'edit') await openStripeEditWindow({ site, panel, tabId });
      const stripeSite = fixture.site as keyof typeof STEP_ON_STRIPE;
      if (onStripe) {
        if (fixture.before) await site.evaluateOnNewDocument(fixture.before.fn, ...(fixture.before.args ?? []));
        await site.goto(await siteUrl(suite, fixture));
        await panel.waitForSelector(`[data-testid="current-step"][data-step="${STEP_ON_STRIPE[stripeSite]}"]`);
        // A dashboard moves no step: the guide notes which account it shows.
        if (stripeSite === 'stripe-dashboard') {
          const seen = await pollUntil(() => guideOf(probe, tabId), (guide) => guide?.dashboard !== undefined);
          expect(seen?.dashboard, 'the guide noted the dashboard account').toMatchObject({ accountName: expect.stringMatching(/^Brightpath/) });
        }
      }
      expectedGuide = await guideStateOf(probe, tabId);
      expect(expectedGuide?.stepId).toBe(onStripe ? STEP_ON_STRIPE[stripeSite] : fixture.agent === 'edit' ? 'connect-with-stripe' : 'open-tile-menu');
      if (fixture.agent === 'edit') expect(String(expectedGuide?.originalKey)).toMatch(/^pk_/);
    }

    // The page's part.
    const readsKartra = !onStripe && fixture.verdict !== 'not-read';
    if (!onStripe) await site.evaluate(() => hostile.tilesShown());
    if (readsKartra) await pollUntil(() => reportOf(probe, tabId), (r) => (r?.integrations.length ?? 0) > 0);
    if (fixture.act) {
      const args = fixture.act.args?.[0] === '<extension ids>' ? [[new URL(extensionOrigin).host, GECKO_ID]] : (fixture.act.args ?? []);
      await site.evaluate(fixture.act.fn, ...args);
    }

    // The verdict: the expected one (waited for) or "cannot tell".
    if (fixture.verdict === 'not-read') {
      // No tab was reported on since the page opened.
      expect((await tabsRead(probe)).filter((tab) => !tabsReadBefore.includes(tab))).toEqual([]);
    } else if (readsKartra) {
      const report = await pollUntil(
        () => reportOf(probe, tabId),
        (r) => (!fixture.seen || (r?.integrations ?? []).some((i) => matches(i.name, fixture.seen!))) && verdictOf(r) === fixture.verdict,
      );
      expect(['cannot-tell', fixture.verdict] as Verdict[]).toContain(verdictOf(report));
      if (fixture.seen) expect(report?.integrations.some((i) => matches(i.name, fixture.seen!)), `the page was read after its act: ${JSON.stringify(report?.integrations.map((i) => i.name.slice(0, 30)))} ${mine.console.join('\n').slice(0, 2000)}`).toBe(true);
      for (const name of fixture.notStripe ?? []) expect(report?.integrations.filter((i) => i.isStripe && matches(i.name, name)) ?? []).toEqual([]);
      for (const i of report?.integrations ?? []) expect(i.name.length).toBeLessThanOrEqual(80);
    }
    if (fixture.overlays === 'up') await waitForOverlayHosts(site, 1, { atLeast: true });
    if (fixture.overlays === 'hidden') await waitForOverlayHosts(site, 0);
    if (fixture.overlays === 'none') expect(await site.evaluate(() => document.documentElement.children.length)).toBe(2);
    if (fixture.pageCheck) expect(await site.evaluate(fixture.pageCheck.fn, ...(fixture.pageCheck.args ?? []))).toBe(true);

    // 0 state changes without the agent.
    if (expectedGuide) expect(await guideStateOf(probe, tabId)).toEqual(expectedGuide);

    // 0 leaks: the popup shows what was read; then every store, extension DOM, log and extension request is searched.
    const popup = await browser.newPage({ type: 'window', windowBounds: { width: 480, height: 800 } });
    opened.push(popup);
    watchPage(popup, 'popup', extensionOrigin, mine);
    extensionPages.push(popup);
    await gotoExtensionPage(popup, `${extensionOrigin}/popup.html?tabId=${tabId}`);
    if (readsKartra) await popup.waitForSelector('[data-testid="health"], [data-testid="health-no-tiles"]');
    expect(canaryCount(await allStorageText(probe)), 'canaries in storage').toBe(0);
    for (const page of extensionPages) expect(canaryCount(await domText(page)), `canaries in ${page.url()}`).toBe(0);
    expect(canaryCount([...observed.console, ...mine.console].join('\n')), 'canaries in a log').toBe(0);
    expect([...observed.requests, ...mine.requests].filter((r) => r.from !== 'site' && canaryCount(r.text) > 0).map((r) => r.url)).toEqual([]);
    // (The page's own requests are not searched: their Referer carries the page's URL, canaries and all.)

    // 0 uncaught content-script or extension-page errors.
    expect([...mine.extensionErrors, ...observed.extensionErrors.splice(0)]).toEqual([]);
  }

  it('an rk_ canary typed into the online check goes only to the Stripe API host, and is kept nowhere after Forget', async () => {
    await allowApiHostInBrowserSettings(suite);
    const mine = newObserved();
    await scenario(suite, { delay: 0 });
    const site = await suite.ext.browser.newPage();
    watchPage(site, 'site', suite.ext.extensionOrigin, mine);
    await site.goto(`${suite.sandbox.origin('kartra-app')}/integrations`);
    const options = await suite.ext.browser.newPage();
    watchPage(options, 'options', suite.ext.extensionOrigin, mine);
    await gotoExtensionPage(options, `${suite.ext.extensionOrigin}/options.html`);
    await options.click('[data-testid="online-key-input"]');
    await options.type('[data-testid="online-key-input"]', RESTRICTED_CANARY);
    await options.click('[data-testid="online-check-button"]');
    await options.waitForFunction(() => /did not accept the key rk_live_…/.test(document.querySelector('[data-testid="online-check-message"]')?.textContent ?? ''), {
      polling: 100,
      timeout: 15_000,
    });
    const carrying = [...observed.requests, ...mine.requests].filter((r) => canaryCount(r.text) > 0);
    const apiHost = new URL(suite.sandbox.origin('stripe-api')).host;
    // Positive control: the check's own request is seen (an extension page's fetch, in both browsers).
    expect(carrying.length).toBeGreaterThan(0);
    expect(carrying.filter((r) => new URL(r.url).host !== apiHost).map((r) => r.url)).toEqual([]);

    await options.click('[data-testid="online-forget-button"]');
    await options.waitForFunction(() => !document.querySelector('[data-testid="stored-key"]'), { polling: 100 });
    expect(canaryCount(await allStorageText(probe)), 'canary in storage').toBe(0);
    expect(canaryCount(await domText(options)) + canaryCount(await domText(site)), 'canary in a DOM').toBe(0);
    expect(canaryCount([...observed.console, ...mine.console].join('\n')), 'canary in a log').toBe(0);
    expect([...mine.extensionErrors, ...observed.extensionErrors.splice(0)]).toEqual([]);
    await options.close();
    await site.close();
  });
});
