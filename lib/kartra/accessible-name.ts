/**
 * A small, bounded take on the accessible name: enough to find "Connect with Stripe", "More options" or "⋮" the
 * way a screen reader user would, without the full AccName algorithm (no CSS generated content, no recursion into
 * embedded controls). All reads go through SafeDom.
 */
import { ELEMENT_NODE, SHOW_ELEMENT, SHOW_TEXT, TEXT_NODE, type SafeDom } from './safe-dom.ts';

const MAX_NAME = 200;
const HIDDEN_TEXT_PARENTS = new Set(['script', 'style', 'noscript', 'template']);

/** The element's accessible name (whitespace collapsed, at most 200 characters). */
export function accessibleNameOf(element: Element, dom: SafeDom): string {
  const labelledBy = dom.attr(element, 'aria-labelledby');
  if (labelledBy) {
    const parts: string[] = [];
    for (const id of labelledBy.trim().split(/\s+/).slice(0, 5)) {
      const target = dom.elementsById(element, id, 1)[0];
      if (target) parts.push(visibleTextOf(target, dom));
    }
    const joined = collapse(parts.join(' '));
    if (joined) return joined;
  }
  const label = dom.attr(element, 'aria-label');
  if (label && label.trim()) return collapse(label);
  const tag = dom.tagOf(element);
  if (tag === 'img' || (tag === 'input' && /^image$/i.test(dom.attr(element, 'type') ?? ''))) {
    const alt = dom.attr(element, 'alt');
    if (alt && alt.trim()) return collapse(alt);
  }
  if (tag === 'input' && /^(submit|button|reset)$/i.test(dom.attr(element, 'type') ?? '')) {
    const value = dom.formValue(element);
    if (value && value.trim()) return collapse(value);
  }
  const text = visibleTextOf(element, dom);
  if (text) return text;
  const title = dom.attr(element, 'title');
  return title ? collapse(title) : '';
}

/** Text of a subtree for naming: text nodes, image alts and SVG titles; bounded. */
export function visibleTextOf(element: Element, dom: SafeDom): string {
  const walker = dom.walker(element, SHOW_ELEMENT | SHOW_TEXT);
  if (!walker) return '';
  let out = '';
  let visited = 0;
  for (let node = walker.nextNode(); node && out.length < MAX_NAME && visited < 300; node = walker.nextNode(), visited++) {
    const type = dom.nodeType(node);
    if (type === TEXT_NODE) {
      const parent = dom.parentOf(node);
      if (parent && HIDDEN_TEXT_PARENTS.has(dom.tagOf(parent))) continue;
      const data = (node as Text).data;
      out += ` ${data.length > MAX_NAME ? data.slice(0, MAX_NAME) : data}`;
    } else if (type === ELEMENT_NODE) {
      const el = node as Element;
      const tag = dom.tagOf(el);
      if (tag === 'img') out += ` ${dom.attr(el, 'alt') ?? ''}`;
      else if (tag === 'svg' || tag === 'i') {
        const label = dom.attr(el, 'aria-label');
        if (label) out += ` ${label}`;
      }
    }
  }
  return collapse(out);
}

function collapse(text: string): string {
  const cut = text.length > MAX_NAME * 2 ? text.slice(0, MAX_NAME * 2) : text;
  const collapsed = cut.replace(/\s+/g, ' ').trim();
  return collapsed.length > MAX_NAME ? collapsed.slice(0, MAX_NAME) : collapsed;
}
