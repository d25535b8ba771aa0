/**
 * DOM access that a hostile page cannot bend, bound to the realm of one document.
 *
 * Every method and getter used on page nodes is taken from the DOM prototypes (natives.ts) when the accessors are
 * built, before the readers touch page nodes, and every result is type-checked. All helpers are total: they return
 * undefined/[]/false instead of throwing. Built once per reader pass (createSafeDom, which memoises rendered state for
 * the pass) or shared per document by readers that never ask for rendered state (shared-dom.ts).
 */
import {
  call,
  call1,
  call2,
  call3,
  DOCUMENT_FRAGMENT_NODE,
  DOCUMENT_NODE,
  ELEMENT_NODE,
  getterOf,
  methodOf,
  ownOrProtoMethod,
  SHOW_TEXT,
  sliceData,
  TEXT_NODE,
  type AnyFn,
} from './natives.ts';

export { DOCUMENT_FRAGMENT_NODE, DOCUMENT_NODE, ELEMENT_NODE, SHOW_ELEMENT, SHOW_TEXT, TEXT_NODE } from './natives.ts';

/** Where a reader may search: a document, an open shadow root, or an element subtree. */
export type SearchRoot = Document | ShadowRoot | Element;

/** Clobber-proof accessors bound to the realm of one document. */
export interface SafeDom {
  readonly document: Document | undefined;
  nodeType(node: Node): number;
  /** Parent element, crossing from an open shadow root to its host. */
  parentOf(node: Node): Element | undefined;
  /** Lower-case local name ('' when unreadable). */
  tagOf(element: Element): string;
  attr(element: Element, name: string): string | undefined;
  /** Names of the attributes present (lower case as the DOM reports them); [] when unreadable. */
  attributeNames(element: Element): readonly string[];
  /** textContent, cut at `max` characters. Use on small elements only: the browser builds the whole string first. */
  textContent(node: Node, max: number): string;
  /** The element's open shadow root, if any. */
  shadowRootOf(element: Element): ShadowRoot | undefined;
  childElements(element: Element, max: number): Element[];
  /** The n-th (0-based) element child, or undefined. */
  nthElementChild(element: Element, n: number): Element | undefined;
  /** The parent node as is (a ShadowRoot for top-level shadow content), or undefined. */
  rawParentNode(node: Node): Node | undefined;
  childElementCount(element: Element): number;
  /** A TreeWalker over `root` (SHOW_* mask). */
  walker(root: Node, show: number): TreeWalker | undefined;
  /** querySelectorAll that returns [] for an invalid selector and stops at `max`. */
  queryAll(root: SearchRoot, selector: string, max?: number): Element[];
  /** Like queryAll, without building an array (for selectors that may match tens of thousands of elements). */
  forEachMatch(root: SearchRoot, selector: string, max: number, visit: (element: Element) => void): void;
  matches(element: Element, selector: string): boolean;
  /** Matches any of the selectors (an invalid one is skipped). */
  matchesAny(element: Element, selectors: readonly string[]): boolean;
  contains(ancestor: Node, node: Node): boolean;
  /** Computed style of the element, or of its `::before` / `::after` when `pseudo` is given. */
  computedStyle(element: Element, pseudo?: '::before' | '::after'): CSSStyleDeclaration | undefined;
  /** Rendered: not display:none/visibility:hidden/opacity 0 (self or ancestor), no `hidden` ancestor. Memoised. */
  isRendered(element: Element): boolean;
  /** Text content read node by node, stopping after `max` characters or `maxNodes` nodes. */
  boundedText(root: Node, max: number, maxNodes?: number): string;
  /** The root node (document or shadow root) an element lives in. */
  rootOf(node: Node): Document | ShadowRoot | undefined;
  /** All elements with this id in the element's tree (duplicate ids are returned, not hidden). */
  elementsById(scope: Node, id: string, max?: number): Element[];
  /** The `value` of input/textarea/select, else undefined. */
  formValue(element: Element): string | undefined;
}

const WHITESPACE = /\s/;
const WORD_START = /^[\p{L}\p{N}]/u;

const VISIBILITY_OPTIONS = { visibilityProperty: true, opacityProperty: true };
const INVISIBLE_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link']);

