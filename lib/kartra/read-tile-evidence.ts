/**
 * What one tile says about its status: words, classes, labels, icons and computed colours of its small elements.
 *
 * Cost control (a page may hold 5,000 tiles): the walk is bounded (limits.maxNodesPerTile); only attributes that are
 * present are read; class strings and texts are analysed once per detection (tiles of one list repeat them); and
 * getComputedStyle runs on at most limits.maxColourProbesPerTile small candidates, and only when the colour can still
 * matter: always for Stripe, otherwise when the labels and words have not already decided the tile.
 * Buttons and form controls are actions, not status: only their words count, at a low weight (a red "Disconnect"
 * button on a healthy tile must not read as a red status).
 */
import { classifyColour, type ColourClass } from './colour.ts';
import { integrationNamedBy, type CompiledProfile, type EvidenceStatus } from './compiled-profile.ts';
import { scoreEvidence, type Evidence, type EvidenceKind } from './decide-status.ts';
import { ELEMENT_NODE, nextOutside, SHOW_ELEMENT, SHOW_TEXT, TEXT_NODE, type SafeDom } from './safe-dom.ts';
import { classTokenGroups, clipText, matchPhrases, wordsOf, type PhraseHit } from './text-match.ts';

export interface TileReading {
  evidence: Evidence[];
  /** Category as shown on the tile ("Payment"), if any. */
  category: string | undefined;
  /** First heading-like text, for tiles whose name is not in the profile. */
  headingText: string | undefined;
  /** With `record`: which elements said something, and how (to learn a list's template from sample tiles). */
  recorded?: RecordedSources;
}

/** Elements of one tile that produced evidence, a heading or a category. */
export interface RecordedSources {
  sites: Map<Element, { text: boolean; colour: boolean }>;
  heading: Element | undefined;
  category: Element | undefined;
}

/** Elements to read instead of walking the tile (from a learned list template). */
export interface SitePlanInstance {
  sites: { element: Element; text: boolean; colour: boolean }[];
  heading: Element | undefined;
  category: Element | undefined;
  /** Attributes and texts of everything on the planned paths: equal signatures read the same (see read-tiles.ts). */
  signature: string;
}

export interface ReadTileOptions {
  /** Read computed colours even when labels already decide the tile (the Stripe tile). */
  alwaysReadColour: boolean;
  /** Record the sources of evidence (sample tiles of a long list). */
  record?: boolean;
  /** Read only these elements (a long list's template applied to this tile) instead of walking it. */
  sites?: SitePlanInstance;
}

/** Analyses shared by all tiles of one detection run; create one per run with createEvidenceCache. */
export interface EvidenceCache {
  classes: Map<string, ClassAnalysis>;
  texts: Map<string, TextAnalysis>;
  references: Map<string, { name: string; hits: PhraseHit<EvidenceStatus>[]; colourHits: PhraseHit<EvidenceStatus>[] }>;
}

interface ClassAnalysis {
  hits: { label: EvidenceStatus; phrase: string; colourWord: boolean }[];
  iconHits: PhraseHit<EvidenceStatus>[];
  iconish: boolean;
  iconFont: boolean;
}

interface TextAnalysis {
  isName: boolean;
  statusHits: PhraseHit<EvidenceStatus>[];
  labelHits: PhraseHit<EvidenceStatus>[];
  iconHits: PhraseHit<EvidenceStatus>[];
  symbols: { symbol: string; status: EvidenceStatus }[];
  category: string | undefined;
  isStatusOrCategory: boolean;
  hasWords: boolean;
}

export function createEvidenceCache(): EvidenceCache {
  return { classes: new Map(), texts: new Map(), references: new Map() };
}

