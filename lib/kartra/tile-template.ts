/**
 * Long lists are built from one template: the status badge of tile 4,000 sits where it sits in tile 4. After a few
 * sample tiles are read in full, the positions (child-index paths) of the elements that said something are learned,
 * and the other tiles of the list read only those elements. This is what keeps a 5,000-tile page within budget.
 *
 * Safety: a tile whose shape differs from every sample, whose planned elements are missing, or whose planned read is
 * not a clear "connected"/"not configured" is read in full instead (see read-tiles.ts). The Stripe tile is always
 * read in full.
 */
import type { RecordedSources, SitePlanInstance } from './tile-evidence-context.ts';
import { DOCUMENT_FRAGMENT_NODE, type SafeDom } from '../dom/safe-dom.ts';

/** A position inside a tile: element-child indexes from the tile down, and the tag expected there. */
interface SitePosition {
  path: number[];
  tag: string;
}

/**
 * One step of the template's paths: the `index`-th element child of step `parent` (-1: the tile). Paths that share a
 * prefix (a heading and a category in one title block) share its steps, so each element is reached once per tile.
 */
interface PathStep {
  parent: number;
  index: number;
}

/** A planned element: the step that reaches it and the tag expected there. */
interface PlannedAt {
  step: number;
  tag: string;
}

export interface TileTemplate {
  steps: PathStep[];
  sites: (PlannedAt & { text: boolean; colour: boolean })[];
  heading: PlannedAt | undefined;
  category: PlannedAt | undefined;
  /** Steps on the sites' paths: their own attributes can change what a site shows, so they enter the signature. */
  signatureSteps: number[];
  /** Child-element counts of the samples: a tile with another count is built differently and read in full. */
  childCounts: ReadonlySet<number>;
}

const MAX_SITES = 6;
const MAX_PATH = 8;
const MAX_CHILD_INDEX = 40;

/** Learn a template from fully read samples of one list; undefined when they do not agree enough to trust one. */
export function learnTemplate(samples: readonly { tile: Element; recorded: RecordedSources }[], dom: SafeDom): TileTemplate | undefined {
  if (samples.length < 2) return undefined;
  const sites = new Map<string, SitePosition & { text: boolean; colour: boolean }>();
  const headings = new Map<string, { position: SitePosition; count: number }>();
  const categories = new Map<string, { position: SitePosition; count: number }>();
  const childCounts = new Set<number>();
  for (const { tile, recorded } of samples) {
    childCounts.add(dom.childElementCount(tile));
    for (const [element, signals] of recorded.sites) {
      const position = positionOf(element, tile, dom);
      if (!position) return undefined; // evidence inside a nested shadow root or too deep: no template
      const key = `${position.path.join('.')}:${position.tag}`;
      const site = sites.get(key) ?? { ...position, text: false, colour: false };
      site.text ||= signals.text;
      site.colour ||= signals.colour;
      sites.set(key, site);
    }
    for (const [element, into] of [
      [recorded.heading, headings],
      [recorded.category, categories],
    ] as const) {
      if (!element) continue;
      const position = positionOf(element, tile, dom);
      if (!position) continue;
      const key = `${position.path.join('.')}:${position.tag}`;
      const entry = into.get(key) ?? { position, count: 0 };
      entry.count++;
      into.set(key, entry);
    }
  }
  if (sites.size === 0 || sites.size > MAX_SITES) return undefined;
  const steps: PathStep[] = [];
  const stepByPrefix = new Map<string, number>();
  const signatureSteps = new Set<number>();
  const plan = (position: SitePosition, onSignature: boolean): PlannedAt => {
    let parent = -1;
    for (let depth = 1; depth <= position.path.length; depth++) {
      const key = position.path.slice(0, depth).join('.');
      let step = stepByPrefix.get(key);
      if (step === undefined) {
        step = steps.push({ parent, index: position.path[depth - 1] as number }) - 1;
        stepByPrefix.set(key, step);
      }
      if (onSignature) signatureSteps.add(step);
      parent = step;
    }
    return { step: parent, tag: position.tag };
  };
  const heading = mostCommon(headings);
  const category = mostCommon(categories);
  return {
    steps,
    sites: [...sites.values()].map((site) => ({ ...plan(site, true), text: site.text, colour: site.colour })),
    heading: heading && plan(heading, false),
    category: category && plan(category, false),
    signatureSteps: [...signatureSteps],
    childCounts,
  };
}

