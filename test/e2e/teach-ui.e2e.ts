/**
 * Teach mode's pages in the built extension: the way into the picker where our script runs (popup and side panel, on
 * the step's target in the guide), none elsewhere; the options page's "Taught on the page" list, undone from the
 * keyboard, with the export. TEACH_SCREENSHOTS=<folder> also saves what each looks like, light and dark.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { skipIntroduction, startGuideOnKartra } from '../../scripts/happy-path.ts';
import { showInScheme, type ColourScheme } from './colour-scheme.ts';
import { BROWSERS, openExtensionPage, openKartra, scenario, useSuite } from './fixtures.ts';
import { gotoExtensionPage } from './launch.ts';
import { SAMPLE_TAUGHT, seedTaughtChanges } from './taught-changes.ts';

const SHOTS = process.env.TEACH_SCREENSHOTS;

describe.each(BROWSERS)('teach mode pages in %s', (browser) => {
  const suite = useSuite(browser);

  /** An extension page's own tab id, as it knows it (Firefox's puppeteer gives such a page no URL to look it up by). */
  const ownTabId = (page: Page) =>
    page.evaluate(async () => {
      type TabsApi = { tabs: { getCurrent(): Promise<{ id?: number } | undefined> } };
      const scope = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
      return (await (scope.browser ?? scope.chrome)!.tabs.getCurrent())?.id ?? -1;
    });

  async function shoot(page: Page, name: string, selector?: string): Promise<void> {
    if (!SHOTS) return;
    mkdirSync(SHOTS, { recursive: true });
    // Chromium can switch schemes per page; Firefox is launched in one, so it is shot in that one only.
    const schemes: ColourScheme[] = browser === 'chromium' ? ['light', 'dark'] : ['light'];
    for (const scheme of schemes) {
      await showInScheme(page, browser, scheme);
      const path = join(SHOTS, `${browser}-${name}-${scheme}.png`);
      const element = selector ? await page.$(selector) : null;
      await (element ? element.screenshot({ path }) : page.screenshot({ path, fullPage: true }));
    }
  }

  it('popup: the button on a Kartra page, none on a page that is not ours', async () => {
    await scenario(suite, { delay: 0 });
    const kartra = await openKartra(suite);
    const popup = await openExtensionPage(suite, 'popup.html', kartra.tabId);
    const button = await popup.waitForSelector('[data-testid="teach-open"]');
    expect(await button!.evaluate((el) => el.textContent)).toBe('Show the extension what it missed');
    // No step here, so the picker opens on no particular target.
    expect(await popup.$('.teach-target')).toBeNull();
    await shoot(popup, 'popup');
    await popup.close();

    // The same popup for a tab that is not one of our sites (an extension page here): no way into the picker.
    const elsewhere = await suite.ext.browser.newPage();
    await gotoExtensionPage(elsewhere, `${suite.ext.extensionOrigin}/options.html`);
    const otherPopup = await openExtensionPage(suite, 'popup.html', await ownTabId(elsewhere));
    await otherPopup.waitForSelector('[data-testid="tab-situation"][data-situation="not-our-site"]');
    expect(await otherPopup.$('[data-testid="teach-open"]')).toBeNull();
    await otherPopup.close();
    await elsewhere.close();
    await kartra.page.close();
  });

  it('side panel: the button under the current step, opening on what that step looks for', async () => {
    await scenario(suite, { delay: 0 });
    const flow = await startGuideOnKartra(suite.ext.browser, suite.ext.extensionOrigin, suite.sandbox);
    await skipIntroduction(flow);
    await flow.panel.bringToFront();
    const start = await flow.panel.waitForSelector('[data-testid="current-step"] [data-testid="teach-start"] .teach-target');
    expect(await start!.evaluate((el) => el.textContent)).toBe('For this step: The three-dots button.');
    await shoot(flow.panel, 'sidepanel');
    await flow.panel.close();
    await flow.site.close();
  });

  it('options page: empty, then the taught list; Undo from the keyboard; focus stays in the list', async () => {
    const page = await openExtensionPage(suite, 'options.html');
    await page.waitForSelector('[data-testid="taught-empty"]');
    await shoot(page, 'options-empty', '[data-testid="taught-section"]');
    await seedTaughtChanges(page, SAMPLE_TAUGHT);
    await page.waitForSelector('[data-testid="taught-change"]');
    const rows = await page.$$eval('[data-testid="taught-change"] .taught-what', (all) => all.map((el) => el.textContent));
    expect(rows).toEqual([
      'Treat the text «Payments paused» as needs attention',
      'Treat the menu item «Modify» as Edit',
      "Treat «Grant access» as Stripe's Connect button",
    ]);
    await shoot(page, 'options-taught', '[data-testid="taught-section"]');

    await page.focus('[data-undo="taught-e2e-2"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="taught-change"]').length === 2, { polling: 50 });
    expect(await page.$eval('[data-testid="taught-status"]', (el) => el.textContent)).toBe('Undone: Treat the menu item «Modify» as Edit');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-undo'))).toBe('taught-e2e-3');
    await shoot(page, 'options-undone', '[data-testid="taught-section"]');
    await page.close();
  });
});