const ACTION_TAGS = new Set(['button', 'input', 'select', 'textarea', 'summary']);
const ACTION_ROLES = new Set(['button', 'menuitem', 'switch', 'checkbox', 'radio', 'tab', 'option', 'menu']);
const ICON_TAGS = new Set(['i', 'svg', 'use', 'img', 'circle', 'path', 'rect', 'ellipse', 'polygon', 'g']);
const SVG_SHAPES = new Set(['svg', 'circle', 'path', 'rect', 'ellipse', 'polygon', 'use', 'g']);
const DOT_TAGS = new Set(['span', 'div', 'i', 'b', 'em', 'small', 'strong']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b']);
const SKIP_TEXT_PARENTS = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'option']);
const LABEL_ATTRIBUTES = new Set(['aria-label', 'title', 'alt', 'aria-description']);
const DATA_STATUS_ATTRIBUTES = new Set(['data-status', 'data-state', 'data-health']);
const MAX_STATUS_TEXT = 60;
const MAX_EVIDENCE = 24;
/** A text of at most this many words may be a status label as a whole ("Status: needs attention"). */
const SHORT_TEXT_WORDS = 4;
/** Labels and titles may say a little more ("Stripe integration needs attention"). */
const LABEL_WORDS = 8;
const MAX_CACHE_ENTRIES = 20_000;
const NO_HITS: PhraseHit<EvidenceStatus>[] = [];
const HAS_WORD = /[\p{L}\p{N}]/u;
const PRIVATE_USE = /^[\uE000-\uF8FF]+$/;

interface Probe {
  element: Element;
  tag: string;
  priority: number;
  label: string | undefined;
  hasText: boolean;
}

