/**
 * The name a person (or screen reader) gives an element: a small, bounded take on AccName, enough to find "Connect
 * with Stripe", "More options", "⋮" or "Sign in" the way a screen reader user would (no CSS generated content, no
 * recursion into embedded controls). What "its text" means is the caller's: the Stripe readers take visible text
 * only (accessibleName in visible-name.ts), the Kartra readers every text node, alt and icon label (nameTextOf below).
 */
import { ELEMENT_NODE, SHOW_ELEMENT, SHOW_TEXT, TEXT_NODE } from './safe-dom.ts';
import type { SharedDom } from './shared-dom.ts';
import { collapseSpaces } from './text.ts';

export interface NameOptions {
  /** The text of a subtree, as this reader counts it. */
  textOf: (element: Element) => string;
  /** Longest name returned (characters). */
  max: number;
}

const FORM_CONTROLS = new Set(['input', 'select', 'textarea']);
const INPUT_BUTTONS = new Set(['submit', 'button', 'reset']);

/** aria-labelledby, aria-label, alt, a form control's `<label>`s or button value, its text, then `title`. */
export function accessibleNameOf(element: Element, dom: SharedDom, options: NameOptions): string {
  const name = (text: string): string => clip(text, options.max);
  const labelledBy = dom.attr(element, 'aria-labelledby');
  if (labelledBy) {
    const parts: string[] = [];
    for (const id of labelledBy.trim().split(/\s+/).slice(0, 5)) {
      const target = dom.elementsById(element, id, 1)[0];
      if (target) parts.push(options.textOf(target));
    }
    const joined = name(parts.join(' '));
    if (joined) return joined;
  }
  const label = name(dom.attr(element, 'aria-label') ?? '');
  if (label) return label;
  const tag = dom.tagOf(element);
  const type = (dom.attr(element, 'type') ?? '').toLowerCase();
  if (tag === 'img' || (tag === 'input' && type === 'image')) {
    const alt = name(dom.attr(element, 'alt') ?? '');
    if (alt) return alt;
  }
  if (FORM_CONTROLS.has(tag)) {
    const fromLabels = name(labelElementsOf(element, dom).map(options.textOf).join(' '));
    if (fromLabels) return fromLabels;
    if (tag === 'input' && INPUT_BUTTONS.has(type)) {
      const value = name(dom.formValue(element) ?? '');
      if (value) return value;
      if (type === 'submit') return 'Submit';
    }
  } else {
    const text = name(options.textOf(element));
    if (text) return text;
  }
  return name(dom.attr(element, 'title') ?? '');
}

/** `<label>` elements for a form control: `for=id` ones and the wrapping one. */
export function labelElementsOf(control: Element, dom: SharedDom): Element[] {
  const out: Element[] = [];
  const id = dom.attr(control, 'id');
  const root = dom.rootOf(control);
  if (id && root) for (const label of dom.queryAll(root, 'label')) if (dom.attr(label, 'for') === id) out.push(label);
  let wrapping = dom.parentOf(control);
  for (let depth = 0; wrapping && dom.tagOf(wrapping) !== 'label' && depth < 200; depth++) wrapping = dom.parentOf(wrapping);
  if (wrapping && dom.tagOf(wrapping) === 'label' && !out.includes(wrapping)) out.push(wrapping);
  return out;
}

const MAX_NAME_TEXT = 200;
const HIDDEN_TEXT_PARENTS = new Set(['script', 'style', 'noscript', 'template']);

/** Text of a subtree for naming, hidden parts included: text nodes, image alts and SVG/icon labels; bounded. */
export function nameTextOf(element: Element, dom: SharedDom): string {
  const walker = dom.walker(element, SHOW_ELEMENT | SHOW_TEXT);
  if (!walker) return '';
  let out = '';
  let visited = 0;
  for (let node = walker.nextNode(); node && out.length < MAX_NAME_TEXT && visited < 300; node = walker.nextNode(), visited++) {
    const type = dom.nodeType(node);
    if (type === TEXT_NODE) {
      const parent = dom.parentOf(node);
      if (parent && HIDDEN_TEXT_PARENTS.has(dom.tagOf(parent))) continue;
      const data = (node as Text).data;
      out += ` ${data.length > MAX_NAME_TEXT ? data.slice(0, MAX_NAME_TEXT) : data}`;
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
  return clip(out, MAX_NAME_TEXT);
}

/** White space collapsed, at most `max` characters (long input is cut before collapsing, so it costs no more). */
function clip(text: string, max: number): string {
  const cut = text.length > max * 2 ? text.slice(0, max * 2) : text;
  const collapsed = collapseSpaces(cut);
  return collapsed.length > max ? collapsed.slice(0, max) : collapsed;
}
