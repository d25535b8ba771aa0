import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { BROWSERS, openExtensionPage, openKartra, scenario, useSuite } from './fixtures.ts';
import { clickLabelled, overlayHostCount, waitForOverlayHosts } from './page-actions.ts';

/** The popup's view of a tab, re-read until it matches (detection is debounced). */
async function waitForPopup(popup: Page, check: string): Promise<void> {
  try {
    await popup.waitForFunction(check, { polling: 100, timeout: 15_000 });
  } catch (error) {
    const shown = await popup.evaluate(() => document.querySelector('main')?.textContent?.slice(0, 200));
    throw new Error(`popup never satisfied ${check}; it shows: ${shown}`, { cause: error });
  }
}

async function badgeText(probe: Page, tabId: number): Promise<string> {
  return probe.evaluate(async (id: number) => {
    type Api = { action: { getBadgeText(d: { tabId: number }): Promise<string> } };
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (scope.browser ?? scope.chrome)!.action.getBadgeText({ tabId: id });
  }, tabId);
}

/** The badge is painted just after the health is stored (which the popup shows), so wait for it rather than race it. */
async function waitForBadge(probe: Page, tabId: number, expected: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  let seen = await badgeText(probe, tabId);
  while (seen !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    seen = await badgeText(probe, tabId);
  }
  expect(seen).toBe(expected);
}

const ATTENTION_TITLE = (text: string) => `document.querySelector('#health-title')?.textContent === ${JSON.stringify(text)}`;

describe.each(BROWSERS)('integration health detection in %s', (browserName) => {
  const suite = useSuite(browserName);

  it('finds the red tile after a late render, counts it on the badge, and lists it in the popup', async () => {
    await scenario(suite, { delay: 1500, red: 'stripe,mailchimp' });
    const { page, tabId } = await openKartra(suite);
    const popup = await openExtensionPage(suite, 'popup.html', tabId);
    await waitForPopup(popup, ATTENTION_TITLE('2 integrations need attention'));
    const names = await popup.$$eval('[data-testid="integration"][data-status="needs-attention"] strong', (els) => els.map((e) => e.textContent));
    expect(names.sort()).toEqual(['Mailchimp', 'Stripe']);
    await waitForBadge(popup, tabId, '2');
    await page.close();
    await popup.close();
  });

  it('works under the strict CSP the sandbox Kartra pages send: marker styled and placed on the red tile', async () => {
    await scenario(suite, { delay: 300 });
    const page = await suite.ext.browser.newPage();
    const response = await page.goto(`${suite.sandbox.origin('kartra-app')}/integrations`);
    expect(response?.headers()['content-security-policy']).toMatch(/style-src 'self';/);
    await waitForOverlayHosts(page, 1, { timeout: 20_000 });
    // Our stylesheet lives in the closed shadow root; had the page's CSP blocked it, the host would not be pinned.
    await page.waitForFunction(() => {
      const host = document.documentElement.lastElementChild;
      return host !== null && getComputedStyle(host).position === 'fixed' && getComputedStyle(host).zIndex === '2147483647';
    }, { polling: 100, timeout: 10_000 });
    await page.close();
  });

  it('follows filter and search re-renders, and SPA navigation away and back', async () => {
    await scenario(suite, { delay: 300 });
    const { page, tabId } = await openKartra(suite);
    const popup = await openExtensionPage(suite, 'popup.html', tabId);
    await waitForPopup(popup, ATTENTION_TITLE('1 integration needs attention'));

    // Filtering replaces the tile nodes: Stripe is not among the Email integrations.
    await page.bringToFront();
    await page.select('select[aria-label="Filter by category"]', 'email');
    await waitForPopup(popup, ATTENTION_TITLE('No integration needs attention'));
    await page.select('select[aria-label="Filter by category"]', '');
    await waitForPopup(popup, ATTENTION_TITLE('1 integration needs attention'));

    // Search re-renders too.
    await page.type('input[aria-label="Search integrations"]', 'stri');
    await waitForPopup(popup, ATTENTION_TITLE('1 integration needs attention'));

    // Away with pushState, back with the browser's back button, forward and back again.
    await clickLabelled(page, 'a', 'Dashboard');
    await waitForPopup(popup, `!!document.querySelector('[data-testid="health-off-route"]')`);
    await waitForBadge(popup, tabId, '');
    await page.goBack();
    await waitForPopup(popup, ATTENTION_TITLE('1 integration needs attention'));
    await page.goForward();
    await waitForPopup(popup, `!!document.querySelector('[data-testid="health-off-route"]')`);
    await page.goBack();
    await waitForPopup(popup, ATTENTION_TITLE('1 integration needs attention'));
    await waitForBadge(popup, tabId, '1');
    await page.close();
    await popup.close();
  });

  it('50 SPA navigations of every kind (pushState, replaceState, back/forward, hash): the marker shows exactly on the Integrations route', async () => {
    await scenario(suite, { delay: 0 });
    const { page } = await openKartra(suite);
    const expectMarkers = async (count: number, step: string) => {
      try {
        await waitForOverlayHosts(page, count, { timeout: 10_000 });
      } catch (error) {
        const seen = { url: page.url(), markers: await overlayHostCount(page) };
        throw new Error(`after ${step}: expected ${count} marker(s), page shows ${JSON.stringify(seen)}`, { cause: error });
      }
    };
    await expectMarkers(1, 'load');
    const navigations: [string, () => Promise<unknown>, number][] = [
      ['pushState (menu link)', () => clickLabelled(page, 'a', 'Dashboard'), 0],
      ['back', () => page.goBack(), 1],
      ['forward', () => page.goForward(), 0],
      ['back again', () => page.goBack(), 1],
      // The page rewrites its URL without re-rendering: the tiles stay, but this is no longer the Integrations route.
      ['replaceState away', () => page.evaluate(() => history.replaceState(null, '', '/contacts')), 0],
      ['replaceState back', () => page.evaluate(() => history.replaceState(null, '', '/integrations')), 1],
      ['hash change', () => page.evaluate(() => void (location.hash = '#payment-gateways')), 1],
      ['hash cleared', () => page.evaluate(() => history.pushState(null, '', '/integrations')), 1],
    ];
    let done = 0;
    while (done < 50) {
      for (const [step, navigate, markers] of navigations) {
        if (done === 50) break;
        await navigate();
        await expectMarkers(markers, `${step} (navigation ${++done})`);
      }
    }
    // Exactly one marker at the end: nothing piled up along the way.
    expect(await overlayHostCount(page)).toBe(1);
    await page.close();
  });
});
