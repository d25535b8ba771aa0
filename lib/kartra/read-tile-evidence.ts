/**
 * What one tile says about its status: words, classes, labels, icons and computed colours of its small elements.
 *
 * The walk is bounded (profile.limits.maxNodesPerTile) and getComputedStyle runs only on a handful of small
 * candidate elements per tile (maxColourProbesPerTile), which keeps a 5,000-tile page linear. Buttons and form
 * controls are actions, not status: only their words count, at a low weight (a red "Disconnect" button on a healthy
 * tile must not read as a red status).
 */
import { classifyColour, type ColourClass } from './colour.ts';
import { integrationNamedBy, type CompiledProfile, type EvidenceStatus } from './compiled-profile.ts';
import type { Evidence, EvidenceKind } from './decide-status.ts';
import { ELEMENT_NODE, SHOW_ELEMENT, SHOW_TEXT, TEXT_NODE, type SafeDom } from './safe-dom.ts';
import { classTokenGroups, clipText, matchPhrases, wordsOf, type PhraseHit } from './text-match.ts';

export interface TileReading {
  evidence: Evidence[];
  /** Category as shown on the tile ("Payment"), if any. */
  category: string | undefined;
  /** First heading-like text, for tiles whose name is not in the profile. */
  headingText: string | undefined;
}

const ACTION_TAGS = new Set(['button', 'input', 'select', 'textarea', 'summary']);
const ACTION_ROLES = new Set(['button', 'menuitem', 'switch', 'checkbox', 'radio', 'tab', 'option', 'menu']);
const ICON_TAGS = new Set(['i', 'svg', 'use', 'img', 'circle', 'path', 'rect', 'ellipse', 'polygon', 'g']);
const SVG_SHAPES = new Set(['svg', 'circle', 'path', 'rect', 'ellipse', 'polygon', 'use', 'g']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b']);
const SKIP_TEXT_PARENTS = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'option']);
const MAX_STATUS_TEXT = 60;
/** A text of at most this many words may be a status label as a whole ("Status: needs attention"). */
const SHORT_TEXT_WORDS = 4;
/** Labels and titles may say a little more ("Stripe integration needs attention"). */
const LABEL_WORDS = 8;
const MAX_EVIDENCE = 24;

interface Probe {
  element: Element;
  priority: number;
  label: string | undefined;
}

