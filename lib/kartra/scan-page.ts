/**
 * The one linear pass over a page: a TreeWalker through the light DOM and every open shadow root, collecting
 * texts that name an integration and texts that may be a notice. Per node it does one type check and either one
 * length check (text) or one shadow-root read (element); everything else is on the few nodes that pass.
 */
import { integrationNamedBy, type CompiledProfile } from './compiled-profile.ts';
import {
  DOCUMENT_FRAGMENT_NODE,
  DOCUMENT_NODE,
  ELEMENT_NODE,
  SHOW_ELEMENT,
  SHOW_TEXT,
  TEXT_NODE,
  type SafeDom,
  type SearchRoot,
} from './safe-dom.ts';

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
}

const SKIPPED_TEXT_PARENTS = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title', 'option', 'optgroup', 'select', 'datalist']);
const MAX_MESSAGE_HITS = 300;
const MAX_ATTRIBUTE_ANCHOR_CANDIDATES = 50_000;
const MIN_MESSAGE_TEXT = 5;

/** Walk `root` once (plus open shadow roots) and collect name anchors and message hits. Never throws. */
export function scanPage(root: SearchRoot, dom: SafeDom, compiled: CompiledProfile): PageScan {
  const scan: PageScan = { anchors: [], messageHits: [], roots: [], nodeCount: 0, truncated: false };
  const { maxNodes, maxNameTextLength, maxMessageTextLength } = compiled.profile.limits;
  const minName = compiled.minAliasLength;
  const pending: SearchRoot[] = [root];
  const rootType = dom.nodeType(root);
  if (rootType === ELEMENT_NODE) {
    const own = dom.shadowRootOf(root as Element);
    if (own) pending.push(own);
  }

  const messageText = compiled.messageText;
  let count = 0;
  for (let r = 0; r < pending.length && !scan.truncated; r++) {
    const walkRoot = pending[r] as SearchRoot;
    scan.roots.push(walkRoot);
    const walker = dom.walker(walkRoot, SHOW_ELEMENT | SHOW_TEXT);
    if (!walker) continue;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (++count > maxNodes) {
        scan.truncated = true;
        break;
      }
      // Direct reads on purpose: this is the hot loop. Text nodes cannot be clobbered; for elements the value is
      // type-checked, so a form control named "shadowRoot" or "nodeType" only makes us skip that form.
      const type = node.nodeType;
      if (type === TEXT_NODE) {
        const data = (node as Text).data;
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
      } else if (type === ELEMENT_NODE) {
        const shadow = (node as Element).shadowRoot;
        if (shadow && typeof shadow === 'object' && shadow.nodeType === DOCUMENT_FRAGMENT_NODE) pending.push(shadow);
      }
    }
    collectAttributeAnchors(walkRoot, dom, compiled, scan.anchors);
  }
  scan.nodeCount = Math.min(count, maxNodes);
  return scan;
}

function textParent(text: Node, dom: SafeDom): Element | undefined {
  const parent = dom.parentOf(text);
  if (!parent || SKIPPED_TEXT_PARENTS.has(dom.tagOf(parent))) return undefined;
  return parent;
}

const LABEL_ATTRIBUTES: readonly Exclude<AnchorSource, 'text'>[] = ['alt', 'aria-label', 'title'];

/**
 * Logos name integrations in alt/title/aria-label. Only images are asked: an attribute selector (`[alt]`) costs a
 * full, slow match over a large page, while the browser keeps a cached list of a tag's elements. Names carried only by the labels of
 * non-image elements are left to the visible text, which a tile shows anyway.
 */
function collectAttributeAnchors(root: SearchRoot, dom: SafeDom, compiled: CompiledProfile, out: NameAnchor[]): void {
  const type = dom.nodeType(root);
  const visit = (element: Element): void => {
    for (const source of LABEL_ATTRIBUTES) {
      const value = dom.attr(element, source);
      if (!value || value.length < compiled.minAliasLength) continue;
      const integration = integrationNamedBy(value, compiled);
      if (integration === undefined) continue;
      out.push({ element, integration, text: value, source });
      return;
    }
  };
  if (type !== DOCUMENT_NODE && type !== DOCUMENT_FRAGMENT_NODE && dom.tagOf(root as Element) === 'img') visit(root as Element);
  dom.forEachByTag(root, 'img', MAX_ATTRIBUTE_ANCHOR_CANDIDATES, visit);
}
