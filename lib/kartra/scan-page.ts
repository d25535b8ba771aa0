/**
 * The linear passes over a page, collecting texts that name an integration and texts that may be a notice: a
 * text-only TreeWalker per search root (one length check per text node; everything else on the few that pass), and a
 * separate element walk that finds open shadow roots (one read per element). They are separate so the element walk
 * can leave out what another reader already covers: on a 5,000-tile page the element walk is most of the cost.
 */
import { integrationNamedBy, type CompiledProfile } from './compiled-profile.ts';
import {
  DOCUMENT_FRAGMENT_NODE,
  DOCUMENT_NODE,
  ELEMENT_NODE,
  nextOutside,
  SHOW_ELEMENT,
  SHOW_TEXT,
  type SafeDom,
  type SearchRoot,
} from '../dom/safe-dom.ts';

/** Where a name was read from. */
export type AnchorSource = 'text' | 'alt' | 'title' | 'aria-label';

/** An element whose own text or label is exactly an integration's name. */
export interface NameAnchor {
  element: Element;
  integration: number;
  text: string;
  source: AnchorSource;
}

/** A short text that may be a banner or an outcome notice. */
export interface MessageHit {
  element: Element;
  text: string;
}

export interface PageScan {
  anchors: NameAnchor[];
  messageHits: MessageHit[];
  /** Every search root walked: the given root, then open shadow roots in discovery order. */
  roots: SearchRoot[];
  nodeCount: number;
  /** The walk stopped at profile.limits.maxNodes. */
  truncated: boolean;
  /** How many of `roots` scanShadowRoots has searched for shadow roots so far. */
  elementsSearched: number;
}

const SKIPPED_TEXT_PARENTS = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title', 'option', 'optgroup', 'select', 'datalist']);
const MAX_MESSAGE_HITS = 300;
const MAX_ATTRIBUTE_ANCHOR_CANDIDATES = 50_000;
const MIN_MESSAGE_TEXT = 5;

/** Scan `root` and every open shadow root under it. Never throws. */
export function scanPage(root: SearchRoot, dom: SafeDom, compiled: CompiledProfile): PageScan {
  const scan = scanLightTree(root, dom, compiled);
  scanShadowRoots(scan, dom, compiled, NOTHING_SKIPPED);
  return scan;
}

const NOTHING_SKIPPED: ReadonlySet<Element> = new Set();

/**
 * The texts of `root` (and of its own shadow root, for an element), without looking for shadow roots inside it:
 * a text-only walk costs a fraction of one that also visits every element. Follow with scanShadowRoots.
 */
export function scanLightTree(root: SearchRoot, dom: SafeDom, compiled: CompiledProfile): PageScan {
  const scan: PageScan = { anchors: [], messageHits: [], roots: [], nodeCount: 0, truncated: false, elementsSearched: 0 };
  scanTexts(root, scan, dom, compiled);
  if (dom.nodeType(root) === ELEMENT_NODE) {
    const own = dom.shadowRootOf(root as Element);
    if (own) scanTexts(own, scan, dom, compiled);
  }
  return scan;
}

/**
 * Visit the elements of every scanned root, scanning the open shadow roots found (and theirs in turn). Subtrees of
 * the `skipInside` elements are not visited: the tiles of a long list, whose reader walks the shadow roots of the
 * tiles it reads in full (see read-tiles.ts). Returns whether any new shadow root was scanned.
 */
export function scanShadowRoots(scan: PageScan, dom: SafeDom, compiled: CompiledProfile, skipInside: ReadonlySet<Element>): boolean {
  const { maxNodes } = compiled.profile.limits;
  const known = new Set<SearchRoot>(scan.roots);
  let found = false;
  for (; scan.elementsSearched < scan.roots.length && !scan.truncated; scan.elementsSearched++) {
    const walker = dom.walker(scan.roots[scan.elementsSearched] as SearchRoot, SHOW_ELEMENT);
    if (!walker) continue;
    let node = walker.nextNode();
    while (node) {
      if (!countNode(scan, maxNodes)) break;
      if (skipInside.has(node as Element)) {
        node = nextOutside(walker);
        continue;
      }
      // Direct read on purpose (hot loop): the value is type-checked, so a form control named "shadowRoot" only
      // makes us skip that form.
      const shadow = (node as Element).shadowRoot;
      if (shadow && typeof shadow === 'object' && shadow.nodeType === DOCUMENT_FRAGMENT_NODE && !known.has(shadow)) {
        known.add(shadow);
        found = true;
        scanTexts(shadow, scan, dom, compiled);
      }
      node = walker.nextNode();
    }
  }
  return found;
}

