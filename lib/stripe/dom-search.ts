/**
 * DOM access for the Stripe page readers, hardened for pages we do not control:
 * - open shadow roots are searched too (closed ones cannot be, by design);
 * - properties are read through the prototypes, because `document` and `<form>` expose named children as properties
 *   that override built-ins (`<img name="querySelectorAll">`, `<input name="getAttribute">`), also in a content
 *   script's isolated world;
 * - nothing here throws: a reader that meets something odd answers "nothing found".
 */

type Root = Document | Element | DocumentFragment;
type Fn = (this: unknown, ...args: unknown[]) => unknown;

/** Upper bound on elements visited per search: a hostile page cannot make us loop for long. */
const MAX_ELEMENTS = 50_000;
const SKIPPED_TEXT_PARENTS = new Set(['script', 'style', 'template', 'noscript']);

function member(constructorName: string, name: string): { get?: Fn; value?: unknown } | undefined {
  const ctor = (globalThis as Record<string, unknown>)[constructorName] as { prototype?: object } | undefined;
  for (let proto: object | null = ctor?.prototype ?? null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return descriptor as { get?: Fn; value?: unknown };
  }
  return undefined;
}

/** Read a property through `constructorName.prototype`, not through the (clobberable) instance. */
export function readVia<T>(constructorName: string, target: unknown, name: string): T | undefined {
  try {
    const getter = member(constructorName, name)?.get;
    return getter ? (getter.call(target) as T) : undefined;
  } catch {
    return undefined;
  }
}

/** Call a method through `constructorName.prototype`. */
export function callVia<T>(constructorName: string, target: unknown, name: string, ...args: unknown[]): T | undefined {
  try {
    const method = member(constructorName, name)?.value;
    return typeof method === 'function' ? ((method as Fn).call(target, ...args) as T) : undefined;
  } catch {
    return undefined;
  }
}

function nodeType(node: unknown): number | undefined {
  return readVia<number>('Node', node, 'nodeType');
}

/** Is this an element node (read through `Node.prototype`, so a clobbered `nodeType` cannot lie)? */
export function isElement(node: unknown): node is Element {
  return nodeType(node) === 1;
}

function interfaceOf(root: Root): 'Document' | 'Element' | 'DocumentFragment' {
  const type = nodeType(root);
  return type === 9 ? 'Document' : type === 11 ? 'DocumentFragment' : 'Element';
}

/** `localName`, read safely ('' when unknown). */
export function tagOf(element: Element): string {
  return readVia<string>('Element', element, 'localName') ?? '';
}

/** An attribute value, read safely. */
export function attr(element: Element, name: string): string | null {
  return callVia<string | null>('Element', element, 'getAttribute', name) ?? null;
}

/** Does the element carry this attribute? Read safely. */
export function hasAttr(element: Element, name: string): boolean {
  return callVia<boolean>('Element', element, 'hasAttribute', name) === true;
}

/** The open shadow root of an element, if any. */
export function shadowOf(element: Element): ShadowRoot | undefined {
  return readVia<ShadowRoot | null>('Element', element, 'shadowRoot') ?? undefined;
}

/** The parent node (element, document or shadow root), read safely. */
export function parentOf(node: Node): Node | undefined {
  return readVia<Node | null>('Node', node, 'parentNode') ?? undefined;
}

/** Parent element, stepping out of a shadow root to its host. */
export function parentElementDeep(element: Element): Element | undefined {
  const parent = parentOf(element);
  if (!parent) return undefined;
  if (isElement(parent)) return parent;
  if (nodeType(parent) === 11) {
    const host = readVia<Element | null>('ShadowRoot', parent, 'host');
    return host ?? undefined;
  }
  return undefined;
}

/** Ancestors from the parent upwards, crossing shadow boundaries. */
export function ancestorsOf(element: Element, limit: number = 200): Element[] {
  const out: Element[] = [];
  for (let current = parentElementDeep(element); current && out.length < limit; current = parentElementDeep(current)) {
    out.push(current);
  }
  return out;
}

/** Does `ancestor` contain `node` (or is it), looking through shadow boundaries? */
export function containsDeep(ancestor: Element, node: Element): boolean {
  if (ancestor === node) return true;
  return ancestorsOf(node).includes(ancestor);
}

