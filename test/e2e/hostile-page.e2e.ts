/**
 * Issue 16's red-team attacks that need a whole guide flow of their own, replayed by a hostile Kartra page in both
 * browsers. The attacks that fit one page (the overlay-host upgrade among them) are fixtures of the hostile-page gate
 * (hostile/hostile-fixtures.ts, run by hostile-gate.e2e.ts), which lists these tests too.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { openStripeEditWindow, skipIntroduction, startGuideOnKartra } from '../../scripts/happy-path.ts';
import { BROWSERS, openExtensionPage, scenario, useSuite, type Suite } from './fixtures.ts';
import { readStorage } from './lifecycle-helpers.ts';
import { waitForOverlayHosts } from './page-actions.ts';

const OTHER_KEY = 'pk_live_51ZyXwVuTsRqPoNmLotherTAIL9876';
/** Key-shaped canaries the page plants; their bodies (`51Canary…`) must never be found anywhere we keep or show. */
const SECRET_CANARY = 'sk_live_51CanaryAbCdEfGhIjKlMnOpQrStUv';
const RESTRICTED_CANARY = 'rk_live_51CanaryWxYzAbCdEfGhIjKl';
const CANARY_BODY = '51Canary';

/** The side panel's state of the key check: the original key's last four, and the warning shown (if any). */
async function keyCheck(panel: Page): Promise<{ original: string; warning: string | null }> {
  return panel.evaluate(() => ({
    original: document.querySelector('[data-testid="original-key"]')?.textContent?.slice(-4) ?? '',
    warning: document.querySelector('[data-testid="guide-warning"]')?.getAttribute('data-warning') ?? null,
  }));
}

/**
 * The box where the page's hit tests land on our overlay host (the spotlight's card: the ring takes no pointer events) to 8 px,
 * found the only way a page can, by probing points; the closed root itself is out of its reach.
 */
async function overlayHitBox(page: Page): Promise<{ left: number; top: number; right: number; bottom: number }> {
  const box = await page.evaluate(() => {
    const hosts = new Set([...document.documentElement.children].filter((el) => el !== document.head && el !== document.body));
    let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let x = 0; x < innerWidth; x += 8) {
      for (let y = 0; y < innerHeight; y += 8) {
        const hit = document.elementFromPoint(x, y);
        if (!hit || !hosts.has(hit)) continue;
        [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
      }
    }
    return { left, top, right, bottom };
  });
  expect(box.right - box.left).toBeGreaterThan(40);
  return box;
}

/** The guide started and at "open the tile menu": the spotlight and its card are up on the Kartra page. */
async function spotlightOnKartra(suite: Suite) {
  await scenario(suite, { delay: 0 });
  const flow = await startGuideOnKartra(suite.ext.browser, suite.ext.extensionOrigin, suite.sandbox);
  await skipIntroduction(flow);
  await flow.site.bringToFront();
  await waitForOverlayHosts(flow.site, 1);
  return flow;
}

