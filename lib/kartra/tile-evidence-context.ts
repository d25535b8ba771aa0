/**
 * The state one tile's reading shares between the evidence readers (read-*-evidence.ts): what was found so far, the
 * colour probes to read last, and the per-detection analyses of class strings and texts (tiles of one list repeat
 * them, so each is analysed once per detection).
 */
import { integrationNamedBy, type CompiledProfile, type EvidenceStatus } from './compiled-profile.ts';
import { scoreEvidence, type Evidence, type EvidenceKind } from './decide-status.ts';
import type { EvidenceDetail } from './evidence-detail.ts';
import type { SafeDom } from '../dom/safe-dom.ts';
import { wordsOf } from '../dom/text.ts';
import { classTokenGroups, matchPhrases, type PhraseHit } from './text-match.ts';

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

export interface ClassAnalysis {
  hits: { label: EvidenceStatus; phrase: string; colourWord: boolean }[];
  iconHits: PhraseHit<EvidenceStatus>[];
  iconish: boolean;
  iconFont: boolean;
}

export interface TextAnalysis {
  isName: boolean;
  statusHits: PhraseHit<EvidenceStatus>[];
  labelHits: PhraseHit<EvidenceStatus>[];
  iconHits: PhraseHit<EvidenceStatus>[];
  symbols: { symbol: string; status: EvidenceStatus }[];
  category: string | undefined;
  /** A category, or mostly status words: never the tile's name. "Stripe Connect Pro" holds a status word, yet names. */
  isStatusOrCategory: boolean;
  hasWords: boolean;
}

export function createEvidenceCache(): EvidenceCache {
  return { classes: new Map(), texts: new Map(), references: new Map() };
}

/** An element whose computed colours may still be read (the tile itself has priority -1). */
export interface Probe {
  element: Element;
  tag: string;
  priority: number;
  /** The label or tooltip it carries, named by its attribute (aria-label, title…), clipped. */
  label: { attribute: string; value: string } | undefined;
  hasText: boolean;
}

/** How an element said something, for a list template: by being there, in its text, or in its colour. */
export type Signal = 'element' | 'text' | 'colour';

/** One tile's reading in progress. */
export interface TileRead {
  readonly tile: Element;
  readonly dom: SafeDom;
  readonly compiled: CompiledProfile;
  readonly cache: EvidenceCache;
  readonly evidence: Evidence[];
  readonly probes: Probe[];
  readonly recorded: RecordedSources | undefined;
  /** Roots still to walk: the tile, then open shadow roots met on the way. */
  readonly roots: Node[];
  category: string | undefined;
  headingText: string | undefined;
  firstText: string | undefined;
  firstTextSource: Element | undefined;
  elementIndex: number;
  /** Add one piece of evidence from a rendered source, once per kind/status/key; true when it was added. */
  add(kind: EvidenceKind, points: EvidenceStatus, weight: number, detail: EvidenceDetail, dedupeKey: string, source: Element, signal?: Signal): boolean;
}

export const ICON_TAGS = new Set(['i', 'svg', 'use', 'img', 'circle', 'path', 'rect', 'ellipse', 'polygon', 'g']);
export const HAS_WORD = /[\p{L}\p{N}]/u;
const MAX_EVIDENCE = 24;
/** A text of at most this many words may be a status label as a whole ("Status: needs attention"). */
const SHORT_TEXT_WORDS = 4;
/** Labels and titles may say a little more ("Stripe integration needs attention"). */
const LABEL_WORDS = 8;
export const MAX_CACHE_ENTRIES = 20_000;
const NO_HITS: PhraseHit<EvidenceStatus>[] = [];