function queryOwn(root: Root, selector: string): Element[] {
  const list = callVia<NodeListOf<Element>>(interfaceOf(root), root, 'querySelectorAll', selector);
  if (!list) return [];
  const out: Element[] = [];
  const length = readVia<number>('NodeList', list, 'length') ?? 0;
  for (let i = 0; i < length; i++) {
    const item = callVia<Element | null>('NodeList', list, 'item', i);
    if (item) out.push(item);
  }
  return out;
}

/** All elements matching `selector` under `root`, including inside open shadow roots, in document order per tree. */
export function queryAllDeep(root: Root, selector: string): Element[] {
  const out: Element[] = [];
  const roots: Root[] = [root];
  let visited = 0;
  while (roots.length > 0 && visited < MAX_ELEMENTS) {
    const current = roots.shift() as Root;
    const all = queryOwn(current, '*');
    visited += all.length;
    const matching = new Set(queryOwn(current, selector));
    for (const element of all) {
      if (matching.has(element)) out.push(element);
      const shadow = shadowOf(element);
      if (shadow) roots.push(shadow);
    }
  }
  return out;
}

/** Element by id in a document or shadow root (the first one when a page duplicates ids), read safely. */
export function elementById(root: Document | DocumentFragment, id: string): Element | undefined {
  if (!id) return undefined;
  const via = nodeType(root) === 9 ? 'Document' : 'DocumentFragment';
  return callVia<Element | null>(via, root, 'getElementById', id) ?? undefined;
}

function documentOf(element: Element): Document | undefined {
  return readVia<Document>('Node', element, 'ownerDocument');
}

/**
 * Hidden from people: `hidden`, `aria-hidden="true"`, `inert`, or `display: none` / `visibility: hidden` on it or an
 * ancestor. Opacity and off-screen positioning do NOT count: custom radio buttons hide their native input that way.
 */
export function isHidden(element: Element): boolean {
  const view = readVia<Window | null>('Document', documentOf(element), 'defaultView');
  for (const current of [element, ...ancestorsOf(element)]) {
    if (hasAttr(current, 'hidden') || hasAttr(current, 'inert') || attr(current, 'aria-hidden') === 'true') return true;
    if (tagOf(current) === 'input' && attr(current, 'type')?.toLowerCase() === 'hidden') return true;
    try {
      const style = view?.getComputedStyle(current);
      if (style && (style.display === 'none' || (current === element && style.visibility === 'hidden'))) return true;
    } catch {
      // Not rendered or odd element: judge by attributes only.
    }
  }
  return false;
}

function childNodesOf(node: Node): Node[] {
  const list = readVia<NodeListOf<ChildNode>>('Node', node, 'childNodes');
  if (!list) return [];
  const out: Node[] = [];
  const length = readVia<number>('NodeList', list, 'length') ?? 0;
  for (let i = 0; i < length; i++) {
    const item = callVia<Node | null>('NodeList', list, 'item', i);
    if (item) out.push(item);
  }
  return out;
}

