/**
 * Issue 17, "The popup is never blank or vague": every kind of tab gets a message and the next thing to do. Opened
 * before install or update (the reload offer) is in update.e2e.ts, a stopped content script in
 * content-script-liveness.e2e.ts; the other kinds are here.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { startGuideOnKartra } from '../../scripts/happy-path.ts';
import { BROWSERS, openExtensionPage, openKartra, scenario, useSuite, type Suite } from './fixtures.ts';
import { gotoExtensionPage, tabIdOf } from './launch.ts';

const WAIT = { polling: 100, timeout: 15_000 } as const;
const SITUATION_IS = (situation: string) =>
  `document.querySelector('[data-testid="tab-situation"]')?.dataset.situation === ${JSON.stringify(situation)}`;
const HAS = (testId: string) => `!!document.querySelector('[data-testid="${testId}"]')`;

type TabsApi = { tabs: { query(q: object): Promise<{ id?: number; active?: boolean }[]>; get(id: number): Promise<{ active?: boolean }> } };

/** Every open tab's id, asked of an extension page (the browser hides other sites' URLs, not their tabs). */
async function tabIds(helper: Page): Promise<number[]> {
  return helper.evaluate(async () => {
    const scope = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
    return (await (scope.browser ?? scope.chrome)!.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id]));
  });
}

/** A tab showing a site that is not ours, and its id (found as the tab that was not there before). */
async function openOtherSite(suite: Suite): Promise<{ page: Page; tabId: number }> {
  const helper = await suite.ext.browser.newPage();
  await gotoExtensionPage(helper, `${suite.ext.extensionOrigin}/popup.html?tabId=0`);
  const before = new Set(await tabIds(helper));
  const page = await suite.ext.browser.newPage();
  await page.goto(`http://127.0.0.1:${suite.sandbox.port}/`);
  const added = (await tabIds(helper)).filter((id) => !before.has(id));
  await helper.close();
  expect(added).toHaveLength(1);
  return { page, tabId: added[0]! };
}

async function popupText(popup: Page): Promise<string> {
  return popup.evaluate(() => document.querySelector('main')?.innerText ?? '');
}