/** The template's elements in one tile, or undefined when the tile does not fit it (read it in full then). */
export function instantiateTemplate(
  template: TileTemplate,
  tile: Element,
  dom: SafeDom,
  /** data-* attributes that may say a status (compiled.statusDataAttributes): they enter the signature. */
  statusData: ReadonlySet<string>,
  /** How a planned text enters the signature: texts that say nothing about status can all read as one. */
  textKey: (text: string) => string = (text) => text,
): SitePlanInstance | undefined {
  if (!template.childCounts.has(dom.childElementCount(tile))) return undefined;
  // Steps come parents first: each element on the paths is reached once, from its parent's.
  const reached: (Element | undefined)[] = new Array<Element | undefined>(template.steps.length);
  for (let i = 0; i < template.steps.length; i++) {
    const { parent, index } = template.steps[i] as PathStep;
    const from = parent < 0 ? tile : reached[parent];
    reached[i] = from ? dom.nthElementChild(from, index) : undefined;
  }
  const at = (planned: PlannedAt): Element | undefined => {
    const el = reached[planned.step];
    return el && dom.tagOf(el) === planned.tag ? el : undefined;
  };
  const sites: SitePlanInstance['sites'] = [];
  for (const site of template.sites) {
    const element = at(site);
    if (!element) return undefined;
    sites.push({ element, text: site.text, colour: site.colour });
  }
  const heading = template.heading ? at(template.heading) : undefined;
  if (template.heading && !heading) return undefined;
  const category = template.category ? at(template.category) : undefined;
  // Everything that can change what the planned elements show: the tile's and the path elements' own attributes
  // (classes, inline style, hidden, labels) and the planned texts. Tiles with equal signatures read the same.
  let signature = attributesOf(tile, dom, statusData);
  for (const step of template.signatureSteps) signature += `\u0001${attributesOf(reached[step] as Element, dom, statusData)}`;
  for (const site of sites) if (site.text) signature += `\u0002${textKey(dom.textContent(site.element, SIGNATURE_TEXT))}`;
  return { sites, heading, category, signature };
}

const SIGNATURE_TEXT = 241;
const SIGNATURE_ATTRIBUTE = 300;

/** An element's tag and attributes as one string (ids and unrelated data-* left out: they differ per tile). */
function attributesOf(el: Element, dom: SafeDom, statusData: ReadonlySet<string>): string {
  let out = dom.tagOf(el);
  for (const name of dom.attributeNames(el)) {
    if (name === 'id' || (name.startsWith('data-') && !statusData.has(name))) continue;
    const value = dom.attr(el, name) ?? '';
    out += `\u0003${name}=${value.length > SIGNATURE_ATTRIBUTE ? `${value.slice(0, SIGNATURE_ATTRIBUTE)}\u0004${value.length}` : value}`;
  }
  return out;
}

function positionOf(element: Element, tile: Element, dom: SafeDom): SitePosition | undefined {
  const path: number[] = [];
  let el = element;
  for (let depth = 0; el !== tile; depth++) {
    if (depth >= MAX_PATH) return undefined;
    const parent = dom.parentOf(el);
    if (!parent || dom.nodeType(dom.rawParentNode(el) ?? el) === DOCUMENT_FRAGMENT_NODE) return undefined;
    const index = dom.childElements(parent, MAX_CHILD_INDEX + 1).indexOf(el);
    if (index < 0 || index > MAX_CHILD_INDEX) return undefined;
    path.unshift(index);
    el = parent;
  }
  return { path, tag: dom.tagOf(element) };
}

function mostCommon(entries: Map<string, { position: SitePosition; count: number }>): SitePosition | undefined {
  let best: { position: SitePosition; count: number } | undefined;
  for (const entry of entries.values()) if (!best || entry.count > best.count) best = entry;
  return best?.position;
}
