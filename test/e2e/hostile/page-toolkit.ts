/**
 * The hostile page's own helpers, installed in the page's main world before any of its scripts (and before each
 * fixture's page script), so a fixture's attack reads as one line. Everything here is what any page script can do.
 */
export interface HostileToolkit {
  /** Resolves once the tiles are on the page (the SPA renders them after its spinner). */
  tilesShown(): Promise<void>;
  /** The tile element whose name text is `name` (first match), walking up to the element that holds the three dots. */
  tile(name: string): HTMLElement | undefined;
  /** Rewrites every trace of a tile's name: its text, the logo's alt. */
  renameTile(from: string, to: string): void;
  /** Waits one animation frame. */
  frame(): Promise<void>;
  /** Every text node under `root`, collected first (so a caller may rewrite them as it goes). */
  textNodes(root: Node): Text[];
}

export function installHostileToolkit(): void {
  const toolkit: HostileToolkit = {
    async tilesShown() {
      while (!document.querySelector('button[aria-label="More options"]')) await new Promise((r) => setTimeout(r, 20));
    },
    tile(name) {
      let el = [...document.querySelectorAll('img')].find((img) => img.alt === `${name} logo`)?.parentElement ?? undefined;
      while (el && !el.querySelector('button[aria-label="More options"]')) el = el.parentElement ?? undefined;
      return el;
    },
    renameTile(from, to) {
      const tile = toolkit.tile(from);
      if (!tile) throw new Error(`no tile named ${from}`);
      const walker = document.createTreeWalker(tile, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeValue?.trim() === from) node.nodeValue = to;
      for (const logo of tile.querySelectorAll('img')) logo.alt = `${to} logo`;
    },
    frame: () => new Promise((resolve) => requestAnimationFrame(() => resolve())),
    textNodes(root) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const texts: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
      return texts;
    },
  };
  (globalThis as unknown as { hostile: HostileToolkit }).hostile = toolkit;
}

declare global {
  var hostile: HostileToolkit;
}
