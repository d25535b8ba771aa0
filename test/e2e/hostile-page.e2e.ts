/**
 * Issue 16's red-team attacks, replayed by a hostile Kartra page in both browsers. Each page script runs before any
 * of the page's own (puppeteer's evaluateOnNewDocument), the way a compromised or malicious page would.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { BROWSERS, scenario, useSuite, type Suite } from './fixtures.ts';
import { waitForOverlayHosts } from './page-actions.ts';

interface Attack {
  reach(): { reached: number; texts: string[] };
}

/** A Kartra page whose own script ran `attack` first. */
async function openHostileKartra(suite: Suite, attack: () => void, path = '/integrations'): Promise<Page> {
  const page = await suite.ext.browser.newPage();
  await page.evaluateOnNewDocument(attack);
  await page.goto(`${suite.sandbox.origin('kartra-app')}${path}`);
  return page;
}

/**
 * Claims the names our hosts once had, so that the page's class upgrades them and its constructor keeps their
 * ElementInternals; `reach()` then collects every shadow root the page can get at and rewrites the marker in them.
 */
function upgradeAttack(): void {
  const internals: ElementInternals[] = [];
  for (const name of ['sra-tile-marker', 'sra-guide-overlay', 'sra-original-badge']) {
    customElements.define(
      name,
      class extends HTMLElement {
        constructor() {
          super();
          internals.push(this.attachInternals());
        }
      },
    );
  }
  const attack: Attack = {
    reach() {
      const roots = internals.flatMap((i) => (i.shadowRoot ? [i.shadowRoot] : []));
      for (const el of document.documentElement.children) {
        if (el === document.head || el === document.body) continue;
        if (el.shadowRoot) roots.push(el.shadowRoot);
        try {
          const late = HTMLElement.prototype.attachInternals.call(el).shadowRoot;
          if (late) roots.push(late);
        } catch {
          // Not a custom element: no internals to be had.
        }
      }
      for (const root of roots) {
        const marker = root.querySelector('[data-part="marker"]');
        if (marker) marker.textContent = '✓ Same account confirmed: click Connect';
      }
      return { reached: roots.length, texts: roots.map((root) => root.textContent ?? '') };
    },
  };
  (globalThis as unknown as { sraAttack: Attack }).sraAttack = attack;
}

describe.each(BROWSERS)('a hostile Kartra page in %s', (browserName) => {
  const suite = useSuite(browserName);

  it('cannot upgrade our overlay host or reach its closed root through attachInternals', async () => {
    await scenario(suite, { delay: 0 });
    const page = await openHostileKartra(suite, upgradeAttack);
    // The tile marker is up on the red Stripe tile.
    await waitForOverlayHosts(page, 1, { timeout: 20_000 });
    const result = await page.evaluate(() => (globalThis as unknown as { sraAttack: Attack }).sraAttack.reach());
    expect(result).toEqual({ reached: 0, texts: [] });
    await page.close();
  });
});