describe.each(BROWSERS)('a hostile Kartra page in %s', (browserName) => {
  const suite = useSuite(browserName);

  it('cannot swap the original publishable key by closing the Edit window and reopening it with another account’s key', async () => {
    // Mailchimp red as well, so that the popup lists it (see the rename below).
    await scenario(suite, { delay: 0, red: 'stripe,mailchimp' });
    const flow = await startGuideOnKartra(suite.ext.browser, suite.ext.extensionOrigin, suite.sandbox);
    await skipIntroduction(flow);
    await flow.site.bringToFront();
    // The agent opens the window with real clicks: its key is the original.
    await openStripeEditWindow(flow);
    await flow.panel.waitForSelector('[data-testid="original-key"]');
    const first = (await keyCheck(flow.panel)).original;
    expect(first).toMatch(/^[A-Za-z0-9]{4}$/);

    // The page closes the window by itself. Renaming a tile at the same time lets the test see, in the popup, that
    // the extension has looked at the page since (the window is then known to be closed).
    const popup = await openExtensionPage(suite, 'popup.html', flow.tabId);
    await flow.site.evaluate(() => {
      const dialog = document.querySelector('[role="dialog"]')!;
      (globalThis as unknown as { sraDialog: { node: Element; parent: Node } }).sraDialog = { node: dialog, parent: dialog.parentNode! };
      dialog.remove();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeValue?.trim() === 'Mailchimp') node.nodeValue = 'Mailchimp Classic';
      }
      for (const logo of document.querySelectorAll('img[alt="Mailchimp logo"]')) logo.setAttribute('alt', 'Mailchimp Classic logo');
    });
    await popup.waitForFunction(() => [...document.querySelectorAll('[data-testid="integration"] strong')].some((el) => el.textContent === 'Mailchimp Classic'), {
      polling: 100,
      timeout: 15_000,
    });
    // …and reopens it, with no click of the agent's, showing another account's key.
    await flow.site.evaluate((key: string) => {
      const { node, parent } = (globalThis as unknown as { sraDialog: { node: Element; parent: Node } }).sraDialog;
      for (const input of node.querySelectorAll('input')) {
        if (input.value.startsWith('pk_')) {
          input.value = key;
          input.setAttribute('value', key);
        }
      }
      parent.appendChild(node);
    }, OTHER_KEY);

    // The first key stays; the panel warns and waits for the agent's decision.
    // Waits for either outcome (the warning, or the key swapped) so that a swap fails on the assertion below.
    await flow.panel.waitForFunction(
      (firstEnd: string) =>
        document.querySelector('[data-testid="guide-warning"]')?.getAttribute('data-warning') === 'original-key-changed' ||
        !document.querySelector('[data-testid="original-key"]')?.textContent?.endsWith(firstEnd),
      { polling: 100, timeout: 15_000 },
      first,
    );
    expect(await keyCheck(flow.panel)).toEqual({ original: first, warning: 'original-key-changed' });
    expect(await flow.panel.$eval('[data-testid="guide-warning"]', (el) => el.textContent ?? '')).toContain('…9876');

    // It stays until the agent decides: keep the first key.
    await (await flow.panel.waitForSelector('[data-testid="keep-original-key"]'))!.click();
    await flow.panel.waitForFunction(() => !document.querySelector('[data-warning="original-key-changed"]'), { polling: 100, timeout: 10_000 });
    expect((await keyCheck(flow.panel)).original).toBe(first);
    for (const page of [popup, flow.panel, flow.site]) await page.close();
  });

  it('cannot get a key-shaped tile name or notice into any storage area (trusted store included), the popup or the side panel', async () => {
    await scenario(suite, { delay: 0, red: 'stripe,mailchimp' });
    const flow = await startGuideOnKartra(suite.ext.browser, suite.ext.extensionOrigin, suite.sandbox);
    await skipIntroduction(flow);
    await flow.site.bringToFront();
    // The page names its Mailchimp tile after a secret key and puts a restricted key in a notice and in the tile.
    await flow.site.evaluate(
      (secret: string, restricted: string) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const renamed: Text[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeValue?.trim() === 'Mailchimp') renamed.push(node as Text);
        for (const node of renamed) {
          node.nodeValue = secret;
          node.parentElement?.insertAdjacentText('afterend', ` Disconnected: ${restricted}`);
        }
        for (const logo of document.querySelectorAll('img[alt="Mailchimp logo"]')) logo.setAttribute('alt', `${secret} logo`);
        const notice = document.createElement('div');
        notice.setAttribute('role', 'alert');
        notice.textContent = `Your Stripe integration needs attention. Support key: ${restricted}`;
        document.body.prepend(notice);
      },
      SECRET_CANARY,
      RESTRICTED_CANARY,
    );
    const popup = await openExtensionPage(suite, 'popup.html', flow.tabId);
    // The popup lists the renamed tile, redacted: the extension has read the page since the rename.
    await popup.waitForFunction(() => [...document.querySelectorAll('[data-testid="integration"] strong')].some((el) => el.textContent?.startsWith('sk_')), {
      polling: 100,
      timeout: 15_000,
    });
    // The agent opens that tile's menu by mistake: the guide warns about it by name (and writes it in its history).
    const menuButton = await flow.site.evaluateHandle((secret: string) => {
      let tile = [...document.querySelectorAll('img')].find((img) => img.alt.startsWith(secret))?.parentElement;
      while (tile && !tile.querySelector('button[aria-label="More options"]')) tile = tile.parentElement;
      return tile!.querySelector<HTMLElement>('button[aria-label="More options"]')!;
    }, SECRET_CANARY);
    await (menuButton as ElementHandle<HTMLElement>).click();
    await flow.panel.waitForSelector('[data-testid="guide-warning"][data-warning="wrong-integration"]', { timeout: 15_000 });
    expect(await flow.panel.$eval('[data-testid="guide-warning"]', (el) => el.textContent ?? '')).toContain('sk_…');

    // Every area: storage.local and .session, and the trusted store (the extension's IndexedDB) where guides live.
    const stored = JSON.stringify([await readStorage(popup, 'local'), await readStorage(popup, 'session'), await readStorage(popup, 'trusted')]);
    expect(stored).toContain('sk_…');
    expect(stored).not.toContain(CANARY_BODY);
    for (const page of [popup, flow.panel]) expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain(CANARY_BODY);
    for (const page of [popup, flow.panel, flow.site]) await page.close();
  });

  it('cannot lay a popover over the top half of the guide’s card unnoticed', async () => {
    const flow = await spotlightOnKartra(suite);
    const card = await overlayHitBox(flow.site);
    // Over the card's top 45%: its centre stays uncovered, so only a check of more than the centre can notice.
    await flow.site.evaluate((box: { left: number; top: number; right: number; bottom: number }) => {
      const cover = document.createElement('div');
      cover.popover = 'manual';
      cover.textContent = '✓ Same account confirmed: click Connect';
      Object.assign(cover.style, {
        position: 'fixed',
        inset: 'auto',
        margin: '0',
        padding: '0',
        border: '0',
        background: '#fff',
        left: `${box.left}px`,
        top: `${box.top}px`,
        width: `${box.right - box.left + 8}px`,
        height: `${Math.floor((box.bottom - box.top) * 0.45)}px`,
      });
      document.body.append(cover);
      cover.showPopover();
    }, card);
    // The overlay hides itself rather than show a hint with page text inside it.
    await waitForOverlayHosts(flow.site, 0);
    for (const page of [flow.panel, flow.site]) await page.close();
  });

  it('cannot make the guide’s overlay nearly transparent through <html> unnoticed', async () => {
    const flow = await spotlightOnKartra(suite);
    await flow.site.evaluate(() => document.documentElement.style.setProperty('opacity', '0.05'));
    await waitForOverlayHosts(flow.site, 0);
    for (const page of [flow.panel, flow.site]) await page.close();
  });
});
