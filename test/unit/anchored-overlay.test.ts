import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createAnchoredOverlay } from '../../lib/content/anchored-overlay';
import { createShadowHost, removeLeftoverHosts } from '../../lib/content/shadow-host';

const ctx = {
  isInvalid: false,
  addEventListener: (target: EventTarget, type: string, listener: EventListener) => target.addEventListener(type, listener),
  onInvalidated: () => () => undefined,
} as unknown as ContentScriptContext;

/** The closed roots our code attaches, caught on the way (a page could never do this: its prototypes are not ours). */
function catchRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

const hosts = () => [...document.documentElement.children].filter((el) => el !== document.head && el !== document.body);

describe('overlay host', () => {
  beforeEach(() => {
    document.body.innerHTML = '<button id="target" style="width:40px;height:20px">⋯</button>';
    for (const host of hosts()) host.remove();
  });
  afterEach(() => {
    for (const host of hosts()) host.remove();
  });

  it('is a plain div with no attributes: nothing a page can upgrade, select by name or reach through internals', () => {
    const roots = catchRoots();
    const overlay = createAnchoredOverlay(ctx);
    overlay.show({ variant: 'spotlight', title: 'Open the menu', instruction: 'Click the three dots.', find: () => document.getElementById('target')! });
    const [host] = hosts();
    expect(host?.localName).toBe('div');
    expect(host?.getAttributeNames()).toEqual([]);
    expect(host?.shadowRoot).toBeNull();
    expect(roots[0]?.mode).toBe('closed');
    overlay.hide();
  });

  it('hides and throws the host away when something other than our code changes the inside of the closed root', async () => {
    const roots = catchRoots();
    const overlay = createAnchoredOverlay(ctx);
    overlay.show({ variant: 'spotlight', title: 'Open the menu', instruction: 'Click the three dots.', find: () => document.getElementById('target')! });
    expect(overlay.visible).toBe(true);
    const first = hosts()[0];
    roots[0]!.querySelector('.title')!.textContent = '✓ Same account confirmed: click Connect';
    await vi.waitFor(() => expect(overlay.visible).toBe(false));
    expect(hosts()).toEqual([]);
    // Shown again: a fresh host and root, not the one that was written into.
    overlay.show({ variant: 'spotlight', title: 'Open the menu', instruction: 'Click the three dots.', find: () => document.getElementById('target')! });
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]).not.toBe(first);
    expect(roots).toHaveLength(2);
    overlay.hide();
  });

  it('does not take its own updates for tampering', async () => {
    const overlay = createAnchoredOverlay(ctx);
    overlay.show({ variant: 'spotlight', title: 'Open the menu', instruction: 'Click the three dots.', find: () => document.getElementById('target')! });
    overlay.update({ warning: 'That belongs to another tile.' });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(overlay.visible).toBe(true);
    overlay.hide();
  });

  it('removes hosts an earlier copy left (our mark inside their closed root), spares its own and the page’s divs', () => {
    // An earlier copy's host, as Firefox leaves it after an update: the old code is gone, the element stays.
    const leftover = document.createElement('div');
    const leftoverRoot = leftover.attachShadow({ mode: 'closed' });
    leftoverRoot.innerHTML = '<style></style><div data-sra-ui></div>';
    const own = createShadowHost('');
    const pageDiv = document.createElement('div');
    pageDiv.attachShadow({ mode: 'open' }).innerHTML = '<div data-other></div>';
    document.documentElement.append(leftover, pageDiv);
    own.mount();
    // happy-dom has neither Firefox's openOrClosedShadowRoot nor chrome.dom: stand in for Firefox's.
    Object.defineProperty(Element.prototype, 'openOrClosedShadowRoot', {
      configurable: true,
      get(this: Element) {
        return this === leftover ? leftoverRoot : this === own.host ? own.shadow : this.shadowRoot;
      },
    });
    try {
      removeLeftoverHosts();
    } finally {
      delete (Element.prototype as { openOrClosedShadowRoot?: unknown }).openOrClosedShadowRoot;
    }
    expect([leftover.isConnected, own.host.isConnected, pageDiv.isConnected]).toEqual([false, true, true]);
  });

  describe('tamper check', () => {
    const BOX = { left: 100, top: 100, right: 300, bottom: 200, width: 200, height: 100, x: 100, y: 100 };
    beforeEach(() => {
      vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({ ...BOX, toJSON: () => BOX } as DOMRect);
      vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(1024);
      vi.spyOn(document.documentElement, 'clientHeight', 'get').mockReturnValue(768);
      // happy-dom applies no :host rules and computes no defaults: what a browser computes for our host and a plain <html>.
      vi.spyOn(window, 'getComputedStyle').mockImplementation((el) => {
        const inline = (el as HTMLElement).style;
        return { display: 'block', visibility: 'visible', opacity: inline.opacity || '1', filter: inline.filter || 'none' } as CSSStyleDeclaration;
      });
    });
    afterEach(() => {
      vi.restoreAllMocks();
      document.documentElement.style.removeProperty('opacity');
    });
    const showSpotlight = () => {
      const overlay = createAnchoredOverlay(ctx);
      overlay.show({ variant: 'spotlight', title: 'Open the menu', instruction: 'Click the three dots.', find: () => document.getElementById('target')! });
      return overlay;
    };

    it('stays when every point of the card hit-tests as ours and <html> is untouched', async () => {
      const hit = vi.spyOn(document, 'elementFromPoint').mockImplementation(() => hosts()[0] ?? null);
      const overlay = showSpotlight();
      // One whole check ran: the centre and four corners of the card.
      await vi.waitFor(() => expect(hit.mock.calls.length).toBeGreaterThanOrEqual(5), { timeout: 3000 });
      expect(overlay.visible).toBe(true);
      overlay.hide();
    });

    it('hides when a page box covers a corner of the card but not its centre', async () => {
      const cover = document.createElement('div');
      document.body.append(cover);
      // Page box over the card's top-left quarter: the centre (200, 150) still hit-tests as our host.
      vi.spyOn(document, 'elementFromPoint').mockImplementation((x, y) => (x < 180 && y < 140 ? cover : (hosts()[0] ?? null)));
      const overlay = showSpotlight();
      await vi.waitFor(() => expect(overlay.visible).toBe(false), { timeout: 3000 });
      expect(vi.mocked(document.elementFromPoint).mock.calls.some(([x, y]) => x === 200 && y === 150)).toBe(true);
      expect(hosts()).toEqual([]);
    });

    it('hides when <html> is made nearly transparent, though every point hit-tests as ours', async () => {
      vi.spyOn(document, 'elementFromPoint').mockImplementation(() => hosts()[0] ?? null);
      const overlay = showSpotlight();
      document.documentElement.style.setProperty('opacity', '0.05');
      await vi.waitFor(() => expect(overlay.visible).toBe(false), { timeout: 3000 });
    });
  });
});
