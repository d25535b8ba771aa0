/**
 * What an element's own attributes say: class tokens, labels and tooltips, data-status attributes, icon references,
 * and the words on action controls. Each reader returns whether it found something (which ranks the element as a
 * colour probe); readElementEvidence composes them.
 */
import type { EvidenceKind } from './decide-status.ts';
import { clipText, wordsOf } from '../dom/text.ts';
import { matchPhrases } from './text-match.ts';
import { clipTag, type ElementPlace } from './evidence-detail.ts';
import { analyseClass, analyseText, considerProbe, ICON_TAGS, MAX_CACHE_ENTRIES, type ClassAnalysis, type Probe, type TileRead } from './tile-evidence-context.ts';

const ACTION_TAGS = new Set(['button', 'input', 'select', 'textarea', 'summary']);
const ACTION_ROLES = new Set(['button', 'menuitem', 'switch', 'checkbox', 'radio', 'tab', 'option', 'menu']);
const DOT_TAGS = new Set(['span', 'div', 'i', 'b', 'em', 'small', 'strong']);
const LABEL_ATTRIBUTES = new Set(['aria-label', 'title', 'alt', 'aria-description']);
const DATA_STATUS_ATTRIBUTES = new Set(['data-status', 'data-state', 'data-health']);
const MAX_ACTION_TEXT = 60;

/** One element being read: its tag, place in the walk and what is known about its size. */
interface ElementAt {
  el: Element;
  tag: string;
  index: number;
  isTile: boolean;
  /** A small element (an icon, or few children): where colour words and colours mean status. */
  small(): boolean;
  /** An empty element (an icon, or no children and no text): where grey means "not configured". */
  empty(): boolean;
}

/** Read an element's attributes; returns true when it is an action control whose subtree must be skipped. */
export function readElementEvidence(read: TileRead, el: Element, tag: string, isTile: boolean): boolean {
  const { dom } = read;
  const names = dom.attributeNames(el);
  let classAttr: string | undefined;
  let role: string | undefined;
  for (const name of names) {
    if (name === 'class') classAttr = dom.attr(el, 'class');
    else if (name === 'role') role = (dom.attr(el, 'role') ?? '').trim().toLowerCase();
  }
  const index = read.elementIndex++;
  if (!isTile && (ACTION_TAGS.has(tag) || (role !== undefined && ACTION_ROLES.has(role)))) {
    readActionWords(read, el, tag);
    return true;
  }
  const shadow = dom.shadowRootOf(el);
  if (shadow) read.roots.push(shadow);

  let smallKnown: boolean | undefined;
  let emptyKnown: boolean | undefined;
  const at: ElementAt = {
    el,
    tag,
    index,
    isTile,
    small: () => (smallKnown ??= !isTile && (ICON_TAGS.has(tag) || dom.childElementCount(el) <= 2)),
    empty: () => (emptyKnown ??= ICON_TAGS.has(tag) || (dom.childElementCount(el) === 0 && !dom.textContent(el, 80).trim())),
  };
  const classes = classAttr ? analyseClass(read, classAttr) : undefined;
  let said = classes ? readClassTokens(read, at, classes) : false;
  let label: Probe['label'];
  for (const name of names) {
    if (LABEL_ATTRIBUTES.has(name) || read.compiled.tooltipAttributes.has(name)) {
      const found = readLabelAttribute(read, at, name, classes);
      said = found.said || said;
      label ??= found.label;
    } else if (DATA_STATUS_ATTRIBUTES.has(name)) {
      said = readDataStatus(read, at, name) || said;
    } else if ((name === 'href' || name === 'xlink:href' || name === 'src') && (tag === 'use' || tag === 'img')) {
      said = readIconReference(read, at, dom.attr(el, name) ?? '') || said;
    }
  }
  if (isTile) {
    read.probes.push({ element: el, tag, priority: -1, label, hasText: true });
    return false;
  }
  let priority = said ? 3 : ICON_TAGS.has(tag) || (DOT_TAGS.has(tag) && at.empty()) ? 2 : 0;
  if (priority > 0 && at.small()) {
    // Profile hints (`[class*="status" i]`, `[role="status"]`…) only rank candidates; they never decide anything.
    if (dom.matchesAny(el, read.compiled.profile.statusElementHints)) priority += 0.5;
    considerProbe(read, { element: el, tag, priority, label, hasText: !at.empty() });
  }
  return false;
}

