/**
 * Finders for the guided steps of the reconnect flow (seed article: three dots > Edit > "Edit payment gateway" >
 * Publishable key > Connect with Stripe > outcome notice). Each finds its target the way a person would: by
 * accessible name, role and visible text, through open shadow roots, and returns undefined rather than a guess when
 * two candidates are equally plausible. Class names are never required; profile hints only add candidates.
 */
import { accessibleNameOf, nameTextOf } from '../dom/accessible-name.ts';
import { compileProfile } from './compiled-profile.ts';
import { findOutcome, type OutcomeNotice } from './find-notices.ts';
import { createSafeDom, SHOW_TEXT, type SafeDom, type SearchRoot } from '../dom/safe-dom.ts';
import { scanPage } from './scan-page.ts';
import { queryAllInRoots, searchRootsUnder } from '../dom/search-roots.ts';
import type { SiteProfile } from './site-profile.ts';
import { wordsOf } from '../dom/text.ts';
import { classTokenGroups } from './text-match.ts';

export type { OutcomeNotice } from './find-notices.ts';

const INTERACTIVE = 'button,[role="button"],a[href],a[role],[aria-haspopup],summary,[tabindex]:not([tabindex="-1"]),input[type="button"],input[type="submit"],input[type="image"]';
const MAX_KEY_CHARS = 10_000;

/** A control's name as Kartra's finders read it: every text node, alt and icon label counts, 200 characters at most. */
function nameOf(element: Element, dom: SafeDom): string {
  return accessibleNameOf(element, dom, { textOf: (el) => nameTextOf(el, dom), max: 200 });
}

/**
 * The three-dots (kebab) menu button inside a tile: an icon-only control named like a menu ("More options", "⋮"),
 * or carrying an ellipsis/dots icon. Never throws.
 */
export function findTileMenuButton(tile: Element, profile: SiteProfile): Element | undefined {
  try {
    const dom = createSafeDom(tile);
    const roots = searchRootsUnder(tile, dom, 20_000);
    const { symbols, phrases } = splitSymbols(profile.steps.menuButtonNames);
    const iconTokens = new Set(profile.steps.menuIconTokens.map((t) => wordsOf(t).join(' ')));
    let best: { element: Element; score: number } | undefined;
    for (const el of queryAllInRoots(roots, INTERACTIVE, dom, 500)) {
      if (!dom.isRendered(el)) continue;
      const name = nameOf(el, dom);
      let score = 0;
      if (symbols.has(name.replace(/\s+/g, ''))) score = 4;
      else if (nameMatches(name, phrases, 4)) score = 3;
      if (hasIconToken(el, iconTokens, dom)) score = Math.max(score, 3);
      if (score === 0) continue;
      const popup = (dom.attr(el, 'aria-haspopup') ?? '').toLowerCase();
      if (popup === 'menu' || popup === 'true') score += 1;
      if (dom.attr(el, 'aria-expanded') !== undefined) score += 0.5;
      if (!best || score > best.score) best = { element: el, score };
    }
    if (best) return best.element;
    // An icon with a click handler but no button semantics: return the icon's nearest clickable ancestor, or the icon.
    for (const el of queryAllInRoots(roots, 'i,svg,span', dom, 2_000)) {
      if (!hasOwnIconToken(el, iconTokens, dom) || !dom.isRendered(el)) continue;
      return closestClickable(el, tile, dom) ?? el;
    }
    return undefined;
  } catch {
    return undefined;
  }
}

/**
 * The visible "Edit" item of the open menu. role=menuitem is preferred; with `near` (the menu button that was clicked)
 * the item it controls, or else the closest one, wins. Several equally good items and no `near`: undefined.
 */
