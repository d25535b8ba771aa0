/**
 * Scenario `unfamiliar=status` through the built extension, the way teach mode will use it: the popup cannot tell the
 * renamed Stripe status (never a false all-clear), the one taught entry saved as an override in the options page
 * makes it "needs attention", and resetting the override brings the previous verdict back.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { BROWSERS, openExtensionPage, openKartra, scenario, useSuite } from './fixtures.ts';
import { teachingOverride } from './unfamiliar-pages.ts';

async function waitForTitle(popup: Page, expected: string): Promise<void> {
  try {
    await popup.waitForFunction((text: string) => document.querySelector('#health-title')?.textContent === text, { polling: 100, timeout: 15_000 }, expected);
  } catch (error) {
    const shown = await popup.evaluate(() => document.querySelector('main')?.textContent?.slice(0, 300));
    throw new Error(`popup never said "${expected}"; it shows: ${shown}`, { cause: error });
  }
}

/** The popup's list: each integration it names, with its status. */
async function listed(popup: Page): Promise<{ name: string | null | undefined; status: string | null }[]> {
  return popup.$$eval('[data-testid="integration"]', (els) => els.map((e) => ({ name: e.querySelector('strong')?.textContent, status: e.getAttribute('data-status') })));
}

/** A fresh look at the Integrations page: the page (re)loaded, its popup opened once the detector has spoken. */
async function popupFor(suite: ReturnType<typeof useSuite>, title: string): Promise<{ page: Page; popup: Page }> {
  const { page, tabId } = await openKartra(suite);
  const popup = await openExtensionPage(suite, 'popup.html', tabId);
  await waitForTitle(popup, title);
  return { page, popup };
}

describe.each(BROWSERS)('a renamed status, taught through an override, in %s', (browserName) => {
  const suite = useSuite(browserName);

  it('unknown with the built-in profile, needs attention with the taught entry, unknown again after reset', async () => {
    await scenario(suite, { delay: 0, unfamiliar: ['status'] });
    const before = await popupFor(suite, '16 integrations found, the status of 1 could not be read');
    expect(await listed(before.popup)).toEqual([{ name: 'Stripe', status: 'unknown' }]);
    await before.page.close();
    await before.popup.close();

    const options = await openExtensionPage(suite, 'options.html');
    await options.waitForSelector('[data-testid="profile-source"][data-source="default"]');
    await options.$eval(
      '[data-testid="override-text"]',
      (el, value) => {
        const area = el as HTMLTextAreaElement;
        area.value = value;
        area.dispatchEvent(new Event('input', { bubbles: true }));
      },
      teachingOverride('status'),
    );
    await options.click('[data-testid="override-save"]');
    await options.waitForSelector('[data-testid="profile-source"][data-source="override"]');

    const taught = await popupFor(suite, '1 integration needs attention');
    expect(await listed(taught.popup)).toEqual([{ name: 'Stripe', status: 'needs-attention' }]);
    await taught.page.close();
    await taught.popup.close();

    await options.bringToFront();
    await options.click('[data-testid="profile-reset"]');
    await options.click('[data-testid="profile-reset-confirm"]');
    await options.waitForSelector('[data-testid="profile-source"][data-source="default"]');
    await options.close();
    const undone = await popupFor(suite, '16 integrations found, the status of 1 could not be read');
    expect(await listed(undone.popup)).toEqual([{ name: 'Stripe', status: 'unknown' }]);
    await undone.page.close();
    await undone.popup.close();
  });
});
