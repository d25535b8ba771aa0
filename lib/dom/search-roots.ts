/**
 * Open shadow roots under a scope, so step finders see what a user sees in web components. Closed roots are out of
 * reach by design (and are where our own overlay lives).
 */
import { ELEMENT_NODE, type SearchRoot } from './safe-dom.ts';
import { domOf, type SharedDom } from './shared-dom.ts';

const DEFAULT_MAX_NODES = 400_000;

/** The scope itself followed by every open shadow root beneath it (nested ones included). */
export function searchRootsUnder(scope: SearchRoot, dom: SharedDom, maxNodes = DEFAULT_MAX_NODES): SearchRoot[] {
  const roots: SearchRoot[] = [scope];
  if (dom.nodeType(scope) === ELEMENT_NODE) {
    const own = dom.shadowRootOf(scope as Element);
    if (own) roots.push(own);
  }
  let visited = 0;
  // querySelectorAll('*') rather than a TreeWalker: a walker consults each node's own `nodeType`, which a page can shadow.
  for (let r = 0; r < roots.length && visited < maxNodes; r++) {
    dom.forEachMatch(roots[r] as SearchRoot, '*', maxNodes - visited, (element) => {
      visited++;
      const shadow = dom.shadowRootOf(element);
      if (shadow) roots.push(shadow);
    });
  }
  return roots;
}

/** querySelectorAll across search roots (from searchRootsUnder), in root order, capped at `max`. The first root is
 *  included itself when it is an element that matches. */
export function queryAllInRoots(roots: readonly SearchRoot[], selector: string, dom: SharedDom, max = 5_000): Element[] {
  const out: Element[] = [];
  const first = roots[0];
  if (first && dom.nodeType(first) === ELEMENT_NODE && dom.matches(first as Element, selector)) out.push(first as Element);
  for (const root of roots) {
    if (out.length >= max) break;
    for (const el of dom.queryAll(root, selector, max - out.length)) out.push(el);
  }
  return out;
}

/** Upper bound on elements walked by queryAllDeep: a hostile page cannot make us loop for long. */
const MAX_DEEP_NODES = 50_000;

/** All elements matching `selector` under `root` (not the root itself), open shadow roots included, in root order. */
export function queryAllDeep(root: Document | Element | DocumentFragment, selector: string): Element[] {
  const dom = domOf(root);
  const out: Element[] = [];
  for (const searchRoot of searchRootsUnder(root as SearchRoot, dom, MAX_DEEP_NODES)) for (const el of dom.queryAll(searchRoot, selector)) out.push(el);
  return out;
}
