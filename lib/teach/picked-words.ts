/**
 * The words teach mode may take from what the agent picked: a short name, label or title of that element (or the
 * control around it), never its value, never more than a few words, never anything key-shaped. Read through the one
 * layer that reads hostile pages (lib/dom/).
 */
import { accessibleNameOf, labelElementsOf, nameTextOf } from '../dom/accessible-name';
import { createSafeDom, type SafeDom } from '../dom/safe-dom';
import { collapseSpaces } from '../dom/text';
import { isKeyShaped } from './key-shape';
import { MAX_CHANGE_VALUE } from './profile-change';

/** Longest phrase taken: a label or a button's name, not a sentence. */
const MAX_WORDS = 6;
const CONTROL = 'button,[role="button"],[role="menuitem"],[role="option"],[role="radio"],a[href],summary,input,select,textarea,label';

/** A phrase fit to add to a word list, or undefined. */
export function usablePhrase(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const phrase = collapseSpaces(text);
  if (!phrase || phrase.length > MAX_CHANGE_VALUE || !/\p{L}/u.test(phrase)) return undefined;
  if (phrase.split(' ').length > MAX_WORDS || isKeyShaped(phrase)) return undefined;
  return phrase;
}

/** The control the agent meant: the picked element itself or its nearest button, menu item, link or field. */
export function controlOf(picked: Element, dom: SafeDom = createSafeDom(picked)): Element {
  let node: Element | undefined = picked;
  for (let depth = 0; node && depth < 6; depth++, node = dom.parentOf(node)) if (dom.matches(node, CONTROL)) return node;
  return picked;
}

/** A control's name as Kartra's readers read it: label attributes, then its text, then its title. */
export function nameOfControl(control: Element, dom: SafeDom = createSafeDom(control)): string | undefined {
  return usablePhrase(accessibleNameOf(control, dom, { textOf: (el) => nameTextOf(el, dom), max: MAX_CHANGE_VALUE + 1 }));
}

/**
 * What a status mark says of itself: its title, label and tooltip attributes, then its own short text, for the
 * element and up to two ancestors (a dot inside a badge). Distinct phrases, in that order.
 */
export function statusPhrasesOf(picked: Element, tooltipAttributes: readonly string[], dom: SafeDom = createSafeDom(picked)): string[] {
  const out: string[] = [];
  const add = (text: string | undefined) => {
    const phrase = usablePhrase(text);
    if (phrase && !out.some((p) => p.toLowerCase() === phrase.toLowerCase())) out.push(phrase);
  };
  let node: Element | undefined = picked;
  for (let depth = 0; node && depth < 3; depth++, node = dom.parentOf(node)) {
    for (const name of ['title', 'aria-label', 'data-status', 'data-state', ...tooltipAttributes]) add(dom.attr(node, name));
    add(dom.boundedText(node, MAX_CHANGE_VALUE + 1, 20));
  }
  return out;
}

/** The labels a form field shows: its `<label>`s, aria-label, placeholder, title (never its value). */
export function labelsOfField(field: Element, dom: SafeDom = createSafeDom(field)): string[] {
  const out: string[] = [];
  const add = (text: string | undefined) => {
    const phrase = usablePhrase(text);
    if (phrase && !out.includes(phrase)) out.push(phrase);
  };
  for (const label of labelElementsOf(field, dom)) add(dom.boundedText(label, MAX_CHANGE_VALUE + 1, 20));
  for (const name of ['aria-label', 'placeholder', 'title']) add(dom.attr(field, name));
  // A label written next to the field rather than tied to it: the previous sibling's short text.
  const parent = dom.parentOf(field);
  if (parent) {
    const siblings = dom.childElements(parent, 20);
    const before = siblings[siblings.indexOf(field) - 1];
    if (before && !dom.matches(before, 'input,textarea,select')) add(dom.boundedText(before, MAX_CHANGE_VALUE + 1, 20));
  }
  return out;
}

/** Selector hints that name a field by its own attributes (`input[name="account_key"]`), safe ones only. */
export function fieldHintsOf(field: Element, dom: SafeDom = createSafeDom(field)): string[] {
  const tag = dom.tagOf(field);
  if (tag !== 'input' && tag !== 'textarea') return [];
  const out: string[] = [];
  for (const name of ['name', 'id']) {
    const value = dom.attr(field, name);
    // Plain identifiers only: a hint can carry no quote, bracket or rule, and nothing key-shaped.
    if (value && /^[A-Za-z][\w-]{0,59}$/.test(value) && !isKeyShaped(value)) out.push(`${tag}[${name}="${value}"]`);
  }
  return out;
}