function isCheaplyHidden(element: Element): boolean {
  if (hasAttr(element, 'hidden') || attr(element, 'aria-hidden') === 'true') return true;
  const style = (attr(element, 'style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/**
 * The visible text of a node as separate chunks, one per text node, trimmed and whitespace-collapsed. Descends into
 * open shadow roots (and what their slots show) and skips hidden subtrees by their attributes and inline style, so a
 * decoy hidden with `hidden` or `display:none` does not lend its words.
 */
export function textChunksOf(node: Node, limit: number = 2000): string[] {
  const out: string[] = [];
  const visit = (current: Node, depth: number): void => {
    if (out.length >= limit || depth > 200) return;
    const type = nodeType(current);
    if (type === 3) {
      const text = (readVia<string>('CharacterData', current, 'data') ?? '').replace(/\s+/g, ' ').trim();
      if (text) out.push(text);
      return;
    }
    if (type === 1) {
      const element = current as Element;
      const tag = tagOf(element);
      if (SKIPPED_TEXT_PARENTS.has(tag) || isCheaplyHidden(element)) return;
      if (tag === 'slot') {
        const assigned = callVia<Node[]>('HTMLSlotElement', element, 'assignedNodes', { flatten: true }) ?? [];
        const shown = assigned.length > 0 ? assigned : childNodesOf(element);
        for (const child of shown) visit(child, depth + 1);
        return;
      }
      const shadow = shadowOf(element);
      if (shadow) {
        const hasSlot = queryOwn(shadow, 'slot').length > 0;
        for (const child of childNodesOf(shadow)) visit(child, depth + 1);
        if (hasSlot) return; // light children were shown through the slots
      }
    }
    if (type === 1 || type === 9 || type === 11) for (const child of childNodesOf(current)) visit(child, depth + 1);
  };
  visit(node, 0);
  return out;
}

/** The text of an element's own text-node children (not its descendants'), whitespace-collapsed. */
export function ownTextOf(element: Element): string {
  const tag = tagOf(element);
  if (SKIPPED_TEXT_PARENTS.has(tag)) return '';
  return childNodesOf(element)
    .filter((child) => nodeType(child) === 3)
    .map((child) => readVia<string>('CharacterData', child, 'data') ?? '')
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Visible text of a node in one string (chunks joined by spaces). */
export function visibleText(node: Node): string {
  return textChunksOf(node).join(' ');
}

/** Lower case, straight quotes, single spaces, no decorative arrows: the form our word lists are written in. */
export function normalizeWords(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[←→‹›«»❯❮>]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The name a person (or screen reader) would give a control: aria-labelledby, aria-label, its `<label>`s, its
 * visible text, then `value` (input buttons) and `title`.
 */
export function accessibleName(element: Element): string {
  const root = rootOf(element);
  const labelledBy = attr(element, 'aria-labelledby');
  if (labelledBy && root) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => elementById(root, id))
      .filter((label): label is Element => label !== undefined)
      .map((label) => visibleText(label))
      .join(' ')
      .trim();
    if (text) return text;
  }
  const label = attr(element, 'aria-label')?.trim();
  if (label) return label;
  const tag = tagOf(element);
  if (tag === 'input' || tag === 'select' || tag === 'textarea') {
    const fromLabels = labelsOf(element)
      .map((labelElement) => visibleText(labelElement))
      .join(' ')
      .trim();
    if (fromLabels) return fromLabels;
    const type = attr(element, 'type')?.toLowerCase();
    if (type === 'submit' || type === 'button') return attr(element, 'value')?.trim() || (type === 'submit' ? 'Submit' : '');
  } else {
    const text = visibleText(element);
    if (text) return text;
  }
  return attr(element, 'title')?.trim() ?? '';
}

/** `<label>` elements for a form control: `for=id` ones and the wrapping one. */
export function labelsOf(control: Element): Element[] {
  const out: Element[] = [];
  const id = attr(control, 'id');
  const root = rootOf(control);
  if (id && root) {
    for (const label of queryOwn(root, 'label')) if (attr(label, 'for') === id) out.push(label);
  }
  const wrapping = ancestorsOf(control).find((ancestor) => tagOf(ancestor) === 'label');
  if (wrapping && !out.includes(wrapping)) out.push(wrapping);
  return out;
}

/** The document or shadow root an element lives in. */
export function rootOf(element: Element): Document | DocumentFragment | undefined {
  const root = callVia<Node>('Node', element, 'getRootNode');
  const type = nodeType(root);
  return type === 9 || type === 11 ? (root as Document | DocumentFragment) : undefined;
}

/** Of several candidates, drop each one that contains another candidate: keep the innermost controls. */
export function keepInnermost<T extends Element>(elements: readonly T[]): T[] {
  const unique = [...new Set(elements)];
  return unique.filter((outer) => !unique.some((inner) => inner !== outer && containsDeep(outer, inner)));
}

/** The live `value` of an input or textarea, read safely. */
export function inputValue(element: Element): string {
  return readVia<string>('HTMLInputElement', element, 'value') ?? attr(element, 'value') ?? '';
}

/** Checked state of a radio or checkbox (the live property, not the attribute). */
export function isChecked(element: Element): boolean {
  return readVia<boolean>('HTMLInputElement', element, 'checked') === true;
}

/** Selected state of an `<option>` (the live property, not the attribute). */
export function isOptionSelected(element: Element): boolean {
  return readVia<boolean>('HTMLOptionElement', element, 'selected') === true;
}

/** Disabled natively or through ARIA. */
export function isDisabled(element: Element): boolean {
  return hasAttr(element, 'disabled') || attr(element, 'aria-disabled') === 'true';
}