/** Read a tile's evidence, category and heading. `nameElements` are the anchors (their text is the name, not status). */
export function readTileEvidence(tile: Element, dom: SafeDom, compiled: CompiledProfile): TileReading {
  const { profile } = compiled;
  const weights = profile.weights;
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  // Evidence counts only from rendered elements: a hidden "Needs attention" left in a healthy tile is not a status.
  // isRendered runs on the few elements that say something, so its cost stays bounded.
  const add = (kind: EvidenceKind, points: EvidenceStatus, weight: number, detail: string, dedupeKey: string, source: Element): void => {
    const key = `${kind}|${points}|${dedupeKey}`;
    if (seen.has(key) || evidence.length >= MAX_EVIDENCE) return;
    if (!dom.isRendered(source)) return;
    seen.add(key);
    evidence.push({ kind, points, weight, detail: clipText(detail, 200) });
  };
  let category: string | undefined;
  let headingText: string | undefined;
  let firstText: string | undefined;
  const probes: Probe[] = [];
  let elementIndex = 0;

  const roots: Node[] = [tile];
  let budget = profile.limits.maxNodesPerTile;
  readElement(tile, true);

  for (let r = 0; r < roots.length && budget > 0; r++) {
    const walker = dom.walker(roots[r] as Node, SHOW_ELEMENT | SHOW_TEXT);
    if (!walker) continue;
    let node = walker.nextNode();
    while (node && budget-- > 0) {
      const type = dom.nodeType(node);
      if (type === TEXT_NODE) {
        readText(node as Text);
      } else if (type === ELEMENT_NODE) {
        const el = node as Element;
        const shadow = dom.shadowRootOf(el);
        if (shadow) roots.push(shadow);
        if (isAction(el)) {
          readAction(el);
          node = nextOutside(walker);
          continue;
        }
        readElement(el, false);
      }
      node = walker.nextNode();
    }
  }
  readProbes();
  return { evidence, category, headingText: headingText ?? firstText };

  function isAction(el: Element): boolean {
    if (ACTION_TAGS.has(dom.tagOf(el))) return true;
    const role = dom.attr(el, 'role');
    return role !== undefined && ACTION_ROLES.has(role.trim().toLowerCase());
  }

  function readAction(el: Element): void {
    const text = (dom.attr(el, 'aria-label') ?? dom.formValue(el) ?? dom.boundedText(el, MAX_STATUS_TEXT, 20)).trim();
    if (!text || text.length > MAX_STATUS_TEXT) return;
    for (const hit of statusHits(text, SHORT_TEXT_WORDS))
      add('text', hit.label, weights.actionText, `${describe(el)} labelled '${clipText(text, 40)}'`, `action:${hit.phrase}`, el);
  }

  function readElement(el: Element, isTile: boolean): void {
    const index = elementIndex++;
    const tag = dom.tagOf(el);
    const classAttr = dom.attr(el, 'class');
    const iconish = ICON_TAGS.has(tag) || (classAttr !== undefined && /icon|\bfa-|\bbi-|\bmdi-|material/i.test(classAttr));
    const small = !isTile && (ICON_TAGS.has(tag) || dom.childElementCount(el) <= 2);
    let priority = 0;
    let label: string | undefined;
    let empty: boolean | undefined;
    const isEmptyIndicator = (): boolean => (empty ??= ICON_TAGS.has(tag) || !dom.boundedText(el, 2, 4).trim());

    if (classAttr) {
      for (const words of classTokenGroups(classAttr)) {
        for (const hit of matchPhrases(words, compiled.classTokens)) {
          // Utility CSS paints text and borders grey everywhere (`text-gray-500`, `border-gray-200`): a colour word
          // counts only on a small element, and grey only on an empty one (a dot or an icon, not a line of text).
          const colourWord = hit.phrase.split(' ').some((w) => compiled.colourWordTokens.has(w));
          if (colourWord && (!small || (hit.label === 'not-configured' && !isEmptyIndicator()))) continue;
          const weight = isTile || !small ? weights.classOnTile : weights.classOnStatusElement;
          add('class', hit.label, weight, `class token '${hit.phrase}' on ${isTile ? 'the tile' : describeTag(tag)}`, `${index}`, el);
          priority = 3;
        }
        if (iconish) {
          for (const hit of matchPhrases(words, compiled.iconTokens)) {
            add('icon', hit.label, weights.icon, `icon class '${hit.phrase}' on ${describeTag(tag)}`, `${index}`, el);
            priority = 3;
          }
        }
      }
    }
    for (const name of ['data-status', 'data-state', 'data-health']) {
      const value = dom.attr(el, name);
      if (!value) continue;
      for (const hit of matchPhrases(wordsOf(value), compiled.classTokens))
        add('class', hit.label, weights.classOnStatusElement, `${name}="${clipText(value, 30)}" on ${describeTag(tag)}`, `${index}`, el);
      for (const hit of matchPhrases(wordsOf(value), compiled.statusWords))
        add('class', hit.label, weights.classOnStatusElement, `${name}="${clipText(value, 30)}" on ${describeTag(tag)}`, `${index}`, el);
    }
    for (const name of ['aria-label', 'title', 'alt', 'aria-description']) {
      const value = dom.attr(el, name);
      if (!value || value.length > 200) continue;
      if (integrationNamedBy(value, compiled) !== undefined) continue;
      const kind: EvidenceKind = name === 'alt' || (iconish && name === 'title') ? 'icon' : 'aria';
      for (const hit of statusHits(value, LABEL_WORDS)) {
        add(kind, hit.label, kind === 'icon' ? weights.icon : weights.aria, `${name} '${clipText(value, 40)}' on ${isTile ? 'the tile' : describeTag(tag)}`, `${index}:${name}`, el);
        priority = 3;
      }
      label ??= `${name === 'aria-label' ? 'label' : name} '${clipText(value, 40)}'`;
    }
    if (tag === 'use' || tag === 'img') {
      const ref = dom.attr(el, 'href') ?? dom.attr(el, 'xlink:href') ?? dom.attr(el, 'src') ?? '';
      const file = (ref.split(/[?#]/)[0] ?? '').split('/').pop() ?? '';
      const fragment = ref.includes('#') ? (ref.split('#').pop() ?? '') : '';
      const words = wordsOf(`${file.replace(/\.[a-z0-9]+$/i, '')} ${fragment}`.replace(/([a-z])([A-Z])/g, '$1 $2'));
      for (const hit of [...matchPhrases(words, compiled.iconTokens), ...matchPhrases(words, compiled.classTokens)]) {
        if (hit.phrase.split(' ').some((w) => compiled.colourWordTokens.has(w)) && tag !== 'img') continue;
        add('icon', hit.label, weights.icon, `${tag === 'use' ? 'icon reference' : 'image'} '${clipText(fragment || file, 40)}'`, `${index}`, el);
        priority = 3;
      }
    }
    if (isTile) {
      probes.push({ element: el, priority: -1, label });
      return;
    }
    if (!small) return;
    if (priority === 0) {
      if (ICON_TAGS.has(tag)) priority = 2;
      else if (dom.childElementCount(el) === 0) priority = dom.boundedText(el, 2, 4).trim() ? 1 : 2;
      else priority = 1;
    }
    considerProbe({ element: el, priority, label });
  }

  function considerProbe(probe: Probe): void {
    const max = profile.limits.maxColourProbesPerTile;
    if (probes.length <= max) {
      probes.push(probe);
      return;
    }
    // Keep the best `max` (plus the tile): replace the weakest later probe if this one ranks higher.
    let weakest = -1;
    for (let i = 0; i < probes.length; i++) {
      const p = probes[i] as Probe;
      if (p.priority < 0) continue;
      if (weakest < 0 || p.priority < (probes[weakest] as Probe).priority) weakest = i;
    }
    if (weakest >= 0 && (probes[weakest] as Probe).priority < probe.priority) probes[weakest] = probe;
  }

  function readText(node: Text): void {
    const data = node.data;
    if (typeof data !== 'string' || data.length > MAX_STATUS_TEXT * 4) return;
    const text = data.trim();
    if (!text || text.length > MAX_STATUS_TEXT) return;
    const parent = dom.parentOf(node);
    const parentTag = parent ? dom.tagOf(parent) : '';
    if (SKIP_TEXT_PARENTS.has(parentTag)) return;
    if (integrationNamedBy(text, compiled) !== undefined) return;
    const source = parent ?? tile;
    const words = wordsOf(text);
    const inSvgTitle = parentTag === 'title' || parentTag === 'desc';
    const parentClass = parent ? (dom.attr(parent, 'class') ?? '') : '';
    const iconFont = /material|icon/i.test(parentClass) && !text.includes(' ');
    const kind: EvidenceKind = inSvgTitle || iconFont ? 'icon' : 'text';
    const weight = kind === 'icon' ? weights.icon : weights.text;
    const where = inSvgTitle ? 'icon title' : iconFont ? 'icon glyph' : 'text';
    for (const hit of statusHits(text, inSvgTitle ? LABEL_WORDS : SHORT_TEXT_WORDS))
      add(kind, hit.label, weight, `${where} '${clipText(text, 40)}'`, `t:${hit.phrase}`, source);
    if (iconFont) {
      for (const hit of matchPhrases(words, compiled.iconTokens)) add('icon', hit.label, weights.icon, `icon glyph '${clipText(text, 30)}'`, `g:${hit.phrase}`, source);
    }
    for (const { symbol, status } of compiled.statusSymbols) {
      if (symbol && text.includes(symbol)) add('icon', status, weights.icon, `status symbol '${symbol}'`, `s:${symbol}`, source);
    }
    const joined = words.join(' ');
    if (!category && joined) {
      const withoutPrefix = joined.startsWith('category ') ? joined.slice('category '.length) : joined;
      if (compiled.categories.has(withoutPrefix)) category = clipText(text.replace(/^category\s*:?\s*/i, ''), 40);
    }
    if (!inSvgTitle && words.length) {
      if (!headingText && parent && (HEADING_TAGS.has(parentTag) || dom.attr(parent, 'role') === 'heading')) headingText = text;
      firstText ??= isStatusOrCategory(joined) ? undefined : text;
    }
  }

  /**
   * Status phrases of a short label. Longer texts count only when the phrases make up half of their words, so a
   * description ("Connect your Stripe account to accept payments") is not read as a status.
   */
  function statusHits(text: string, shortWords: number): PhraseHit<EvidenceStatus>[] {
    const words = wordsOf(text);
    const hits = matchPhrases(words, compiled.statusWords);
    if (!hits.length || words.length <= shortWords) return hits;
    const covered = hits.reduce((n, h) => n + h.phrase.split(' ').length, 0);
    return covered * 2 >= words.length ? hits : [];
  }

  function isStatusOrCategory(joined: string): boolean {
    return compiled.categories.has(joined) || matchPhrases(joined.split(' '), compiled.statusWords).length > 0;
  }

  function readProbes(): void {
    for (const probe of probes) {
      const style = dom.computedStyle(probe.element);
      if (!style) continue;
      const tag = dom.tagOf(probe.element);
      const isTile = probe.priority < 0;
      const seenClasses = new Set<ColourClass>();
      const consider = (value: string | undefined, property: string, weight: number, allowGrey: boolean): void => {
        if (!value) return;
        const cls = classifyColour(value, profile.colours);
        if (cls !== 'red' && cls !== 'green' && cls !== 'grey') return;
        if (cls === 'grey' && !allowGrey) return;
        if (seenClasses.has(cls)) return;
        seenClasses.add(cls);
        const points: EvidenceStatus = cls === 'red' ? 'needs-attention' : cls === 'green' ? 'connected' : 'not-configured';
        const w = cls === 'grey' ? weight * weights.greyFactor : weight;
        const on = isTile ? 'the tile' : describeProbe(probe, style);
        add('colour', points, w, `${cls} computed ${property} ${clipText(value, 40)} on ${on}`, `c:${dom.tagOf(probe.element)}:${probes.indexOf(probe)}`, probe.element);
      };
      if (isTile) {
        // The tile's own border (a red left edge), never its background: cards are white or tinted.
        if (hasBorder(style, 'Left')) consider(style.borderLeftColor, 'border-left-color', weights.colourBorder, false);
        if (hasBorder(style, 'Top')) consider(style.borderTopColor, 'border-top-color', weights.colourBorder, false);
        continue;
      }
      if (SVG_SHAPES.has(tag)) {
        consider(style.fill || dom.attr(probe.element, 'fill'), 'fill', weights.colourFill, true);
        consider(style.stroke || dom.attr(probe.element, 'stroke'), 'stroke', weights.colourBorder, false);
      }
      consider(style.backgroundColor, 'background-color', weights.colourFill, true);
      if (tag === 'i' || dom.boundedText(probe.element, 2, 4).trim()) consider(style.color, 'color', weights.colourText, false);
      if (hasBorder(style, 'Top')) consider(style.borderTopColor, 'border-color', weights.colourBorder, false);
    }
  }

  function describeProbe(probe: Probe, style: CSSStyleDeclaration): string {
    const tag = dom.tagOf(probe.element);
    const size = dom.boxSize(probe.element);
    const hasText = dom.boundedText(probe.element, 2, 4).trim().length > 0;
    const small = size ? size.width <= 32 && size.height <= 32 : !hasText;
    const radius = style.borderTopLeftRadius || style.borderRadius || '';
    const round = /%/.test(radius) ? parseFloat(radius) >= 40 : parseFloat(radius) >= 6 && small;
    const shape = [small ? 'small' : '', round ? 'round' : ''].filter(Boolean).join(' ');
    return `${shape ? `a ${shape}` : 'a'} ${describeTag(tag)}${probe.label ? ` (${probe.label})` : ''}`;
  }

  function hasBorder(style: CSSStyleDeclaration, side: 'Top' | 'Left'): boolean {
    const width = side === 'Top' ? style.borderTopWidth : style.borderLeftWidth;
    const kind = side === 'Top' ? style.borderTopStyle : style.borderLeftStyle;
    if (kind === 'none' || kind === 'hidden') return false;
    return width === undefined || width === '' || parseFloat(width) > 0;
  }

  function describe(el: Element): string {
    return describeTag(dom.tagOf(el));
  }
}

function describeTag(tag: string): string {
  return `<${tag || 'element'}>`;
}

/** Move a TreeWalker past the current node's subtree; returns the next node or null. */
function nextOutside(walker: TreeWalker): Node | null {
  const next = walker.nextSibling();
  if (next) return next;
  while (walker.parentNode()) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
  }
  return null;
}
