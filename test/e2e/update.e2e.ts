/**
 * docs/quality.md "Lifecycle": the extension updated under an open Kartra tab. Installing the same build again over the
 * running one is what an update does (same id, new code, worker restarted). The old content script must take its UI
 * down without "Extension context invalidated" errors, the guide in progress must be kept, and after the tab is live
 * again there must be exactly one UI.
 *
 * Chrome leaves open tabs without the new content script, so the popup says to reload and its button does it.
 * Firefox injects the new content script into open tabs at once; the old copy's code is gone but its elements stay,
 * so the new copy removes them (lib/content/shadow-host.ts removeLeftoverHosts).
 */
import { describe, expect, it } from 'vitest';
import { builtExtensionDir } from './launch.ts';
import { BROWSERS, openExtensionPage, openKartra, scenario, useSuite } from './fixtures.ts';
import { overlayHostCount, waitForOverlayHosts } from './page-actions.ts';

const WAIT = { timeout: 20_000, polling: 100 } as const;


describe.each(BROWSERS)('extension updated under an open Kartra tab in %s', (browserName) => {
  const suite = useSuite(browserName);

  it('tears the old UI down quietly, keeps the guide, and ends with exactly one UI', async () => {
    await scenario(suite, { delay: 300 });
    const { page: site, tabId } = await openKartra(suite);
    const consoleLines: string[] = [];
    site.on('console', (message) => consoleLines.push(message.text()));
    site.on('pageerror', (error) => consoleLines.push(String(error)));
    await waitForOverlayHosts(site, 1, { timeout: 20_000 });

    // A guide in progress, one step in.
    const panel = await openExtensionPage(suite, 'sidepanel.html', tabId);
    await (await panel.waitForSelector('[data-testid="start-guide"]'))!.click();
    const firstStep = await (await panel.waitForSelector('[data-testid="current-step"]'))!.evaluate((el) => el.getAttribute('data-step'));
    await (await panel.waitForSelector('[data-testid="next"]'))!.click();
    await panel.waitForFunction((first) => document.querySelector('[data-testid="current-step"]')?.getAttribute('data-step') !== first, WAIT, firstStep);
    const stepBefore = await panel.$eval('[data-testid="current-step"]', (el) => el.getAttribute('data-step'));
    await panel.close().catch(() => undefined);

    await suite.ext.browser.installExtension(builtExtensionDir(browserName));

    if (browserName === 'chromium') {
      // The old copy notices it was replaced and removes its marker; nothing new runs in this tab yet.
      await waitForOverlayHosts(site, 0, WAIT);
      const popup = await openExtensionPage(suite, 'popup.html', tabId);
      const reload = await popup.waitForSelector('[data-testid="reload-tab-notice"] button', { timeout: 20_000 });
      await site.bringToFront();
      await reload!.click();
      await popup.close().catch(() => undefined);
      await waitForOverlayHosts(site, 1, { timeout: 20_000 });
    } else {
      // The new copy arrives in the open tab and clears what the old one left: one marker, not two.
      await waitForOverlayHosts(site, 1, WAIT);
      const popup = await openExtensionPage(suite, 'popup.html', tabId);
      await popup.waitForSelector('[data-testid="health"]', { timeout: 20_000 });
      expect(await popup.$('[data-testid="reload-tab-notice"]')).toBeNull();
      await popup.close().catch(() => undefined);
    }
    expect(await overlayHostCount(site)).toBe(1);

    // The guide is where it was.
    const panelAfter = await openExtensionPage(suite, 'sidepanel.html', tabId);
    await panelAfter.waitForSelector(`[data-testid="current-step"][data-step="${stepBefore}"]`, { timeout: 20_000 });
    await panelAfter.close().catch(() => undefined);

    expect(consoleLines.filter((line) => /context invalidated|Receiving end does not exist/i.test(line) && !/^\[wxt\]/.test(line))).toEqual([]);
    await site.close();
  });
});