export function findEditMenuItem(scope: SearchRoot, profile: SiteProfile, near?: Element): Element | undefined {
  try {
    const dom = createSafeDom(scope);
    const roots = searchRootsUnder(scope, dom);
    const names = new Set(profile.steps.editMenuItemNames.map((n) => wordsOf(n).join(' ')));
    const scored: { element: Element; score: number }[] = [];
    for (const el of queryAllInRoots(roots, '[role="menuitem"],[role="menuitemradio"],[role="option"],li,a,button,[role="button"]', dom)) {
      if (!names.has(wordsOf(nameOf(el, dom)).join(' '))) continue;
      if (!dom.isRendered(el)) continue;
      const role = (dom.attr(el, 'role') ?? '').toLowerCase();
      let score = role.startsWith('menuitem') ? 3 : dom.tagOf(el) === 'li' ? 0.5 : 1;
      if (insideMenu(el, dom)) score += 1;
      scored.push({ element: el, score });
    }
    const outer = keepOutermost(scored, dom);
    if (outer.length === 0) return undefined;
    if (near) {
      const controlled = controlledBy(near, dom);
      const inControlled = outer.filter((c) => controlled.some((box) => box === c.element || dom.contains(box, c.element)));
      if (inControlled.length) return pickUnique(inControlled);
      const ranked = outer.map((c) => ({ ...c, distance: treeDistance(c.element, near, dom) }));
      const nearest = Math.min(...ranked.map((r) => r.distance));
      return pickUnique(ranked.filter((r) => r.distance === nearest));
    }
    return pickUnique(outer);
  } catch {
    return undefined;
  }
}

