/**
 * Issue 16, item 3. A page dispatches the event WXT uses to retire an older copy of a content script
 * (`<extension id>:kartra:wxt:content-script-started`, a predictable name); detection must go on regardless. And
 * when a tab's content script is really gone, the popup says so instead of showing its last report as current.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { BROWSERS, openExtensionPage, openKartra, scenario, useSuite } from './fixtures.ts';
import { builtExtensionDir, GECKO_ID } from './launch.ts';
import { waitForOverlayHosts } from './page-actions.ts';

const WAIT = { polling: 100, timeout: 15_000 } as const;
const TITLE_IS = (text: string) => `document.querySelector('#health-title')?.textContent === ${JSON.stringify(text)}`;
const STATE_IS = (state: string) => `document.querySelector('[data-testid="tab-state"]')?.dataset.state === ${JSON.stringify(state)}`;

/** What a page can know of our id: Chrome's is in every extension URL, Firefox's is the add-on id. */
function idsAPageCouldTry(extensionOrigin: string): string[] {
  return [new URL(extensionOrigin).host, GECKO_ID];
}

async function spoofStopSignals(page: Page, ids: string[]): Promise<void> {
  await page.evaluate((candidates: string[]) => {
    for (const id of candidates) {
      for (const script of ['kartra', 'stripe']) {
        const type = `${id}:${script}:wxt:content-script-started`;
        const detail = { contentScriptName: script, messageId: 'from-the-page' };
        document.dispatchEvent(new CustomEvent(type, { detail }));
        document.body.dispatchEvent(new CustomEvent(type, { detail, bubbles: true }));
        window.postMessage({ type, contentScriptName: script, messageId: 'from-the-page' }, '*');
      }
    }
  }, ids);
}

describe.each(BROWSERS)('content script liveness in %s', (browserName) => {
  const suite = useSuite(browserName);

  it("a page's fake content-script-started event does not switch detection off", async () => {
    await scenario(suite, { delay: 0 });
    const { page, tabId } = await openKartra(suite);
    await waitForOverlayHosts(page, 1, { timeout: 20_000 });
    const popup = await openExtensionPage(suite, 'popup.html', tabId);
    await popup.waitForFunction(TITLE_IS('1 integration needs attention'), WAIT);

    await page.bringToFront();
    await spoofStopSignals(page, idsAPageCouldTry(suite.ext.extensionOrigin));
    // Detection still follows the page: a filter re-render, then SPA navigation away and back.
    await page.select('select[aria-label="Filter by category"]', 'email');
    await popup.waitForFunction(TITLE_IS('No integration needs attention'), WAIT);
    await page.select('select[aria-label="Filter by category"]', '');
    await popup.waitForFunction(TITLE_IS('1 integration needs attention'), WAIT);
    await page.evaluate(() => history.pushState(null, '', '/contacts'));
    await popup.waitForFunction(`!!document.querySelector('[data-testid="health-off-route"]')`, WAIT);
    await page.evaluate(() => history.pushState(null, '', '/integrations'));
    await popup.waitForFunction(TITLE_IS('1 integration needs attention'), WAIT);
    await waitForOverlayHosts(page, 1);
    // And the popup, asking the tab, hears a running assistant.
    await popup.waitForFunction(STATE_IS('running'), WAIT);
    expect(await popup.$('[data-testid="stopped-tab-notice"]')).toBeNull();
    await popup.close();
    await page.close();
  });

  it.runIf(browserName === 'chromium')('a tab whose content script is gone is shown as stopped, with a reload that brings it back', async () => {
    await scenario(suite, { delay: 0 });
    const { page, tabId } = await openKartra(suite);
    await waitForOverlayHosts(page, 1, { timeout: 20_000 });
    // An update leaves Chrome's open tabs without a content script; then the list of such tabs is lost too
    // (as after a browser crash): only asking the tab can tell.
    await suite.ext.browser.installExtension(builtExtensionDir(browserName));
    await waitForOverlayHosts(page, 0, WAIT);
    const popup = await openExtensionPage(suite, 'popup.html', tabId);
    // The new worker lists the tab first (lib/background/tabs-to-reload.ts); the list is then lost.
    await popup.waitForSelector('[data-testid="reload-tab-notice"]', WAIT);
    await popup.evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { set(v: object): Promise<void> } } } }).chrome.storage.session.set({ tabsToReload: [] }));
    const reload = await popup.waitForSelector('[data-testid="stopped-tab-notice"] button', WAIT);
    expect(await popup.$eval('[data-testid="stopped-tab-notice"]', (el) => el.textContent)).toMatch(/stopped reading this tab/);
    await page.bringToFront();
    await reload!.click();
    await waitForOverlayHosts(page, 1, { timeout: 20_000 });
    await popup.waitForFunction(STATE_IS('running'), WAIT);
    expect(await popup.$('[data-testid="stopped-tab-notice"]')).toBeNull();
    await popup.close();
    await page.close();
  });
});
