/**
 * Element reads as plain functions, for readers that hold no SafeDom of their own (the Stripe readers): each one goes
 * through the document's shared clobber-proof accessors (safe-dom.ts), crosses open shadow boundaries where it says
 * so, and never throws.
 */
import { call, call1, getterOf, methodOf } from './natives.ts';
import { DOCUMENT_FRAGMENT_NODE, DOCUMENT_NODE } from './safe-dom.ts';
import { domOf } from './shared-dom.ts';

/** `localName` in lower case ('' when unknown). */
export function tagOf(element: Element): string {
  return domOf(element).tagOf(element);
}

/** An attribute value (null when absent, like getAttribute). */
export function attr(element: Element, name: string): string | null {
  return domOf(element).attr(element, name) ?? null;
}

/** Does the element carry this attribute? */
export function hasAttr(element: Element, name: string): boolean {
  return domOf(element).attr(element, name) !== undefined;
}

/** Parent element, stepping out of a shadow root to its host. */
export function parentElementDeep(element: Element): Element | undefined {
  return domOf(element).parentOf(element);
}

/** Ancestors from the parent upwards, crossing shadow boundaries. */
export function ancestorsOf(element: Element, limit: number = 200): Element[] {
  const dom = domOf(element);
  const out: Element[] = [];
  for (let current = dom.parentOf(element); current && out.length < limit; current = dom.parentOf(current)) out.push(current);
  return out;
}

/** Does `ancestor` contain `node` (or is it), looking through shadow boundaries? */
export function containsDeep(ancestor: Element, node: Element): boolean {
  if (ancestor === node) return true;
  return ancestorsOf(node).includes(ancestor);
}

/** Of several candidates, drop each one that contains another candidate: keep the innermost controls. */
export function keepInnermost<T extends Element>(elements: readonly T[]): T[] {
  const unique = [...new Set(elements)];
  return unique.filter((outer) => !unique.some((inner) => inner !== outer && containsDeep(outer, inner)));
}

/** The document or shadow root an element lives in. */
export function rootOf(element: Element): Document | DocumentFragment | undefined {
  return domOf(element).rootOf(element);
}

/** Element by id in a document or shadow root (the first one when a page duplicates ids). */
export function elementById(root: Document | DocumentFragment, id: string): Element | undefined {
  const dom = domOf(root);
  const type = dom.nodeType(root);
  if (!id || (type !== DOCUMENT_NODE && type !== DOCUMENT_FRAGMENT_NODE)) return undefined;
  return dom.elementsById(root, id, 1)[0];
}

/** The live `value` of an input or textarea, else its `value` attribute, else ''. */
export function inputValue(element: Element): string {
  return domOf(element).formValue(element) ?? attr(element, 'value') ?? '';
}

/** Checked state of a radio or checkbox (the live property, not the attribute). */
export function isChecked(element: Element): boolean {
  return call<unknown>(getterOf(element, 'checked'), element) === true;
}

/** Selected state of an `<option>` (the live property, not the attribute). */
export function isOptionSelected(element: Element): boolean {
  return call<unknown>(getterOf(element, 'selected'), element) === true;
}

/** Child nodes (text, elements, ...), at most `max`. */
export function childNodesOf(node: Node, max: number): Node[] {
  const firstChild = getterOf(node, 'firstChild');
  const nextSibling = getterOf(node, 'nextSibling');
  const out: Node[] = [];
  for (let child = call<Node | null>(firstChild, node); child && out.length < max; child = call<Node | null>(nextSibling, child)) out.push(child);
  return out;
}

const FLATTEN = { flatten: true };

/** What a `<slot>` shows (flattened assigned nodes); [] when unreadable. */
export function assignedNodesOf(slot: Element): Node[] {
  const nodes = call1<unknown>(methodOf(slot, 'assignedNodes'), slot, FLATTEN);
  return Array.isArray(nodes) ? (nodes as Node[]) : [];
}

/** Disabled natively or through ARIA. */
export function isDisabled(element: Element): boolean {
  return hasAttr(element, 'disabled') || attr(element, 'aria-disabled') === 'true';
}
