/**
 * Open shadow roots under a scope, so step finders see what a user sees in web components. Closed roots are out of
 * reach by design (and are where our own overlay lives).
 */
import { ELEMENT_NODE, SHOW_ELEMENT, type SafeDom, type SearchRoot } from './safe-dom.ts';

const DEFAULT_MAX_NODES = 400_000;

/** The scope itself followed by every open shadow root beneath it (nested ones included). */
export function searchRootsUnder(scope: SearchRoot, dom: SafeDom, maxNodes = DEFAULT_MAX_NODES): SearchRoot[] {
  const roots: SearchRoot[] = [scope];
  if (dom.nodeType(scope) === ELEMENT_NODE) {
    const own = dom.shadowRootOf(scope as Element);
    if (own) roots.push(own);
  }
  let visited = 0;
  for (let r = 0; r < roots.length && visited < maxNodes; r++) {
    const walker = dom.walker(roots[r] as SearchRoot, SHOW_ELEMENT);
    if (!walker) continue;
    for (let node = walker.nextNode(); node && visited < maxNodes; node = walker.nextNode(), visited++) {
      const shadow = dom.shadowRootOf(node as Element);
      if (shadow) roots.push(shadow);
    }
  }
  return roots;
}

/** querySelectorAll across search roots (from searchRootsUnder), in root order, capped at `max`. The first root is
 *  included itself when it is an element that matches. */
export function queryAllInRoots(roots: readonly SearchRoot[], selector: string, dom: SafeDom, max = 5_000): Element[] {
  const out: Element[] = [];
  const first = roots[0];
  if (first && dom.nodeType(first) === ELEMENT_NODE && dom.matches(first as Element, selector)) out.push(first as Element);
  for (const root of roots) {
    if (out.length >= max) break;
    for (const el of dom.queryAll(root, selector, max - out.length)) out.push(el);
  }
  return out;
}
