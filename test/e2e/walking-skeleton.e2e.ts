import { describe, expect, it } from 'vitest';
import { BROWSERS, openExtensionPage, openKartra, scenario, useSuite } from './fixtures.ts';

describe.each(BROWSERS)('walking skeleton in %s', (browserName) => {
  const suite = useSuite(browserName);

  it('the Kartra content script finds the red Stripe tile and the popup reports it', async () => {
    await scenario(suite, { delay: 600 });
    const { page, tabId } = await openKartra(suite);
    const popup = await openExtensionPage(suite, 'popup.html', tabId);
    const red = await popup.waitForSelector('[data-testid="integration"][data-status="needs-attention"]', { timeout: 15_000 });
    expect(await red!.evaluate((el) => el.textContent)).toMatch(/Stripe/);
    expect(await popup.$eval('#health-title', (el) => el.textContent)).toBe('1 integration needs attention');
    await page.close();
    await popup.close();
  });
});