describe.each(BROWSERS)('the popup on every kind of tab, in %s', (browserName) => {
  const suite = useSuite(browserName);

  it('another site: says so and offers Kartra’s Integrations page', async () => {
    const { page, tabId } = await openOtherSite(suite);
    const popup = await openExtensionPage(suite, 'popup.html', tabId);
    await popup.waitForFunction(SITUATION_IS('not-our-site'), WAIT);
    expect(await popupText(popup)).toMatch(/not Kartra or Stripe/);
    expect(await popup.$eval('[data-testid="open-integrations"]', (a) => a.getAttribute('href'))).toMatch(/\/integrations$/);
    await popup.close();
    await page.close();
  });

  it('a Kartra page other than Integrations: links there, and the link takes the tab to it', async () => {
    await scenario(suite, { delay: 0 });
    const { page, tabId } = await openKartra(suite, '/dashboard');
    const popup = await openExtensionPage(suite, 'popup.html', tabId);
    await popup.waitForFunction(HAS('health-off-route'), WAIT);
    const link = (await popup.$('[data-testid="health-off-route"] [data-testid="open-integrations"]'))!;
    expect(await link.evaluate((a) => a.getAttribute('href'))).toBe(`${suite.sandbox.origin('kartra-app')}/integrations`);
    // The link navigates the described tab (the popup closes itself after, as a real popup would).
    await Promise.all([page.waitForNavigation(), link.click()]);
    expect(new URL(page.url()).pathname).toBe('/integrations');
    const again = await openExtensionPage(suite, 'popup.html', tabId);
    await again.waitForFunction(`document.querySelector('#health-title')?.textContent === '1 integration needs attention'`, WAIT);
    await again.close();
    await page.close();
  });

  it('a page still loading: says so, then shows what it found once loaded', async () => {
    await scenario(suite, { delay: 0, pageLoad: 6_000 });
    const page = await suite.ext.browser.newPage();
    const loaded = page.goto(`${suite.sandbox.origin('kartra-app')}/integrations`, { waitUntil: 'load', timeout: 30_000 });
    // The tab exists at once; its id is found by URL once the navigation has committed.
    const helper = await suite.ext.browser.newPage();
    await gotoExtensionPage(helper, `${suite.ext.extensionOrigin}/popup.html?tabId=0`);
    const url = `${suite.sandbox.origin('kartra-app')}/integrations`;
    const tabId = await helper.waitForFunction(
      async (wanted: string) => {
        const scope = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
        const tabs = (await (scope.browser ?? scope.chrome)!.tabs.query({})) as { id?: number; url?: string }[];
        return tabs.find((t) => t.url === wanted)?.id ?? false;
      },
      WAIT,
      url,
    );
    const id = (await tabId.jsonValue()) as number;
    await helper.close();
    const popup = await openExtensionPage(suite, 'popup.html', id);
    await popup.waitForFunction(SITUATION_IS('loading'), WAIT);
    expect(await popupText(popup)).toMatch(/still loading/);
    await loaded;
    await popup.waitForFunction(`document.querySelector('#health-title')?.textContent === '1 integration needs attention'`, WAIT);
    await popup.close();
    await page.close();
  });

  it('Kartra’s Integrations page with no tiles: says nothing was recognised and what to check', async () => {
    await scenario(suite, { delay: 0, tiles: 0 });
    const { page, tabId } = await openKartra(suite);
    const popup = await openExtensionPage(suite, 'popup.html', tabId);
    await popup.waitForFunction(HAS('health-no-tiles'), WAIT);
    expect(await popupText(popup)).toMatch(/No integration tiles found/);
    expect(await popup.$('[data-testid="open-detection-settings"]')).not.toBeNull();
    await popup.close();
    await page.close();
  });

  it('Stripe’s page: says the guide in the side panel follows it', async () => {
    const page = await suite.ext.browser.newPage();
    await page.goto(`${suite.sandbox.origin('stripe-connect')}/login`);
    const popup = await openExtensionPage(suite, 'popup.html', await tabIdOf(suite.ext, page));
    await popup.waitForFunction(SITUATION_IS('stripe-page'), WAIT);
    expect(await popupText(popup)).toMatch(/Stripe’s page/);
    await popup.close();
    await page.close();
  });

  it('a guide in progress on another tab: says where, and goes there', async () => {
    await scenario(suite, { delay: 0 });
    const flow = await startGuideOnKartra(suite.ext.browser, suite.ext.extensionOrigin, suite.sandbox);
    const other = await openKartra(suite);
    const popup = await openExtensionPage(suite, 'popup.html', other.tabId);
    await popup.waitForFunction(HAS('guide-elsewhere'), WAIT);
    expect(await popup.$eval('[data-testid="guide-elsewhere"]', (el) => el.textContent ?? '')).toMatch(/in progress in another tab, at “Why reconnect Stripe”/);
    await popup.$eval('[data-testid="guide-elsewhere"] button', (button) => (button as HTMLButtonElement).click());
    const checker = await openExtensionPage(suite, 'options.html');
    await checker.waitForFunction(
      async (id: number) => {
        const scope = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
        return (await (scope.browser ?? scope.chrome)!.tabs.get(id)).active === true;
      },
      WAIT,
      flow.tabId,
    );
    // The guide's own tab has no such note.
    const own = await openExtensionPage(suite, 'popup.html', flow.tabId);
    await own.waitForFunction(HAS('health'), WAIT);
    expect(await own.$('[data-testid="guide-elsewhere"]')).toBeNull();
    for (const page of [own, checker, other.page, flow.site, flow.panel]) await page.close();
    if (!popup.isClosed()) await popup.close();
  });
});