export function startTileRead(tile: Element, dom: SafeDom, compiled: CompiledProfile, cache: EvidenceCache, record: boolean): TileRead {
  const seen: { kind: EvidenceKind; points: EvidenceStatus; key: string }[] = [];
  const recorded: RecordedSources | undefined = record ? { sites: new Map(), heading: undefined, category: undefined } : undefined;
  const evidence: Evidence[] = [];
  const note = (source: Element, signal: Signal): void => {
    if (!recorded) return;
    const site = recorded.sites.get(source) ?? { text: false, colour: false };
    if (signal === 'text') site.text = true;
    if (signal === 'colour') site.colour = true;
    recorded.sites.set(source, site);
  };
  return {
    tile,
    dom,
    compiled,
    cache,
    evidence,
    probes: [],
    recorded,
    roots: [tile],
    category: undefined,
    headingText: undefined,
    firstText: undefined,
    firstTextSource: undefined,
    elementIndex: 0,
    // Evidence counts only from rendered elements: a hidden "Needs attention" left in a healthy tile is not a status.
    // isRendered runs on the few elements that say something, so its cost stays bounded.
    add(kind, points, weight, detail, dedupeKey, source, signal = 'element') {
      if (evidence.length >= MAX_EVIDENCE) return false;
      for (const k of seen) if (k.kind === kind && k.points === points && k.key === dedupeKey) return false;
      if (!dom.isRendered(source)) return false;
      seen.push({ kind, points, key: dedupeKey });
      evidence.push({ kind, points, weight, detail });
      note(source, signal);
      return true;
    },
  };
}

/** Queue an element for colour reading, keeping the best `maxColourProbesPerTile` (plus the tile). */
export function considerProbe(read: TileRead, probe: Probe): void {
  const { probes } = read;
  const max = read.compiled.profile.limits.maxColourProbesPerTile;
  if (probes.length <= max) {
    probes.push(probe);
    return;
  }
  // Replace the weakest probe if this one ranks higher.
  let weakest = -1;
  for (let i = 0; i < probes.length; i++) {
    const p = probes[i] as Probe;
    if (p.priority < 0) continue;
    if (weakest < 0 || p.priority < (probes[weakest] as Probe).priority) weakest = i;
  }
  if (weakest >= 0 && (probes[weakest] as Probe).priority < probe.priority) probes[weakest] = probe;
}

/** Labels and words alone already give a clear, strong answer: colour could only agree or be outvoted. */
export function decidedWithoutColour(read: TileRead): boolean {
  const { profile } = read.compiled;
  const [a, b, c] = scoreEvidence(read.evidence, profile, false);
  const agreeing = (a > 0 ? 1 : 0) + (b > 0 ? 1 : 0) + (c > 0 ? 1 : 0);
  return agreeing === 1 && Math.max(a, b, c) >= profile.decision.fullConfidenceScore;
}

/** Status, colour and icon words of a class attribute (cached per detection). */
export function analyseClass(read: TileRead, classAttr: string): ClassAnalysis {
  const { cache, compiled } = read;
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

/** Status words, symbols, category and icon words of a short text (cached per detection). */
export function analyseText(read: TileRead, text: string): TextAnalysis {
  const { cache, compiled } = read;
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
      const covered = phraseWords(all);
      analysis.statusHits = coveredEnough(words.length, all, covered, SHORT_TEXT_WORDS);
      analysis.labelHits = coveredEnough(words.length, all, covered, LABEL_WORDS);
      analysis.isStatusOrCategory ||= covered * 2 > words.length;
    }
  }
  if (text.length <= 40 && !text.includes(' ')) analysis.iconHits = matchPhrases(wordsOf(text), compiled.iconTokens);
  if (cache.texts.size < MAX_CACHE_ENTRIES) cache.texts.set(text, analysis);
  return analysis;
}

/** The category a text names ("Payment", "Category: Payment"), as shown without the prefix; undefined if none. */
export function categoryOf(text: string, compiled: CompiledProfile): string | undefined {
  const shown = text.replace(/^\s*category\s*:?\s*/i, '');
  return shown && compiled.categoryTexts.has(shown.toLowerCase().replace(/\s+/g, ' ').trim()) ? shown : undefined;
}

/**
 * Status phrases of a short label. Longer texts count only when the phrases make up half of their words, so a
 * description ("Connect your Stripe account to accept payments") is not read as a status.
 */
function coveredEnough(wordCount: number, hits: PhraseHit<EvidenceStatus>[], covered: number, shortWords: number): PhraseHit<EvidenceStatus>[] {
  if (!hits.length || wordCount <= shortWords) return hits;
  return covered * 2 >= wordCount ? hits : [];
}

/** How many of a text's words its status phrases cover. */
function phraseWords(hits: PhraseHit<EvidenceStatus>[]): number {
  return hits.reduce((n, h) => n + h.phrase.split(' ').length, 0);
}