/** One text-only walk of `walkRoot`: name anchors and message hits, then logo labels. */
function scanTexts(walkRoot: SearchRoot, scan: PageScan, dom: SafeDom, compiled: CompiledProfile): void {
  scan.roots.push(walkRoot);
  if (scan.truncated) return;
  const { maxNodes, maxNameTextLength, maxMessageTextLength } = compiled.profile.limits;
  const minName = compiled.minAliasLength;
  const messageText = compiled.messageText;
  const walker = dom.walker(walkRoot, SHOW_TEXT);
  if (walker) {
    // Read directly (hot loop): text nodes cannot be clobbered, and the value is type-checked anyway.
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!countNode(scan, maxNodes)) return;
      const data: unknown = (node as Text).data;
      if (typeof data !== 'string') continue; // a clobbered node some DOM implementations hand a text walker
      const length = data.length;
      if (length < minName || length > maxMessageTextLength) continue;
      if (length <= maxNameTextLength) {
        const integration = integrationNamedBy(data, compiled);
        if (integration !== undefined) {
          const parent = textParent(node, dom);
          if (parent) scan.anchors.push({ element: parent, integration, text: data, source: 'text' });
          continue;
        }
      }
      if (length >= MIN_MESSAGE_TEXT && scan.messageHits.length < MAX_MESSAGE_HITS && messageText.test(data)) {
        const parent = textParent(node, dom);
        if (parent) scan.messageHits.push({ element: parent, text: data });
      }
    }
  }
  collectAttributeAnchors(walkRoot, dom, compiled, scan.anchors);
}

/** Count one visited node against profile.limits.maxNodes (both walks share it); false once the page is over it. */
function countNode(scan: PageScan, maxNodes: number): boolean {
  if (++scan.nodeCount <= maxNodes) return true;
  scan.nodeCount = maxNodes;
  scan.truncated = true;
  return false;
}

function textParent(text: Node, dom: SafeDom): Element | undefined {
  const parent = dom.parentOf(text);
  if (!parent || SKIPPED_TEXT_PARENTS.has(dom.tagOf(parent))) return undefined;
  return parent;
}

const LABEL_ATTRIBUTES: readonly Exclude<AnchorSource, 'text'>[] = ['alt', 'aria-label', 'title'];

/**
 * Logos name integrations in alt/title/aria-label. Only images are asked: an attribute selector (`[alt]`) costs a
 * full, slow match over a large page, while the browser keeps a cached list of a tag's elements. Names carried only
 * by the labels of non-image elements are left to the visible text, which a tile shows anyway.
 */
function collectAttributeAnchors(root: SearchRoot, dom: SafeDom, compiled: CompiledProfile, out: NameAnchor[]): void {
  const type = dom.nodeType(root);
  // An image's label is its alt text; aria-label and title are asked only when it has none (one attribute read per
  // logo on a 5,000-tile page instead of three).
  const visit = (element: Element): void => {
    for (const source of LABEL_ATTRIBUTES) {
      const value = dom.attr(element, source);
      if (!value || !value.trim()) continue;
      const integration = value.length < compiled.minAliasLength ? undefined : integrationNamedBy(value, compiled);
      if (integration !== undefined) out.push({ element, integration, text: value, source });
      return;
    }
  };
  if (type !== DOCUMENT_NODE && type !== DOCUMENT_FRAGMENT_NODE && dom.tagOf(root as Element) === 'img') visit(root as Element);
  dom.forEachMatch(root, 'img', MAX_ATTRIBUTE_ANCHOR_CANDIDATES, visit);
}
