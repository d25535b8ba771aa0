/**
 * Teach mode end to end, in the built extension: on sandbox pages the extension does not know (scenario
 * `unfamiliar`), the agent opens the picker, points at what was missed, applies the change the picker offers, and the
 * extension then reads the page; undo brings the previous verdict back.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { BROWSERS, openExtensionPage, useSuite } from './fixtures.ts';
import { tabIdOf } from './launch.ts';
import { overlayHostCount } from './page-actions.ts';
import { pickWithMouse, startPicker, storedChanges } from './teach-actions.ts';
import { openUnfamiliarPage } from './unfamiliar-pages.ts';

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
});