/** The visible "Edit payment gateway" window: a dialog (or modal-like element) whose title says so. */
export function findGatewayModal(scope: SearchRoot, profile: SiteProfile): Element | undefined {
  try {
    const dom = createSafeDom(scope);
    const roots = searchRootsUnder(scope, dom);
    const titles = profile.steps.gatewayModalTitles.map((t) => wordsOf(t).join(' ')).filter(Boolean);
    const says = (text: string): boolean => {
      const normalized = ` ${wordsOf(text).join(' ')} `;
      return titles.some((t) => normalized.includes(` ${t} `));
    };
    const matches: Element[] = [];
    const seen = new Set<Element>();
    for (const hint of profile.steps.modalSelectorHints) {
      for (const el of queryAllInRoots(roots, hint, dom, 200)) {
        if (seen.has(el)) continue;
        seen.add(el);
        if (!dom.isRendered(el)) continue;
        if (says(dialogTitleOf(el, dom))) matches.push(el);
      }
    }
    if (matches.length === 0) {
      // No dialog semantics at all: climb from the visible title text to the block that also holds the key or button.
      const fromTitle = modalFromTitleText(roots, says, dom, profile);
      if (fromTitle) matches.push(fromTitle);
    }
    // Nested matches (overlay > box > header) are one window: keep the innermost one that holds the whole step
    // (title plus the key or the Connect button). Two separate windows left: ambiguous.
    const stepTexts = [...profile.steps.publishableKeyLabels, ...profile.steps.connectWithStripeNames].map((t) => wordsOf(t).join(' '));
    const holdsStep = (el: Element): boolean => {
      const text = ` ${wordsOf(dom.boundedText(el, 4_000, 400)).join(' ')} `;
      return stepTexts.some((t) => text.includes(` ${t} `));
    };
    const complete = matches.filter(holdsStep);
    const pool = complete.length ? complete : matches;
    const innermost = pool.filter((m) => !pool.some((other) => other !== m && dom.contains(m, other)));
    const windows = innermost.filter((m) => !innermost.some((other) => other !== m && dom.contains(other, m)));
    return windows.length === 1 ? windows[0] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Publishable key shown in the gateway window, raw (only ASCII white space trimmed; no validation here). Several
 * different values (decoys, duplicate ids): undefined. Values are cut at 10,000 characters.
 */
export function readPublishableKey(modal: Element, profile: SiteProfile): string | undefined {
  const values = readPublishableKeyCandidates(modal, profile);
  return values.length === 1 ? values[0] : undefined;
}

/** Every distinct non-empty value associated with a "Publishable key" label in the window (for ambiguity reports). */
export function readPublishableKeyCandidates(modal: Element, profile: SiteProfile): string[] {
  try {
    const dom = createSafeDom(modal);
    const roots = searchRootsUnder(modal, dom, 50_000);
    const labels = new Set(profile.steps.publishableKeyLabels.map((l) => wordsOf(l).join(' ')).filter(Boolean));
    const isLabelText = (text: string): boolean => labels.has(wordsOf(text).join(' '));
    const values: string[] = [];
    const add = (value: string | undefined): void => {
      if (value === undefined) return;
      const raw = trimAsciiSpace(value.length > MAX_KEY_CHARS ? value.slice(0, MAX_KEY_CHARS) : value);
      if (raw && !isLabelText(raw) && !values.includes(raw)) values.push(raw);
    };

    for (const labelEl of labelElements(roots, isLabelText, dom)) for (const value of valuesFor(labelEl, roots, dom)) add(value);
    // Inputs named by their own label attributes, and profile hints.
    for (const input of queryAllInRoots(roots, 'input,textarea', dom, 500)) {
      const own = [dom.attr(input, 'aria-label'), dom.attr(input, 'placeholder'), dom.attr(input, 'title')];
      if (own.some((t) => t !== undefined && isLabelText(t))) add(dom.formValue(input));
    }
    for (const hint of profile.steps.publishableKeyInputHints) for (const input of queryAllInRoots(roots, hint, dom, 50)) add(dom.formValue(input));
    return values;
  } catch {
    return [];
  }
}

/**
 * The visible "Connect with Stripe" control. In a document, the one inside the gateway window wins; otherwise there
 * must be exactly one.
 */
export function findConnectWithStripeButton(scope: SearchRoot, profile: SiteProfile): Element | undefined {
  try {
    const dom = createSafeDom(scope);
    const names = profile.steps.connectWithStripeNames.map((n) => wordsOf(n).join(' ')).filter(Boolean);
    const find = (where: SearchRoot): Element[] => {
      const found: Element[] = [];
      for (const el of queryAllInRoots(searchRootsUnder(where, dom), `${INTERACTIVE},[class*="stripe-connect" i]`, dom, 2_000)) {
        const name = ` ${wordsOf(nameOf(el, dom)).join(' ')} `;
        if (!names.some((n) => name.includes(` ${n} `))) continue;
        if (dom.isRendered(el)) found.push(el);
      }
      return found.filter((el) => !found.some((other) => other !== el && dom.contains(other, el)));
    };
    const modal = findGatewayModal(scope, profile);
    if (modal) {
      const inModal = find(modal);
      if (inModal.length === 1) return inModal[0];
      if (inModal.length > 1) return undefined;
    }
    const all = find(scope);
    return all.length === 1 ? all[0] : undefined;
  } catch {
    return undefined;
  }
}

/** The visible Kartra outcome notice (success or one of the four verbatim errors); undefined if none or several. */
export function readOutcomeBanner(scope: SearchRoot, profile: SiteProfile): OutcomeNotice | undefined {
  try {
    const dom = createSafeDom(scope);
    const compiled = compileProfile(profile);
    const result = findOutcome(scanPage(scope, dom, compiled), dom, compiled);
    return result.kind === 'found' ? result.notice : undefined;
  } catch {
    return undefined;
  }
}

// ——— helpers ———

function splitSymbols(names: readonly string[]): { symbols: Set<string>; phrases: string[] } {
  const symbols = new Set<string>();
  const phrases: string[] = [];
  for (const n of names) {
    const words = wordsOf(n);
    if (words.length) phrases.push(words.join(' '));
    else symbols.add(n.replace(/\s+/g, ''));
  }
  return { symbols, phrases };
}

/** A short name (at most `maxWords` words) that contains one of the phrases. */
function nameMatches(name: string, phrases: readonly string[], maxWords: number): boolean {
  const words = wordsOf(name);
  if (!words.length || words.length > maxWords) return false;
  const padded = ` ${words.join(' ')} `;
  return phrases.some((p) => padded.includes(` ${p} `));
}

function hasOwnIconToken(el: Element, tokens: ReadonlySet<string>, dom: SafeDom): boolean {
  const cls = dom.attr(el, 'class');
  if (!cls) return false;
  for (const words of classTokenGroups(cls)) {
    const joined = words.join(' ');
    if (tokens.has(joined)) return true;
    // "fa-ellipsis-v" → ["fa","ellipsis","v"]: also try without a one-letter or library prefix.
    if (words.length > 1 && tokens.has(words.slice(1).join(' '))) return true;
    if (words.some((w) => tokens.has(w))) return true;
  }
  return false;
}

function hasIconToken(el: Element, tokens: ReadonlySet<string>, dom: SafeDom): boolean {
  if (hasOwnIconToken(el, tokens, dom)) return true;
  let checked = 0;
  const walker = dom.walker(el, 0x1);
  for (let node = walker?.nextNode(); node && checked < 8; node = walker?.nextNode(), checked++) {
    if (hasOwnIconToken(node as Element, tokens, dom)) return true;
  }
  return false;
}

function closestClickable(el: Element, stop: Element, dom: SafeDom): Element | undefined {
  let node: Element | undefined = el;
  for (let depth = 0; node && depth < 6; depth++) {
    if (dom.matches(node, INTERACTIVE) || dom.attr(node, 'onclick') !== undefined) return node;
    if (node === stop) break;
    node = dom.parentOf(node);
  }
  return undefined;
}

function insideMenu(el: Element, dom: SafeDom): boolean {
  let node = dom.parentOf(el);
  for (let depth = 0; node && depth < 6; depth++, node = dom.parentOf(node)) {
    const role = (dom.attr(node, 'role') ?? '').toLowerCase();
    if (role === 'menu' || role === 'listbox' || role === 'menubar') return true;
    if (/menu|dropdown|popover/i.test(dom.attr(node, 'class') ?? '')) return true;
  }
  return false;
}

function keepOutermost<T extends { element: Element; score: number }>(items: readonly T[], dom: SafeDom): T[] {
  return items
    .filter((item) => !items.some((other) => other !== item && dom.contains(other.element, item.element) && other.score >= item.score))
    .filter((item, _, all) => !all.some((other) => other !== item && dom.contains(item.element, other.element) && other.score > item.score));
}

function pickUnique<T extends { element: Element; score: number }>(items: readonly T[]): Element | undefined {
  if (!items.length) return undefined;
  const top = Math.max(...items.map((i) => i.score));
  const best = items.filter((i) => i.score === top);
  return best.length === 1 ? best[0]?.element : undefined;
}

/** Elements a menu button says it controls (aria-controls / aria-owns), by id in its own tree. */
function controlledBy(button: Element, dom: SafeDom): Element[] {
  const ids = `${dom.attr(button, 'aria-controls') ?? ''} ${dom.attr(button, 'aria-owns') ?? ''}`.trim().split(/\s+/).filter(Boolean);
  // Duplicate ids make the reference ambiguous: only a unique target counts.
  return ids.flatMap((id) => {
    const found = dom.elementsById(button, id, 2);
    return found.length === 1 ? found : [];
  });
}

/** Steps from `a` up to the nearest common ancestor with `b`, plus steps from there down to `b`. */
function treeDistance(a: Element, b: Element, dom: SafeDom): number {
  const depthOf = new Map<Element, number>();
  let node: Element | undefined = b;
  for (let d = 0; node && d < 256; d++, node = dom.parentOf(node)) depthOf.set(node, d);
  node = a;
  for (let d = 0; node && d < 256; d++, node = dom.parentOf(node)) {
    const other = depthOf.get(node);
    if (other !== undefined) return d + other;
  }
  return Number.POSITIVE_INFINITY;
}

/** A dialog's title: aria-labelledby/aria-label, else its headings, else the start of its text. */
function dialogTitleOf(dialog: Element, dom: SafeDom): string {
  const named = dom.attr(dialog, 'aria-labelledby') || dom.attr(dialog, 'aria-label') ? nameOf(dialog, dom) : '';
  const headings = dom
    .queryAll(dialog, 'h1,h2,h3,h4,h5,h6,[role="heading"],[class*="title" i],[class*="header" i] strong', 10)
    .map((h) => nameTextOf(h, dom))
    .join(' | ');
  return `${named} | ${headings} | ${dom.boundedText(dialog, 120, 60)}`;
}

function modalFromTitleText(roots: readonly SearchRoot[], says: (t: string) => boolean, dom: SafeDom, profile: SiteProfile): Element | undefined {
  const keyLabels = profile.steps.publishableKeyLabels.map((l) => wordsOf(l).join(' '));
  const connect = profile.steps.connectWithStripeNames.map((l) => wordsOf(l).join(' '));
  for (const root of roots) {
    const walker = dom.walker(root, SHOW_TEXT);
    let visited = 0;
    for (let node = walker?.nextNode(); node && visited < 200_000; node = walker?.nextNode(), visited++) {
      const data = (node as Text).data;
      if (data.length > 120 || !says(data)) continue;
      let el = dom.parentOf(node);
      if (!el || !dom.isRendered(el)) continue;
      for (let depth = 0; el && depth < 10; depth++, el = dom.parentOf(el)) {
        const text = ` ${wordsOf(dom.boundedText(el, 4_000, 400)).join(' ')} `;
        if ([...keyLabels, ...connect].some((p) => text.includes(` ${p} `))) return el;
      }
    }
  }
  return undefined;
}

/** Elements whose own short text is a publishable-key label (the label may wrap the text in a <span>). */
function labelElements(roots: readonly SearchRoot[], isLabelText: (t: string) => boolean, dom: SafeDom): Element[] {
  const out: Element[] = [];
  for (const root of roots) {
    const walker = dom.walker(root, SHOW_TEXT);
    let visited = 0;
    for (let node = walker?.nextNode(); node && visited < 50_000 && out.length < 20; node = walker?.nextNode(), visited++) {
      const data = (node as Text).data;
      if (data.length > 80 || !isLabelText(data)) continue;
      const parent = dom.parentOf(node);
      if (parent && !out.includes(parent)) out.push(parent);
    }
  }
  return out;
}

/** Values associated with one label element: <label for>, nested control, aria-labelledby, then adjacency. */
function valuesFor(labelEl: Element, roots: readonly SearchRoot[], dom: SafeDom): string[] {
  const values: string[] = [];
  // The element to reason from: the <label>/<dt>/<th> around the text, if the text sits in a <span> inside one.
  let label = labelEl;
  for (let el: Element | undefined = labelEl, d = 0; el && d < 3; d++, el = dom.parentOf(el)) {
    if (['label', 'dt', 'th'].includes(dom.tagOf(el))) {
      label = el;
      break;
    }
  }
  const tag = dom.tagOf(label);
  if (tag === 'label') {
    const target = dom.attr(label, 'for');
    if (target) for (const el of dom.elementsById(label, target, 5)) pushValue(el, values, dom);
    for (const el of dom.queryAll(label, 'input,textarea', 3)) pushValue(el, values, dom);
  }
  const ids = [dom.attr(label, 'id'), dom.attr(labelEl, 'id')].filter((id): id is string => !!id);
  if (ids.length) {
    for (const input of queryAllInRoots(roots, '[aria-labelledby]', dom, 200)) {
      const refs = (dom.attr(input, 'aria-labelledby') ?? '').split(/\s+/);
      if (ids.some((id) => refs.includes(id))) pushValue(input, values, dom);
    }
  }
  if (values.length) return values;

  // Adjacency: the next sibling(s) of the label, or of its wrapper when the label is alone in it.
  let anchor: Element | undefined = label;
  for (let level = 0; anchor && level < 2 && !values.length; level++) {
    let sibling = nextElementSibling(anchor, dom);
    for (let n = 0; sibling && n < 3 && !values.length; n++, sibling = nextElementSibling(sibling, dom)) {
      if (tag === 'dt' && dom.tagOf(sibling) !== 'dd') continue;
      pushValue(sibling, values, dom);
    }
    const parent = dom.parentOf(anchor);
    anchor = parent && dom.childElementCount(parent) <= 2 ? parent : undefined;
  }
  return values;
}

function nextElementSibling(el: Element, dom: SafeDom): Element | undefined {
  const parent = dom.parentOf(el);
  if (!parent) return undefined;
  const siblings = dom.childElements(parent, 500);
  const index = siblings.indexOf(el);
  return index >= 0 ? siblings[index + 1] : undefined;
}

/** A control's value, a wrapper's first control's value, or a short text display (a key shown as text). */
function pushValue(el: Element, values: string[], dom: SafeDom): void {
  const own = dom.formValue(el);
  if (own !== undefined) {
    values.push(own);
    return;
  }
  const control = dom.queryAll(el, 'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]),textarea', 1)[0];
  if (control) {
    const value = dom.formValue(control);
    if (value !== undefined) values.push(value);
    return;
  }
  if (dom.queryAll(el, 'button,a,select', 1).length) return;
  const text = dom.boundedText(el, MAX_KEY_CHARS + 1, 50);
  if (text.trim()) values.push(text);
}

function trimAsciiSpace(value: string): string {
  return value.replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/g, '');
}