/** Build clobber-proof accessors for the realm `anyNode` belongs to; the rendered-state memo lives as long as they do. */
export function createSafeDom(anyNode: Node): SafeDom {
  const nodeTypeGet = getterOf(anyNode, 'nodeType');
  const nodeType = (node: Node): number => {
    const t = call<unknown>(nodeTypeGet, node);
    return typeof t === 'number' ? t : 0;
  };
  const ownerDocumentGet = getterOf(anyNode, 'ownerDocument');
  const document: Document | undefined =
    nodeType(anyNode) === DOCUMENT_NODE ? (anyNode as Document) : (call<Document>(ownerDocumentGet, anyNode) ?? undefined);

  // An element of this realm to read Element.prototype members from.
  const documentElementGet = getterOf(document, 'documentElement');
  const sampleElement: Element | undefined =
    nodeType(anyNode) === ELEMENT_NODE ? (anyNode as Element) : (call<Element>(documentElementGet, document) ?? undefined);

  const parentNodeGet = getterOf(anyNode, 'parentNode');
  const hostGetFor = (root: Node): AnyFn | undefined => getterOf(root, 'host');
  const localNameGet = getterOf(sampleElement, 'localName');
  const getAttribute = methodOf(sampleElement, 'getAttribute');
  const shadowRootGet = getterOf(sampleElement, 'shadowRoot');
  const firstElementChildGet = getterOf(sampleElement, 'firstElementChild');
  const nextElementSiblingGet = getterOf(sampleElement, 'nextElementSibling');
  const childElementCountGet = getterOf(sampleElement, 'childElementCount');
  const elementMatches = methodOf(sampleElement, 'matches');
  const getAttributeNames = methodOf(sampleElement, 'getAttributeNames');
  // From an element: Document overrides textContent (it is null on a document).
  const textContentGet = getterOf(sampleElement, 'textContent');
  const checkVisibility = methodOf(sampleElement, 'checkVisibility');
  const nodeContains = methodOf(anyNode, 'contains');
  const getRootNode = methodOf(anyNode, 'getRootNode');
  const createTreeWalker = methodOf(document, 'createTreeWalker');
  const documentQueryAll = methodOf(document, 'querySelectorAll');
  const elementQueryAll = methodOf(sampleElement, 'querySelectorAll');
  const defaultViewGet = getterOf(document, 'defaultView');
  const view = call<Window>(defaultViewGet, document) ?? undefined;
  const getComputedStyle = view ? ownOrProtoMethod(view, 'getComputedStyle') : undefined;

  const rawParentNode = (node: Node): Node | undefined => call<Node | null>(parentNodeGet, node) ?? undefined;
  const parentOf = (node: Node): Element | undefined => {
    const parent = rawParentNode(node);
    if (!parent) return undefined;
    const type = nodeType(parent);
    if (type === ELEMENT_NODE) return parent as Element;
    if (type === DOCUMENT_FRAGMENT_NODE) {
      const host = call<Element>(hostGetFor(parent), parent);
      return host && nodeType(host) === ELEMENT_NODE ? host : undefined;
    }
    return undefined;
  };

  const tagOf = (element: Element): string => {
    const name = call<unknown>(localNameGet, element);
    return typeof name === 'string' ? name.toLowerCase() : '';
  };
  const attr = (element: Element, name: string): string | undefined => {
    const value = call1<unknown>(getAttribute, element, name);
    return typeof value === 'string' ? value : undefined;
  };
  const firstElementChild = (element: Element): Element | undefined => call<Element | null>(firstElementChildGet, element) ?? undefined;
  const nextElementSibling = (element: Element): Element | undefined => call<Element | null>(nextElementSiblingGet, element) ?? undefined;

  const forEachMatch = (root: SearchRoot, selector: string, max: number, visit: (element: Element) => void): void => {
    const type = nodeType(root);
    // Shadow roots and elements share Element's/DocumentFragment's querySelectorAll; read it off the root's own chain.
    const fn = type === DOCUMENT_NODE ? documentQueryAll : type === ELEMENT_NODE ? elementQueryAll : methodOf(root, 'querySelectorAll');
    const list = call1<NodeListOf<Element>>(fn, root, selector);
    if (!list) return;
    const length = Math.min(typeof list.length === 'number' ? list.length : 0, max);
    // A static NodeList returned by the genuine method holds elements only.
    for (let i = 0; i < length; i++) {
      const el = list[i];
      if (el) visit(el);
    }
  };
  const queryAll = (root: SearchRoot, selector: string, max = 100_000): Element[] => {
    const out: Element[] = [];
    forEachMatch(root, selector, max, (el) => out.push(el));
    return out;
  };

  const tryMatches = (element: Element, selector: string): boolean | undefined => {
    const result = call1<unknown>(elementMatches, element, selector);
    return typeof result === 'boolean' ? result : undefined;
  };
  const matches = (element: Element, selector: string): boolean => tryMatches(element, selector) === true;
  // One call per selector, so one bad profile hint cannot hide the others.
  const matchesAny = (element: Element, selectors: readonly string[]): boolean => selectors.some((selector) => matches(element, selector));

  const computedStyle = (element: Element, pseudo?: string): CSSStyleDeclaration | undefined => {
    const style = pseudo ? call2<unknown>(getComputedStyle, view, element, pseudo) : call1<unknown>(getComputedStyle, view, element);
    return style && typeof style === 'object' ? (style as CSSStyleDeclaration) : undefined;
  };
  const visible = (element: Element): boolean | undefined => {
    const result = call1<unknown>(checkVisibility, element, VISIBILITY_OPTIONS);
    return typeof result === 'boolean' ? result : undefined;
  };

  const renderedMemo = new Map<Element, boolean>();
  const hiddenByAttributeMemo = new Map<Element, boolean>();
  // The `hidden` attribute, climbed with a memo. Browsers' checkVisibility already covers it (UA style); happy-dom's
  // does not. Only asked after checkVisibility said "visible", and the memo makes it one attribute read per distinct
  // ancestor per run. (A document-wide `[hidden]` query costs more than this on a large page.)
  const hiddenByAttribute = (element: Element): boolean => {
    const chain: Element[] = [];
    let el: Element | undefined = element;
    let result = false;
    for (let depth = 0; el && depth < 512; depth++) {
      const known = hiddenByAttributeMemo.get(el);
      if (known !== undefined) {
        result = known;
        break;
      }
      chain.push(el);
      if (attr(el, 'hidden') !== undefined || INVISIBLE_TAGS.has(tagOf(el))) {
        result = true;
        break;
      }
      el = parentOf(el);
    }
    // Everything below a hidden element is hidden; everything on a visible chain is (attribute-wise) visible.
    for (const c of chain) hiddenByAttributeMemo.set(c, result);
    return result;
  };

  const isRendered = (element: Element): boolean => {
    const known = renderedMemo.get(element);
    if (known !== undefined) return known;
    let rendered = true;
    if (checkVisibility) {
      if (visible(element) === false) rendered = false;
    } else {
      const style = computedStyle(element);
      if (style && (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0')) rendered = false;
    }
    if (rendered && hiddenByAttribute(element)) rendered = false;
    renderedMemo.set(element, rendered);
    return rendered;
  };

  const walker = (root: Node, show: number): TreeWalker | undefined =>
    call3<TreeWalker>(createTreeWalker, document, root, show, null) ?? undefined;

  const boundedText = (root: Node, max: number, maxNodes = 200): string => {
    if (nodeType(root) === TEXT_NODE) return sliceData(root, max);
    const w = walker(root, SHOW_TEXT);
    if (!w) return '';
    let out = '';
    let visited = 0;
    let lastParent: Element | undefined;
    for (let n = w.nextNode(); n && out.length < max && visited < maxNodes; n = w.nextNode(), visited++) {
      const parent = parentOf(n);
      if (parent && INVISIBLE_TAGS.has(tagOf(parent))) continue;
      const text = sliceData(n, max - out.length);
      // Texts of different elements (a title and its detail) are separate words, even when the markup has no space
      // between them: "does not match" + "You selected…" must not read as "matchYou".
      if (parent !== lastParent && out.length > 0 && !WHITESPACE.test(out[out.length - 1] as string) && WORD_START.test(text)) out += ' ';
      out += text;
      lastParent = parent;
    }
    return out.length > max ? out.slice(0, max) : out;
  };

  const rootOf = (node: Node): Document | ShadowRoot | undefined => {
    const root = call<Node>(getRootNode, node);
    if (!root) return undefined;
    const type = nodeType(root);
    return type === DOCUMENT_NODE || type === DOCUMENT_FRAGMENT_NODE ? (root as Document | ShadowRoot) : undefined;
  };

  return {
    document,
    nodeType,
    parentOf,
    tagOf,
    attr,
    attributeNames: (element) => {
      const names = call<unknown>(getAttributeNames, element);
      return Array.isArray(names) ? (names as string[]) : [];
    },
    textContent: (node, max) => {
      const text = call<unknown>(textContentGet, node);
      if (typeof text !== 'string') return '';
      return text.length > max ? text.slice(0, max) : text;
    },
    shadowRootOf: (element) => {
      const root = call<unknown>(shadowRootGet, element);
      return root && nodeType(root as Node) === DOCUMENT_FRAGMENT_NODE ? (root as ShadowRoot) : undefined;
    },
    childElements: (element, max) => {
      const out: Element[] = [];
      let child = firstElementChild(element);
      while (child && out.length < max) {
        out.push(child);
        child = nextElementSibling(child);
      }
      return out;
    },
    nthElementChild: (element, n) => {
      let child = firstElementChild(element);
      for (let i = 0; child && i < n; i++) child = nextElementSibling(child);
      return child;
    },
    rawParentNode,
    childElementCount: (element) => {
      const n = call<unknown>(childElementCountGet, element);
      return typeof n === 'number' ? n : 0;
    },
    walker,
    queryAll,
    forEachMatch,
    matches,
    matchesAny,
    contains: (ancestor, node) => call1<boolean>(nodeContains, ancestor, node) === true,
    computedStyle,
    isRendered,
    boundedText,
    rootOf,
    elementsById: (scope, id, max = 20) => {
      const root = rootOf(scope);
      if (!root || !id) return [];
      return queryAll(root, `[id="${cssString(id)}"]`, max);
    },
    formValue: (element) => {
      const tag = tagOf(element);
      if (tag !== 'input' && tag !== 'textarea' && tag !== 'select') return undefined;
      const value = call<string>(getterOf(element, 'value'), element);
      return typeof value === 'string' ? value : undefined;
    },
  };
}

/** Escape a value for a double-quoted CSS attribute selector. */
export function cssString(value: string): string {
  return value.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ');
}

/** Move a TreeWalker past the current node's subtree; returns the next node or null. */
export function nextOutside(walker: TreeWalker): Node | null {
  const next = walker.nextSibling();
  if (next) return next;
  while (walker.parentNode()) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
  }
  return null;
}