/** Read a tile's evidence, category and (for unknown names) heading. */
export function readTileEvidence(tile: Element, dom: SafeDom, compiled: CompiledProfile, cache: EvidenceCache, options: ReadTileOptions): TileReading {
  const { profile } = compiled;
  const weights = profile.weights;
  const evidence: Evidence[] = [];
  const seen: { kind: EvidenceKind; points: EvidenceStatus; key: string }[] = [];
  let category: string | undefined;
  let headingText: string | undefined;
  let firstText: string | undefined;
  let firstTextSource: Element | undefined;
  const probes: Probe[] = [];
  let elementIndex = 0;
  const recorded: RecordedSources | undefined = options.record ? { sites: new Map(), heading: undefined, category: undefined } : undefined;
  const note = (source: Element, signal: 'element' | 'text' | 'colour'): void => {
    if (!recorded) return;
    const site = recorded.sites.get(source) ?? { text: false, colour: false };
    if (signal === 'text') site.text = true;
    if (signal === 'colour') site.colour = true;
    recorded.sites.set(source, site);
  };

  // Evidence counts only from rendered elements: a hidden "Needs attention" left in a healthy tile is not a status.
  // isRendered runs on the few elements that say something, so its cost stays bounded.
  const add = (
    kind: EvidenceKind,
    points: EvidenceStatus,
    weight: number,
    detail: string,
    dedupeKey: string,
    source: Element,
    signal: 'element' | 'text' | 'colour' = 'element',
  ): boolean => {
    if (evidence.length >= MAX_EVIDENCE) return false;
    for (const k of seen) if (k.kind === kind && k.points === points && k.key === dedupeKey) return false;
    if (!dom.isRendered(source)) return false;
    seen.push({ kind, points, key: dedupeKey });
    evidence.push({ kind, points, weight, detail: clipText(detail, 200) });
    note(source, signal);
    return true;
  };

  if (options.sites) return readPlannedSites(options.sites);

  const roots: Node[] = [tile];
  let budget = profile.limits.maxNodesPerTile;
  readElement(tile, 'tile', true);
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
        const tag = dom.tagOf(el);
        if (readElement(el, tag, false)) {
          node = nextOutside(walker);
          continue;
        }
      }
      node = walker.nextNode();
    }
  }
  if (options.alwaysReadColour || !decidedWithoutColour()) readProbes();
  if (recorded && !headingText) recorded.heading = firstTextSource;
  return { evidence, category, headingText: headingText ?? firstText, ...(recorded ? { recorded } : {}) };

  /** Template mode: read the planned elements only (attributes, own text, colour where the samples needed it). */
  function readPlannedSites(plan: SitePlanInstance): TileReading {
    for (const site of plan.sites) {
      const tag = dom.tagOf(site.element);
      readElement(site.element, tag, false);
      if (site.text) {
        const text = dom.textContent(site.element, MAX_STATUS_TEXT * 4 + 1);
        if (text.length <= MAX_STATUS_TEXT * 4) readTextOf(text, site.element, tag);
      }
      if (site.colour && !probes.some((p) => p.element === site.element)) {
        probes.push({ element: site.element, tag, priority: 2, label: undefined, hasText: site.text });
      }
    }
    const colourPlanned = plan.sites.some((site) => site.colour);
    if (colourPlanned && (options.alwaysReadColour || !decidedWithoutColour())) readProbes();
    return { evidence, ...readPlannedLabels(plan, dom, compiled) };
  }

  /** Returns true when the element is an action control whose subtree must be skipped. */
  function readElement(el: Element, tag: string, isTile: boolean): boolean {
    const index = elementIndex++;
    const names = dom.attributeNames(el);
    let classAttr: string | undefined;
    let role: string | undefined;
    let priority = 0;
    let label: string | undefined;
    for (const name of names) {
      if (name === 'class') classAttr = dom.attr(el, 'class');
      else if (name === 'role') role = (dom.attr(el, 'role') ?? '').trim().toLowerCase();
    }
    if (!isTile && (ACTION_TAGS.has(tag) || (role !== undefined && ACTION_ROLES.has(role)))) {
      readAction(el, tag);
      return true;
    }
    const shadow = dom.shadowRootOf(el);
    if (shadow) roots.push(shadow);

    let smallKnown: boolean | undefined;
    const small = (): boolean => (smallKnown ??= !isTile && (ICON_TAGS.has(tag) || dom.childElementCount(el) <= 2));
    let emptyKnown: boolean | undefined;
    const empty = (): boolean => (emptyKnown ??= ICON_TAGS.has(tag) || (dom.childElementCount(el) === 0 && !dom.textContent(el, 80).trim()));

    const classes = classAttr ? analyseClass(classAttr) : undefined;
    if (classes) {
      for (const hit of classes.hits) {
        // Utility CSS paints text and borders grey everywhere (`text-gray-500`, `border-gray-200`): a colour word
        // counts only on a small element, and grey only on an empty one (a dot or an icon, not a line of text).
        if (hit.colourWord && (!small() || (hit.label === 'not-configured' && !empty()))) continue;
        const weight = isTile || !small() ? weights.classOnTile : weights.classOnStatusElement;
        if (add('class', hit.label, weight, `class token '${hit.phrase}' on ${isTile ? 'the tile' : describeTag(tag)}`, `${index}`, el)) priority = 3;
      }
      if (classes.iconish || ICON_TAGS.has(tag)) {
        for (const hit of classes.iconHits) if (add('icon', hit.label, weights.icon, `icon class '${hit.phrase}' on ${describeTag(tag)}`, `${index}`, el)) priority = 3;
      }
    }
    for (const name of names) {
      if (LABEL_ATTRIBUTES.has(name) || compiled.tooltipAttributes.has(name)) {
        const value = dom.attr(el, name);
        if (!value || value.length > 200) continue;
        const analysis = analyseText(value);
        if (analysis.isName) continue;
        const iconLike = name === 'alt' || (name === 'title' && (ICON_TAGS.has(tag) || classes?.iconish === true));
        const kind: EvidenceKind = iconLike ? 'icon' : 'aria';
        for (const hit of analysis.labelHits) {
          const where = isTile ? 'the tile' : describeTag(tag);
          if (add(kind, hit.label, kind === 'icon' ? weights.icon : weights.aria, `${name} '${clipText(value, 40)}' on ${where}`, `${index}:${name}`, el)) priority = 3;
        }
        label ??= `${name === 'aria-label' ? 'label' : name} '${clipText(value, 40)}'`;
      } else if (DATA_STATUS_ATTRIBUTES.has(name)) {
        const value = dom.attr(el, name) ?? '';
        const words = wordsOf(value);
        for (const hit of matchPhrases(words, compiled.classTokens).concat(matchPhrases(words, compiled.statusWords)))
          if (add('class', hit.label, weights.classOnStatusElement, `${name}="${clipText(value, 30)}" on ${describeTag(tag)}`, `${index}`, el)) priority = 3;
      } else if ((name === 'href' || name === 'xlink:href' || name === 'src') && (tag === 'use' || tag === 'img')) {
        if (readIconReference(el, tag, dom.attr(el, name) ?? '', index)) priority = 3;
      }
    }
    if (isTile) {
      probes.push({ element: el, tag, priority: -1, label, hasText: true });
      return false;
    }
    if (priority === 0 && (ICON_TAGS.has(tag) || (DOT_TAGS.has(tag) && empty()))) priority = 2;
    if (priority > 0 && small()) {
      // Profile hints (`[class*="status" i]`, `[role="status"]`…) only rank candidates; they never decide anything.
      if (dom.matchesAny(el, profile.statusElementHints)) priority += 0.5;
      considerProbe({ element: el, tag, priority, label, hasText: !empty() });
    }
    return false;
  }

  function readAction(el: Element, tag: string): void {
    const text = (dom.attr(el, 'aria-label') ?? dom.formValue(el) ?? dom.textContent(el, MAX_STATUS_TEXT + 1)).trim();
    if (!text || text.length > MAX_STATUS_TEXT) return;
    for (const hit of analyseText(text).statusHits)
      add('text', hit.label, weights.actionText, `${describeTag(tag)} labelled '${clipText(text, 40)}'`, `action:${hit.phrase}`, el);
  }

  function readIconReference(el: Element, tag: string, ref: string, index: number): boolean {
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
    for (const hit of tag === 'img' ? analysis.colourHits : analysis.hits) {
      if (add('icon', hit.label, weights.icon, `${tag === 'use' ? 'icon reference' : 'image'} '${clipText(analysis.name, 40)}'`, `${index}`, el)) found = true;
    }
    return found;
  }

  function considerProbe(probe: Probe): void {
    const max = profile.limits.maxColourProbesPerTile;
    if (probes.length <= max) {
      probes.push(probe);
      return;
    }
    // Keep the best `max` (plus the tile): replace the weakest probe if this one ranks higher.
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
    const parent = dom.parentOf(node);
    readTextOf(data, parent, parent ? dom.tagOf(parent) : '');
  }

  function readTextOf(data: string, parent: Element | undefined, parentTag: string): void {
    const text = data.trim();
    if (!text || text.length > MAX_STATUS_TEXT) return;
    const analysis = analyseText(text);
    if (SKIP_TEXT_PARENTS.has(parentTag)) return;
    // An icon-font glyph (private use area) says its status in colour, whether or not the profile knows the glyph.
    if (parent && parent !== tile && PRIVATE_USE.test(text)) considerProbe({ element: parent, tag: parentTag, priority: 2, label: undefined, hasText: true });
    if (analysis.isName || (!analysis.hasWords && !analysis.symbols.length)) return;
    const inSvgTitle = parentTag === 'title' || parentTag === 'desc';
    // An SVG <title> is never rendered itself; whether its icon shows is what counts.
    const source = (inSvgTitle && parent ? dom.parentOf(parent) : parent) ?? tile;
    const iconFont = parent !== undefined && !text.includes(' ') && analyseClass(dom.attr(parent, 'class') ?? '').iconFont;
    const kind: EvidenceKind = inSvgTitle || iconFont ? 'icon' : 'text';
    const where = inSvgTitle ? 'icon title' : iconFont ? 'icon glyph' : 'text';
    let said = false;
    for (const hit of inSvgTitle ? analysis.labelHits : analysis.statusHits)
      said = add(kind, hit.label, kind === 'icon' ? weights.icon : weights.text, `${where} '${clipText(text, 40)}'`, `t:${hit.phrase}`, source, 'text') || said;
    if (iconFont) for (const hit of analysis.iconHits) said = add('icon', hit.label, weights.icon, `icon glyph '${clipText(text, 30)}'`, `g:${hit.phrase}`, source, 'text') || said;
    for (const { symbol, status } of analysis.symbols) said = add('icon', status, weights.icon, `status symbol '${symbol}'`, `s:${symbol}`, source, 'text') || said;
    // The element that says the status in words may also say it in colour (red "Needs attention").
    if (said && parent && parent !== tile) considerProbe({ element: parent, tag: parentTag, priority: 2, label: undefined, hasText: true });
    if (!category && analysis.category && (!parent || dom.isRendered(parent))) {
      category = clipText(analysis.category, 40);
      if (recorded && parent) recorded.category = parent;
    }
    if (!inSvgTitle && analysis.hasWords) {
      if (!headingText && parent && (HEADING_TAGS.has(parentTag) || dom.attr(parent, 'role') === 'heading')) {
        headingText = text;
        if (recorded) recorded.heading = parent;
      }
      if (firstText === undefined && !analysis.isStatusOrCategory) {
        firstText = text;
        firstTextSource = parent;
      }
    }
  }

  /** Labels and words alone already give a clear, strong answer: colour could only agree or be outvoted. */
  function decidedWithoutColour(): boolean {
    const [a, b, c] = scoreEvidence(evidence, profile, false);
    const agreeing = (a > 0 ? 1 : 0) + (b > 0 ? 1 : 0) + (c > 0 ? 1 : 0);
    return agreeing === 1 && Math.max(a, b, c) >= profile.decision.fullConfidenceScore;
  }

  function readProbes(): void {
    for (let p = 0; p < probes.length; p++) {
      const probe = probes[p] as Probe;
      const style = dom.computedStyle(probe.element);
      if (!style) continue;
      const isTile = probe.priority < 0;
      const seenClasses = new Set<ColourClass>();
      let on = '';
      const consider = (value: string | null | undefined, property: string, weight: number, allowGrey: boolean): void => {
        if (!value) return;
        const cls = classifyColour(value, profile.colours);
        if (cls !== 'red' && cls !== 'green' && cls !== 'grey') return;
        if (cls === 'grey' && !allowGrey) return;
        if (seenClasses.has(cls)) return;
        seenClasses.add(cls);
        const points: EvidenceStatus = cls === 'red' ? 'needs-attention' : cls === 'green' ? 'connected' : 'not-configured';
        const w = cls === 'grey' ? weight * weights.greyFactor : weight;
        on ||= isTile ? 'the tile' : describeProbe(probe, style);
        add('colour', points, w, `${cls} computed ${property} ${clipText(value, 40)} ${on.startsWith(':') ? 'in' : 'on'} ${on}`, `c:${p}`, probe.element, 'colour');
      };
      if (isTile) {
        // The tile's own border (a red left edge), never its background: cards are white or tinted.
        if (hasBorder(style, 'Left')) consider(style.borderLeftColor, 'border-left-color', weights.colourBorder, false);
        if (hasBorder(style, 'Top')) consider(style.borderTopColor, 'border-top-color', weights.colourBorder, false);
        continue;
      }
      if (SVG_SHAPES.has(probe.tag)) {
        consider(style.fill || dom.attr(probe.element, 'fill'), 'fill', weights.colourFill, true);
        consider(style.stroke || dom.attr(probe.element, 'stroke'), 'stroke', weights.colourBorder, false);
      }
      consider(style.backgroundColor, 'background-color', weights.colourFill, true);
      if (probe.tag === 'i' || probe.hasText) consider(style.color, 'color', weights.colourText, false);
      if (hasBorder(style, 'Top')) consider(style.borderTopColor, 'border-color', weights.colourBorder, false);
      // CSS generated content paints elements that hold no text of their own: a coloured ::before dot, an icon-font
      // glyph, or words in `content`. Its words and symbols count like text, its colours like the element's.
      if (probe.hasText && probe.tag !== 'i') continue;
      for (const pseudo of ['::before', '::after'] as const) {
        const generated = dom.computedStyle(probe.element, pseudo);
        const content = generated?.content;
        if (!generated || !content || content === 'none' || content === 'normal') continue;
        const text = /^"(.*)"$/.exec(content)?.[1] ?? '';
        on = `${pseudo} of ${describeTag(probe.tag)}`;
        const analysis = analyseText(text);
        for (const hit of analysis.statusHits) add('text', hit.label, weights.text, `generated text '${clipText(text, 40)}' in ${on}`, `t:${hit.phrase}`, probe.element, 'text');
        for (const { symbol, status } of analysis.symbols) add('icon', status, weights.icon, `status symbol '${symbol}' in ${on}`, `s:${symbol}`, probe.element, 'text');
        consider(generated.backgroundColor, 'background-color', weights.colourFill, true);
        // A glyph (no letters) is painted by its colour; words in content are read, not their ink.
        if (text && !HAS_WORD.test(text)) consider(generated.color, 'color', weights.colourFill, false);
      }
    }
  }

  function describeProbe(probe: Probe, style: CSSStyleDeclaration): string {
    const small = !probe.hasText;
    const radius = style.borderTopLeftRadius || style.borderRadius || '';
    const round = /%/.test(radius) ? parseFloat(radius) >= 40 : parseFloat(radius) >= 6 && small;
    const shape = [small ? 'small' : '', round ? 'round' : ''].filter(Boolean).join(' ');
    return `${shape ? `a ${shape}` : 'a'} ${describeTag(probe.tag)}${probe.label ? ` (${probe.label})` : ''}`;
  }

  function analyseClass(classAttr: string): ClassAnalysis {
    const cached = cache.classes.get(classAttr);
    if (cached) return cached;
    const analysis: ClassAnalysis = { hits: [], iconHits: [], iconish: false, iconFont: false };
    analysis.iconish = /icon|(^|\s)(fa|bi|mdi|material)[-\s]|material/i.test(classAttr);
    analysis.iconFont = /material|icon/i.test(classAttr);
    for (const words of classTokenGroups(classAttr)) {
      for (const hit of matchPhrases(words, compiled.classTokens))
        analysis.hits.push({ ...hit, colourWord: hit.phrase.split(' ').some((w) => compiled.colourWordTokens.has(w)) });
      for (const hit of matchPhrases(words, compiled.iconTokens)) analysis.iconHits.push(hit);
    }
    if (cache.classes.size < MAX_CACHE_ENTRIES) cache.classes.set(classAttr, analysis);
    return analysis;
  }

  function analyseText(text: string): TextAnalysis {
    const cached = cache.texts.get(text);
    if (cached) return cached;
    const symbols = compiled.statusSymbols.filter(({ symbol }) => symbol !== '' && text.includes(symbol));
    const category = categoryOf(text, compiled);
    const analysis: TextAnalysis = {
      isName: false,
      statusHits: NO_HITS,
      labelHits: NO_HITS,
      iconHits: NO_HITS,
      symbols,
      category,
      isStatusOrCategory: category !== undefined,
      hasWords: HAS_WORD.test(text),
    };
    // Most texts ("Added Jan 5") hold no status word at all: one regex test instead of a word split.
    if (compiled.statusWordPrefilter.test(text)) {
      const words = wordsOf(text);
      const all = matchPhrases(words, compiled.statusWords);
      if (all.length) {
        analysis.isName = integrationNamedBy(text, compiled) !== undefined;
        analysis.statusHits = coveredEnough(words, all, SHORT_TEXT_WORDS);
        analysis.labelHits = coveredEnough(words, all, LABEL_WORDS);
        analysis.isStatusOrCategory = true;
      }
    }
    if (text.length <= 40 && !text.includes(' ')) analysis.iconHits = matchPhrases(wordsOf(text), compiled.iconTokens);
    if (cache.texts.size < MAX_CACHE_ENTRIES) cache.texts.set(text, analysis);
    return analysis;
  }
}

