/**
 * Granting the optional Stripe API host the way a user can outside the page's prompt. Permission prompts cannot be
 * answered in a headless browser, so tests that need the online check grant the host first.
 */
import type { Page } from 'puppeteer-core';
import { openExtensionPage, type Suite } from './fixtures.ts';

export const API_HOST_PATTERN = 'http://api.stripe.localhost/*';

export async function hasApiPermission(page: Page): Promise<boolean> {
  return page.evaluate(async (pattern: string) => {
    type Permissions = { permissions: { contains(p: object): Promise<boolean> } };
    const scope = globalThis as unknown as { browser?: Permissions; chrome?: Permissions };
    return (scope.browser ?? scope.chrome)!.permissions.contains({ origins: [pattern] });
  }, API_HOST_PATTERN);
}

/**
 * Chromium's extension details page (chrome://extensions, through the developerPrivate API behind its site-access
 * controls: the grant is recorded and a later permissions.request is answered without a prompt). Firefox needs
 * nothing: its prompts are off (launch.ts), so the page's own request is granted on first use.
 */
export async function allowApiHostInBrowserSettings(suite: Suite): Promise<void> {
  const probe = await openExtensionPage(suite, 'popup.html', 0);
  const already = await hasApiPermission(probe);
  await probe.close();
  if (already || suite.ext.name !== 'chromium') return;
  const page = await suite.ext.browser.newPage();
  try {
    await page.goto('chrome://extensions');
    const id = suite.ext.extensionOrigin.replace('chrome-extension://', '');
    await page.evaluate(
      async (extensionId: string, pattern: string) => {
        type DeveloperPrivate = { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } };
        await (globalThis as unknown as { chrome: DeveloperPrivate }).chrome.developerPrivate.addHostPermission(extensionId, pattern);
      },
      id,
      API_HOST_PATTERN,
    );
  } finally {
    await page.close();
  }
}
