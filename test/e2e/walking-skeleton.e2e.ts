import { describe, expect, it } from 'vitest';
import { BROWSERS, openExtensionPage, scenario, useSuite } from './fixtures.ts';
import { tabIdOf } from './launch.ts';

describe.each(BROWSERS)('walking skeleton in %s', (browserName) => {
  const suite = useSuite(browserName);

  it('the Kartra content script finds the red Stripe tile and the popup reports it; the page hears nothing from us', async () => {
    await scenario(suite, { delay: 600 });
    const page = await suite.ext.browser.newPage();
    // Record every window message the page receives, from before any script runs.
    await page.evaluateOnNewDocument(() => {
      const seen: unknown[] = [];
      (window as unknown as { __seenMessages: unknown[] }).__seenMessages = seen;
      window.addEventListener('message', (event) => seen.push(event.data));
    });
    await page.goto(`${suite.sandbox.origin('kartra-app')}/integrations`);
    const tabId = await tabIdOf(suite.ext, page);
    const popup = await openExtensionPage(suite, 'popup.html', tabId);
    const red = await popup.waitForSelector('[data-testid="integration"][data-status="needs-attention"]', { timeout: 15_000 });
    expect(await red!.evaluate((el) => el.textContent)).toMatch(/Stripe/);
    expect(await popup.$eval('#health-title', (el) => el.textContent)).toBe('1 integration needs attention');

    // A page posting messages shaped like ours changes nothing: the content script listens to no window messages.
    await page.evaluate(() => {
      const fake = { type: 'health/report', report: { onIntegrationsPage: true, integrations: [], needsAttentionCount: 0, stripeAmbiguous: false, bannerMentionsStripe: false } };
      for (let i = 0; i < 20; i++) window.postMessage(fake, '*');
      window.postMessage({ type: 'guide/command', tabId: 0, command: 'start' }, '*');
    });
    await page.waitForFunction(() => (window as unknown as { __seenMessages: unknown[] }).__seenMessages.length >= 21, { polling: 50 });
    expect(await popup.$eval('#health-title', (el) => el.textContent)).toBe('1 integration needs attention');
    // Everything the page saw came from the page itself: 21 messages, none from the extension.
    expect(await page.evaluate(() => (window as unknown as { __seenMessages: unknown[] }).__seenMessages.length)).toBe(21);
    await page.close();
    await popup.close();
  });
});