/** Heading and category of a tile through its plan (one textContent each). */
export function readPlannedLabels(plan: SitePlanInstance, dom: SafeDom, compiled: CompiledProfile): { headingText: string | undefined; category: string | undefined } {
  // Whitespace is collapsed later, when the name is clipped for display.
  const heading = plan.heading ? dom.textContent(plan.heading, 200).trim() : '';
  let category: string | undefined;
  if (plan.category) {
    const text = categoryOf(dom.textContent(plan.category, 80).trim(), compiled);
    if (text) category = clipText(text, 40);
  }
  return { headingText: heading || undefined, category };
}

/** The category a text names ("Payment", "Category: Payment"), as shown without the prefix; undefined if none. */
function categoryOf(text: string, compiled: CompiledProfile): string | undefined {
  const shown = text.replace(/^\s*category\s*:?\s*/i, '');
  return shown && compiled.categoryTexts.has(shown.toLowerCase().replace(/\s+/g, ' ').trim()) ? shown : undefined;
}

/**
 * Status phrases of a short label. Longer texts count only when the phrases make up half of their words, so a
 * description ("Connect your Stripe account to accept payments") is not read as a status.
 */
function coveredEnough(words: readonly string[], hits: PhraseHit<EvidenceStatus>[], shortWords: number): PhraseHit<EvidenceStatus>[] {
  if (!hits.length || words.length <= shortWords) return hits;
  const covered = hits.reduce((n, h) => n + h.phrase.split(' ').length, 0);
  return covered * 2 >= words.length ? hits : [];
}

function hasBorder(style: CSSStyleDeclaration, side: 'Top' | 'Left'): boolean {
  const width = side === 'Top' ? style.borderTopWidth : style.borderLeftWidth;
  const kind = side === 'Top' ? style.borderTopStyle : style.borderLeftStyle;
  if (kind === 'none' || kind === 'hidden') return false;
  return width === undefined || width === '' || parseFloat(width) > 0;
}

function describeTag(tag: string): string {
  return `<${tag || 'element'}>`;
}
