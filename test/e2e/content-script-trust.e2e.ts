/**
 * Issue 16, item 4: a content-script context is less trusted. From the isolated world of a second Kartra tab (Chrome:
 * the real content-script world, reached through CDP; Firefox: the same storage.local API, from an extension page,
 * since WebDriver BiDi does not open content-script realms) nothing that decides a verdict can be read, and what is
 * written there changes nothing: not another tab's guide and its original key, not the site profile in force.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { openStripeEditWindow, skipIntroduction, startGuideOnKartra } from '../../scripts/happy-path.ts';
import { BROWSERS, openExtensionPage, openKartra, scenario, useSuite } from './fixtures.ts';
import { killServiceWorker, openProbe, readStorage, wakeBackground } from './lifecycle-helpers.ts';
import { waitForOverlayHosts } from './page-actions.ts';

const FORGED_KEY = 'pk_live_51FORGEDforgedFORGEDforgedFORGEDforged00';
const FORGED = {
  guides: { 'guide-forged': { id: 'guide-forged', originalKey: FORGED_KEY } },
  profileOverride: { json: JSON.stringify({ version: 1, bannerWords: ['forged'] }), savedAt: 1 },
  showMe: { 1: Date.now() },
};

/** Evaluates `expression` in the page's content-script world of our extension (Chrome DevTools Protocol). */
async function inContentScriptWorld(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.createCDPSession();
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  // Enabling reports every context that already exists, the extension's isolated world among them.
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Stripe Reconnect Assistant');
  if (!world) throw new Error(`no content-script world among ${contexts.map((c) => c.name).join(', ')}`);
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

describe.each(BROWSERS)('what a content script can reach, in %s', (browserName) => {
  const suite = useSuite(browserName);

  it("cannot read another tab's guide nor change it or the profile in force by writing storage", async () => {
    await scenario(suite, { delay: 0 });
    const flow = await startGuideOnKartra(suite.ext.browser, suite.ext.extensionOrigin, suite.sandbox);
    await skipIntroduction(flow);
    await openStripeEditWindow(flow);
    await flow.panel.waitForSelector('[data-testid="original-key"]');
    const probe = await openProbe(suite.ext);
    const before = await readStorage(probe);
    const guide = Object.values(before.guides as Record<string, { tabId: number; originalKey?: string }>).find((g) => g.tabId === flow.tabId) as { id: string; tabId: number; originalKey?: string } | undefined;
    expect(guide?.originalKey).toMatch(/^pk_/);

    const { page: other } = await openKartra(suite);
    await waitForOverlayHosts(other, 1, { timeout: 20_000 });
    if (browserName === 'chromium') {
      const seen = (await inContentScriptWorld(
        other,
        `(async () => {
          const local = JSON.stringify(await chrome.storage.local.get(null));
          let session = 'unreachable';
          try { session = JSON.stringify(await chrome.storage.session.get(null)); } catch {}
          const databases = (await indexedDB.databases()).map((d) => d.name);
          await chrome.storage.local.set(${JSON.stringify(FORGED)});
          return { local, session, databases };
        })()`,
      )) as { local: string; session: string; databases: string[] };
      expect(seen.local).not.toContain(guide!.originalKey!);
      expect(seen.local).toBe('{}');
      expect(seen.session).toBe('unreachable');
      // The page's IndexedDB is the page origin's, not the extension's.
      expect(seen.databases).not.toContain('stripe-reconnect-assistant');
    } else {
      await probe.evaluate(async (forged) => {
        await (globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void> } } } }).browser.storage.local.set(forged);
      }, FORGED);
    }

    // The forged values are not taken in, now or after the background starts again.
    if (browserName === 'chromium') await killServiceWorker(suite.ext);
    await wakeBackground(probe);
    const options = await openExtensionPage(suite, 'options.html');
    await options.waitForSelector('[data-testid="profile-section"] [data-testid="profile-source"][data-source="default"]');
    const panel = await openExtensionPage(suite, 'sidepanel.html', flow.tabId);
    await panel.waitForSelector('[data-testid="current-step"][data-step="connect-with-stripe"]');
    expect(await panel.$eval('[data-testid="original-key"]', (el) => el.textContent)).toContain(guide!.originalKey!.slice(-4));
    const after = await readStorage(probe);
    const guidesAfter = after.guides as Record<string, { originalKey?: string }>;
    expect(Object.keys(guidesAfter).sort()).toEqual(Object.keys(before.guides as object).sort());
    expect(guidesAfter[guide!.id]?.originalKey).toBe(guide!.originalKey);
    expect(after.profileOverride).toBeUndefined();
    expect(JSON.stringify(after)).not.toContain('FORGED');
    await Promise.all([panel.close(), options.close(), other.close(), probe.close(), flow.panel.close(), flow.site.close()]);
  });
});
