/**
 * Never a false all-clear, in the real extension: a tile whose status cannot be read makes the popup say so and the
 * badge show `?`; an Integrations page with no tiles found says so and offers the detection settings.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { BROWSERS, openExtensionPage, openKartra, scenario, useSuite } from './fixtures.ts';

async function waitForTitle(popup: Page, expected: string): Promise<void> {
  try {
    await popup.waitForFunction((text: string) => document.querySelector('#health-title')?.textContent === text, { polling: 100, timeout: 15_000 }, expected);
  } catch (error) {
    const shown = await popup.evaluate(() => document.querySelector('main')?.textContent?.slice(0, 300));
    throw new Error(`popup never said "${expected}"; it shows: ${shown}`, { cause: error });
  }
}

/** The badge is painted just after the health is stored; wait on it in the extension page. */
async function waitForBadge(popup: Page, tabId: number, expected: string): Promise<void> {
  const read = (id: number) => {
    type Api = { action: { getBadgeText(d: { tabId: number }): Promise<string> } };
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (scope.browser ?? scope.chrome)!.action.getBadgeText({ tabId: id });
  };
  await popup.waitForFunction(
    async (id: number, want: string) => {
      type Api = { action: { getBadgeText(d: { tabId: number }): Promise<string> } };
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
      return (await (scope.browser ?? scope.chrome)!.action.getBadgeText({ tabId: id })) === want;
    },
    { polling: 100, timeout: 10_000 },
    tabId,
    expected,
  ).catch(async (error: unknown) => {
    throw new Error(`badge never showed "${expected}"; it shows "${await popup.evaluate(read, tabId)}"`, { cause: error });
  });
}

describe.each(BROWSERS)('cannot tell, said as such, in %s', (browserName) => {
  const suite = useSuite(browserName);

  it('a tile with an unreadable status: counted in the popup, listed with why, badge ?', async () => {
    await scenario(suite, { delay: 0, red: 'none', unreadable: 'paypal' });
    const { page, tabId } = await openKartra(suite);
    const popup = await openExtensionPage(suite, 'popup.html', tabId);
    await waitForTitle(popup, '16 integrations found, the status of 1 could not be read');
    const listed = await popup.$$eval('[data-testid="integration"]', (els) =>
      els.map((e) => ({ status: e.getAttribute('data-status'), name: e.querySelector('strong')?.textContent, why: e.querySelector('.why')?.textContent })),
    );
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ status: 'unknown', name: 'PayPal' });
    expect(listed[0]?.why).toMatch(/^Could not read: nothing on the tile shows a status/);
    expect(await popup.$eval('main', (m) => m.textContent)).not.toContain('No integration needs attention');
    await waitForBadge(popup, tabId, '?');
    await page.close();
    await popup.close();
  });

  it('red wins the badge; the unreadable ones are still said', async () => {
    await scenario(suite, { delay: 0, red: 'stripe', unreadable: 'paypal,zapier' });
    const { page, tabId } = await openKartra(suite);
    const popup = await openExtensionPage(suite, 'popup.html', tabId);
    await waitForTitle(popup, '1 integration needs attention');
    await popup.waitForSelector('[data-testid="health-unreadable"]', { timeout: 5_000 });
    expect(await popup.$eval('[data-testid="health-unreadable"]', (e) => e.textContent)).toBe('The status of 2 other integrations could not be read.');
    await waitForBadge(popup, tabId, '1');
    await page.close();
    await popup.close();
  });

  it('no tiles on the Integrations page: says so, offers the detection settings, badge ?', async () => {
    await scenario(suite, { delay: 0, tiles: 0 });
    const { page, tabId } = await openKartra(suite);
    await page.waitForFunction(() => document.body.textContent?.includes('No integrations match your filters.'), { polling: 100, timeout: 10_000 });
    const popup = await openExtensionPage(suite, 'popup.html', tabId);
    await waitForTitle(popup, 'No integration tiles found on this page');
    const href = await popup.$eval('[data-testid="open-detection-settings"]', (a) => (a as HTMLAnchorElement).href);
    expect(href).toMatch(/\/options\.html$/);
    await waitForBadge(popup, tabId, '?');
    await page.close();
    await popup.close();
  });

  it('every tile read: the all-clear, and no badge', async () => {
    await scenario(suite, { delay: 0, red: 'none' });
    const { page, tabId } = await openKartra(suite);
    const popup = await openExtensionPage(suite, 'popup.html', tabId);
    await waitForTitle(popup, 'No integration needs attention');
    await waitForBadge(popup, tabId, '');
    await page.close();
    await popup.close();
  });
});
