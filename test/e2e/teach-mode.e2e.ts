/**
 * Teach mode end to end, in the built extension: on sandbox pages the extension does not know (scenario
 * `unfamiliar`), the agent opens the picker, points at what was missed, applies the change the picker offers, and the
 * extension then reads the page; undo brings the previous verdict back.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { BROWSERS, openExtensionPage, useSuite } from './fixtures.ts';
import { tabIdOf } from './launch.ts';
import { overlayHostCount, waitForOverlayHosts } from './page-actions.ts';
import { pickWithMouse, startPicker, storedChanges } from './teach-actions.ts';
import { openUnfamiliarPage, postSandbox } from './unfamiliar-pages.ts';
import { openStripeEditWindow, skipIntroduction, startGuideOnKartra } from '../../scripts/happy-path.ts';
import { undoAllFromExtension, waitForPanelFocus } from './teach-actions.ts';

async function popupTitle(suite: ReturnType<typeof useSuite>, tabId: number, expected: string): Promise<void> {
  const popup = await openExtensionPage(suite, 'popup.html', tabId);
  try {
    await popup.waitForFunction((text: string) => document.querySelector('#health-title')?.textContent === text, { polling: 100, timeout: 15_000 }, expected);
  } catch (error) {
    const shown = await popup.evaluate(() => document.querySelector('#health-title')?.textContent);
    throw new Error(`popup never said "${expected}"; it says: ${shown}`, { cause: error });
  } finally {
    await popup.close();
  }
}

async function press(page: Page, ...keys: ('Enter' | 'Tab' | 'Escape')[]): Promise<void> {
  for (const key of keys) await page.keyboard.press(key);
}

describe.each(BROWSERS)('teach mode in %s', (browserName) => {
  const suite = useSuite(browserName);

  it('a renamed status: taught by pointing at it, the tile needs attention; undo, and it cannot be told again', async () => {
    const { page, target } = await openUnfamiliarPage(suite.ext.browser, suite.sandbox, 'status');
    const tabId = await tabIdOf(suite.ext, page);
    await popupTitle(suite, tabId, '16 integrations found, the status of 1 could not be read');

    await startPicker(suite, page, tabId, 'tile-status');
    await pickWithMouse(page, target);
    await press(page, 'Enter'); // Apply: the panel's first button
    await expect.poll(() => storedChanges(suite), { timeout: 10_000 }).toEqual([
      { site: 'kartra', target: 'tile-status', field: 'statusWords.needsAttention', value: 'Payments paused' },
    ]);
    await popupTitle(suite, tabId, '1 integration needs attention');

    await page.bringToFront();
    await press(page, 'Tab', 'Enter'); // Undo, next to Close
    await expect.poll(() => storedChanges(suite), { timeout: 10_000 }).toEqual([]);
    await popupTitle(suite, tabId, '16 integrations found, the status of 1 could not be read');
    await page.bringToFront();
    const hosts = await overlayHostCount(page);
    await press(page, 'Escape');
    await expect.poll(() => overlayHostCount(page)).toBe(hosts - 1);
    await page.close();
  });

  it('a moved key field: the guide has no original key until the agent shows the field, then it has it; the change holds the label only', async () => {
    await postSandbox(suite.sandbox, '/__sandbox/reset');
    await postSandbox(suite.sandbox, '/__sandbox/scenario', { delay: 0, unfamiliar: ['key'] });
    const flow = await startGuideOnKartra(suite.ext.browser, suite.ext.extensionOrigin, suite.sandbox);
    await skipIntroduction(flow);
    await openStripeEditWindow(flow);
    // The window is open and known, but its key is not where the profile looks.
    expect(await flow.panel.$('[data-testid="original-key"]')).toBeNull();

    const keyField = (await flow.site.waitForFunction(() => {
      const label = [...document.querySelectorAll('[role="dialog"] label')].find((el) => el.textContent?.trim() === 'Account key');
      return label ? document.getElementById(label.getAttribute('for') ?? '') : null;
    })) as ElementHandle<Element>;
    const key = await keyField.evaluate((el) => (el as HTMLInputElement).value);
    await startPicker(suite, flow.site, flow.tabId, 'publishable-key');
    await pickWithMouse(flow.site, keyField);
    await press(flow.site, 'Enter');
    await expect.poll(() => storedChanges(suite), { timeout: 10_000 }).toEqual([
      { site: 'kartra', target: 'publishable-key', field: 'steps.publishableKeyLabels', value: 'Account key' },
    ]);
    expect(JSON.stringify(await storedChanges(suite))).not.toContain(key.slice(8));
    // The guide now reads the key from the same window: the original account is known before Connect.
    await flow.panel.waitForSelector('[data-testid="original-key"]', { timeout: 15_000 });
    expect(await flow.panel.$eval('[data-testid="original-key"]', (el: Element) => el.textContent)).toContain(key.slice(-4));

    await undoAllFromExtension(suite);
    await expect.poll(() => storedChanges(suite), { timeout: 10_000 }).toEqual([]);
    await press(flow.site, 'Escape');
    await flow.panel.close();
    await flow.site.close();
  });

  it('a renamed Edit item, picked with the keyboard: the pointer rests on it, arrows move away and back, Enter picks', async () => {
    const { page, target } = await openUnfamiliarPage(suite.ext.browser, suite.sandbox, 'edit');
    const tabId = await tabIdOf(suite.ext, page);
    await startPicker(suite, page, tabId, 'edit-menu-item');
    const box = (await target.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await press(page, 'Tab');
    await page.keyboard.press('ArrowUp');
    await press(page, 'Enter');
    await waitForPanelFocus(page);
    await press(page, 'Enter');
    await expect.poll(() => storedChanges(suite), { timeout: 10_000 }).toEqual([
      { site: 'kartra', target: 'edit-menu-item', field: 'steps.editMenuItemNames', value: 'Modify' },
    ]);
    // Picking pressed nothing: the menu is still open, no window opened.
    expect(await page.$('[role="menu"]')).not.toBeNull();
    expect(await page.$('[role="dialog"]')).toBeNull();
    await undoAllFromExtension(suite);
    await press(page, 'Escape');
    await expect.poll(() => storedChanges(suite), { timeout: 10_000 }).toEqual([]);
    await page.close();
  });

  it("Stripe's renamed Connect button: taught on Stripe's page, without pressing it", async () => {
    const { page, target } = await openUnfamiliarPage(suite.ext.browser, suite.sandbox, 'stripe-connect');
    const tabId = await tabIdOf(suite.ext, page);
    await startPicker(suite, page, tabId, 'stripe-connect-button');
    // The page throws out every foreign element on <html> (a re-render would): the picker comes back and still picks.
    const hosts = await overlayHostCount(page);
    await page.evaluate(() => {
      for (const el of [...document.documentElement.children]) if (el !== document.head && el !== document.body) el.remove();
    });
    await waitForOverlayHosts(page, hosts, { atLeast: true });
    await pickWithMouse(page, target);
    await press(page, 'Enter');
    await expect.poll(() => storedChanges(suite), { timeout: 10_000 }).toEqual([
      { site: 'stripe', target: 'stripe-connect-button', field: 'words.connectButton', value: 'Grant access' },
    ]);
    expect(new URL(page.url()).hostname.startsWith('connect.stripe')).toBe(true);
    await undoAllFromExtension(suite);
    await press(page, 'Escape');
    await expect.poll(() => storedChanges(suite), { timeout: 10_000 }).toEqual([]);
    await page.close();
  });
});
