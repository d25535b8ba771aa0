/**
 * docs/quality.md "Hostile and broken pages": "Anchor element removed and re-added 100 times: never more than one overlay; listeners stay bounded."
 * Runs the production anchored overlay in the open-root harness (overlay-harness.ts): the guide points at the Stripe
 * tile's three dots while the page throws that button away and renders a new one, a hundred times over, the way a
 * framework re-rendering the list does. Listener counts come from the DevTools protocol, so they are Chromium only.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { BROWSERS, useSuite } from './fixtures.ts';
import { inHarness, openOverlayHarness } from './overlay-harness.ts';

const RE_RENDERS = 100;

/** Listeners on document and window, which is where the overlay registers its own (keydown, scroll, resize). */
async function listenerCount(page: Page): Promise<number> {
  const cdp = await page.createCDPSession();
  try {
    let total = 0;
    for (const expression of ['document', 'window']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId!, depth: 0 });
      total += listeners.length;
    }
    return total;
  } finally {
    await cdp.detach();
  }
}

describe.each(BROWSERS)('in-page overlay under a re-rendering page in %s', (browserName) => {
  const suite = useSuite(browserName);

  it(`follows the anchor through ${RE_RENDERS} removals and re-renders: one overlay, bounded listeners`, async () => {
    const page = await openOverlayHarness(suite.ext.browser);
    await page.bringToFront();
    await inHarness(page, 'showSpotlight');
    await page.waitForFunction(() => (globalThis as unknown as { SRAOverlayHarness: { hostCount(): number } }).SRAOverlayHarness.hostCount() === 1, {
      polling: 50,
      timeout: 10_000,
    });
    const before = browserName === 'chromium' ? await listenerCount(page) : 0;

    for (let i = 0; i < RE_RENDERS; i++) {
      await page.evaluate(async (round: number) => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        const old = document.getElementById('stripe-menu')!;
        const parent = old.parentElement!;
        old.remove();
        await frame();
        const fresh = old.cloneNode(true) as HTMLElement;
        // Where the button lands moves a little each round, so following it is visible in the ring's position.
        fresh.style.marginRight = `${(round % 5) * 8}px`;
        parent.append(fresh);
        await frame();
      }, i);
      expect(await inHarness(page, 'hostCount'), `round ${i}`).toBeLessThanOrEqual(1);
    }

    // It settles on the last button: the ring surrounds it (6 px of padding on every side).
    await page.waitForFunction(
      () => {
        const button = document.getElementById('stripe-menu')!.getBoundingClientRect();
        const ring = (globalThis as unknown as { SRAOverlayHarness: { ringBox(): DOMRect | undefined } }).SRAOverlayHarness.ringBox();
        return ring !== undefined && Math.abs(ring.left - (button.left - 6)) <= 1 && Math.abs(ring.top - (button.top - 6)) <= 1;
      },
      { polling: 50, timeout: 10_000 },
    );
    expect(await inHarness(page, 'hostCount')).toBe(1);
    expect(await inHarness(page, 'isShown', 'sra-guide-overlay')).toBe(true);
    if (browserName === 'chromium') expect(await listenerCount(page)).toBe(before);
    await page.close();
  });
});
