/**
 * The text a person sees in a subtree, as chunks: through open shadow roots and what their slots show, without hidden
 * decoys (attributes, inline style) and without script or style text.
 */
import { assignedNodesOf, childNodesOf } from './element-access.ts';
import { collapseSpaces } from './text.ts';
import { isCheaplyHidden } from './visibility.ts';
import { DOCUMENT_FRAGMENT_NODE, DOCUMENT_NODE, ELEMENT_NODE, TEXT_NODE } from './safe-dom.ts';
import { domOf } from './shared-dom.ts';
import { sliceData } from './natives.ts';

const SKIPPED_TEXT_PARENTS = new Set(['script', 'style', 'template', 'noscript']);
const MAX_CHILDREN = 10_000;
const MAX_DATA = 100_000;

/**
 * The visible text of a node as separate chunks, one per text node, trimmed and whitespace-collapsed. Descends into
 * open shadow roots (and what their slots show) and skips hidden subtrees by their attributes and inline style, so a
 * decoy hidden with `hidden` or `display:none` does not lend its words.
 */
export function textChunksOf(node: Node, limit: number = 2000): string[] {
  const dom = domOf(node);
  const out: string[] = [];
  const visit = (current: Node, depth: number): void => {
    if (out.length >= limit || depth > 200) return;
    const type = dom.nodeType(current);
    if (type === TEXT_NODE) {
      const text = collapseSpaces(sliceData(current, MAX_DATA));
      if (text) out.push(text);
      return;
    }
    if (type === ELEMENT_NODE) {
      const element = current as Element;
      const tag = dom.tagOf(element);
      if (SKIPPED_TEXT_PARENTS.has(tag) || isCheaplyHidden(element)) return;
      if (tag === 'slot') {
        const assigned = assignedNodesOf(element);
        const shown = assigned.length > 0 ? assigned : childNodesOf(element, MAX_CHILDREN);
        for (const child of shown) visit(child, depth + 1);
        return;
      }
      const shadow = dom.shadowRootOf(element);
      if (shadow) {
        const hasSlot = dom.queryAll(shadow, 'slot', 1).length > 0;
        for (const child of childNodesOf(shadow, MAX_CHILDREN)) visit(child, depth + 1);
        if (hasSlot) return; // light children were shown through the slots
      }
    }
    if (type === ELEMENT_NODE || type === DOCUMENT_NODE || type === DOCUMENT_FRAGMENT_NODE)
      for (const child of childNodesOf(current, MAX_CHILDREN)) visit(child, depth + 1);
  };
  visit(node, 0);
  return out;
}

/** The text of an element's own text-node children (not its descendants'), whitespace-collapsed. */
export function ownTextOf(element: Element): string {
  const dom = domOf(element);
  if (SKIPPED_TEXT_PARENTS.has(dom.tagOf(element))) return '';
  let text = '';
  for (const child of childNodesOf(element, MAX_CHILDREN)) if (dom.nodeType(child) === TEXT_NODE) text += sliceData(child, MAX_DATA);
  return collapseSpaces(text);
}

/** Visible text of a node in one string (chunks joined by spaces). */
export function visibleText(node: Node): string {
  return textChunksOf(node).join(' ');
}