/** Status and colour words in class names, and icon classes (`fa-check-circle`). */
function readClassTokens(read: TileRead, at: ElementAt, classes: ClassAnalysis): boolean {
  const { weights } = read.compiled.profile;
  let said = false;
  for (const hit of classes.hits) {
    // Utility CSS paints text and borders grey everywhere (`text-gray-500`, `border-gray-200`): a colour word
    // counts only on a small element, and grey only on an empty one (a dot or an icon, not a line of text).
    if (hit.colourWord && (!at.small() || (hit.label === 'not-configured' && !at.empty()))) continue;
    const weight = at.isTile || !at.small() ? weights.classOnTile : weights.classOnStatusElement;
    if (read.add('class', hit.label, weight, { code: 'class-token', token: clipText(hit.phrase, 40), at: placeOf(at) }, `${at.index}`, at.el)) said = true;
  }
  if (classes.iconish || ICON_TAGS.has(at.tag)) {
    for (const hit of classes.iconHits)
      if (read.add('icon', hit.label, weights.icon, { code: 'icon-class', token: clipText(hit.phrase, 40), tag: clipTag(at.tag) }, `${at.index}`, at.el)) said = true;
  }
  return said;
}

/** aria-label, title, alt, aria-description and the profile's tooltip attributes (where scripts move tooltips). */
function readLabelAttribute(read: TileRead, at: ElementAt, name: string, classes: ClassAnalysis | undefined): { said: boolean; label: Probe['label'] } {
  const { weights } = read.compiled.profile;
  const value = read.dom.attr(at.el, name);
  if (!value || value.length > 200) return { said: false, label: undefined };
  const analysis = analyseText(read, value);
  if (analysis.isName) return { said: false, label: undefined };
  const iconLike = name === 'alt' || (name === 'title' && (ICON_TAGS.has(at.tag) || classes?.iconish === true));
  const kind: EvidenceKind = iconLike ? 'icon' : 'aria';
  let said = false;
  const shown = clipText(value, 40);
  const attribute = clipTag(name);
  for (const hit of analysis.labelHits) {
    if (read.add(kind, hit.label, kind === 'icon' ? weights.icon : weights.aria, { code: 'label', attribute, value: shown, at: placeOf(at) }, `${at.index}:${name}`, at.el)) said = true;
  }
  return { said, label: { attribute, value: shown } };
}

/** `data-status="error"` and the like: class tokens or status words in a state attribute. */
function readDataStatus(read: TileRead, at: ElementAt, name: string): boolean {
  const { compiled } = read;
  const value = read.dom.attr(at.el, name) ?? '';
  const words = wordsOf(value);
  let said = false;
  for (const hit of matchPhrases(words, compiled.classTokens).concat(matchPhrases(words, compiled.statusWords)))
    if (read.add('class', hit.label, compiled.profile.weights.classOnStatusElement, { code: 'data-status', attribute: clipTag(name), value: clipText(value, 30), tag: clipTag(at.tag) }, `${at.index}`, at.el)) said = true;
  return said;
}

/** The icon an SVG `<use>` or an `<img>` points at, by its file or fragment name (`#icon-warning`, `check-green.svg`). */
function readIconReference(read: TileRead, at: ElementAt, ref: string): boolean {
  const { cache, compiled } = read;
  let analysis = cache.references.get(ref);
  if (!analysis) {
    const file = (ref.split(/[?#]/)[0] ?? '').split('/').pop() ?? '';
    const fragment = ref.includes('#') ? (ref.split('#').pop() ?? '') : '';
    const words = wordsOf(`${file.replace(/\.[a-z0-9]+$/i, '')} ${fragment}`.replace(/([a-z])([A-Z])/g, '$1 $2'));
    const hits = matchPhrases(words, compiled.iconTokens).concat(matchPhrases(words, compiled.classTokens));
    analysis = { name: fragment || file, hits: hits.filter((h) => !h.phrase.split(' ').some((w) => compiled.colourWordTokens.has(w))), colourHits: hits };
    if (cache.references.size < MAX_CACHE_ENTRIES) cache.references.set(ref, analysis);
  }
  let found = false;
  for (const hit of at.tag === 'img' ? analysis.colourHits : analysis.hits) {
    if (read.add('icon', hit.label, compiled.profile.weights.icon, { code: at.tag === 'use' ? 'icon-reference' : 'image', name: clipText(analysis.name, 40) }, `${at.index}`, at.el)) found = true;
  }
  return found;
}

/**
 * Buttons and form controls are actions, not status: only their words count, at a low weight (a red "Disconnect"
 * button on a healthy tile must not read as a red status).
 */
function readActionWords(read: TileRead, el: Element, tag: string): void {
  const { dom } = read;
  const text = (dom.attr(el, 'aria-label') ?? dom.formValue(el) ?? dom.textContent(el, MAX_ACTION_TEXT + 1)).trim();
  if (!text || text.length > MAX_ACTION_TEXT) return;
  for (const hit of analyseText(read, text).statusHits)
    read.add('text', hit.label, read.compiled.profile.weights.actionText, { code: 'action-label', tag: clipTag(tag), text: clipText(text, 40) }, `action:${hit.phrase}`, el);
}

function placeOf(at: ElementAt): ElementPlace {
  return at.isTile ? { on: 'tile' } : { on: 'inside', tag: clipTag(at.tag) };
}
