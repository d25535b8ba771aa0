/**
 * One SafeDom per document, for readers that hold none of their own (the Stripe readers, which call plain functions
 * many times per element). Shared across passes, so its rendered-state memo must not be used: the type leaves it out.
 */
import { call, DOCUMENT_NODE, getterOf } from './natives.ts';
import { createSafeDom, type SafeDom } from './safe-dom.ts';

/** SafeDom without the per-pass rendered-state memo. */
export type SharedDom = Omit<SafeDom, 'isRendered'>;

const byDocument = new WeakMap<Document, SharedDom>();

/** The shared accessors of the document `node` belongs to. */
export function domOf(node: Node): SharedDom {
  const isDocument = call<unknown>(getterOf(node, 'nodeType'), node) === DOCUMENT_NODE;
  const doc = isDocument ? (node as Document) : (call<Document | null>(getterOf(node, 'ownerDocument'), node) ?? undefined);
  const known = doc && byDocument.get(doc);
  if (known) return known;
  // Built from the document's root element when there is one (Element.prototype members are read off a sample element).
  const root = doc && call<Element | null>(getterOf(doc, 'documentElement'), doc);
  const dom = createSafeDom(root ?? node);
  if (doc && root) byDocument.set(doc, dom);
  return dom;
}
