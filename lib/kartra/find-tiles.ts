/**
 * From name anchors to tiles: the repeated unit (card, row, list item…) that holds one integration.
 *
 * Idea: mark every ancestor of an anchor with the integration it contains, or "several". A tile is the highest
 * ancestor that still holds one integration only, when its container holds several tiles of the same shape. Tiles
 * that stand alone (a filtered list of one) borrow the shape of tiles found elsewhere, else fall back to profile
 * hints and similar siblings. Each ancestor is marked once (climbs stop at marked nodes), so the cost is linear.
 */
import { integrationNamedBy, type CompiledProfile } from './compiled-profile.ts';
import type { SafeDom, SearchRoot } from '../dom/safe-dom.ts';
import { DOCUMENT_FRAGMENT_NODE, ELEMENT_NODE } from '../dom/safe-dom.ts';
import type { DetectionWarning } from './integrations-report.ts';
import type { NameAnchor } from './scan-page.ts';
import { sameListShape, shapeOf, similarShapes, type ShapeClassCache, type TileShape } from './tile-shape.ts';

/** A tile before its status is read. `integration` is undefined for a tile found only by its place in a list. */
export interface TileCandidate {
  element: Element;
  integration: number | undefined;
  anchors: NameAnchor[];
  /** Sits in a list of same-shaped siblings (or has the shape of one found elsewhere on the page). */
  inRepeatedList: boolean;
  /** How the tile was recognised: a repeated list, a profile tile hint, or only the block around a lone name. */
  structure: TileStructure;
  /** The list container, for tiles in a repeated list (tiles of one list share a template). */
  list: Element | undefined;
}

export type TileStructure = 'list' | 'hint' | 'loose';

export interface TileSearch {
  /** Tiles in list order where a list was found, then in discovery order. */
  tiles: TileCandidate[];
  warnings: DetectionWarning[];
}

// Anchors inside these are a filter drop-down, a tab strip or a tooltip naming integrations, not tiles.
const NON_TILE_ROLES = new Set(['option', 'listbox', 'menu', 'menubar', 'menuitem', 'menuitemradio', 'menuitemcheckbox', 'combobox', 'tab', 'tablist', 'tooltip']);
const NON_TILE_TAGS = new Set(['select', 'option', 'optgroup', 'datalist', 'nav']);
// Text-level elements are never the tile itself when we have to guess.
const TEXT_LEVEL_TAGS = new Set([
  'span', 'strong', 'b', 'em', 'i', 'small', 'label', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'img', 'svg', 'abbr',
  'code', 'font', 'u', 's', 'sub', 'sup', 'mark', 'picture', 'figure', 'figcaption', 'br', 'use', 'path',
]);
const MAX_DEPTH = 256;
const ROLE_CHECK_DEPTH = 6;
const MAX_CLUSTERS_PER_CONTAINER = 4;
const MAX_SIBLINGS_COMPARED = 60;

interface Mark {
  integration: number;
  multi: boolean;
}

interface Cluster {
  container: Element;
  shape: TileShape;
  members: Element[];
}

/** Group visible anchors into tiles. `root` bounds the climb. Never throws (callers wrap it anyway). */
export function findTiles(anchorsIn: readonly NameAnchor[], root: SearchRoot, dom: SafeDom, compiled: CompiledProfile): TileSearch {
  const warnings: DetectionWarning[] = [];
  const { maxTiles } = compiled.profile.limits;
  const rootType = dom.nodeType(root);
  const rootElement = rootType === ELEMENT_NODE ? (root as Element) : undefined;
  // A shadow root's host is outside the search: climbing stops below it. (A ShadowRoot's `host` cannot be clobbered.)
  const rootHost = rootType === DOCUMENT_FRAGMENT_NODE ? ((root as ShadowRoot).host ?? undefined) : undefined;
  const climb = (el: Element): Element | undefined => {
    if (el === rootElement) return undefined;
    const parent = dom.parentOf(el);
    return parent === rootHost ? undefined : parent;
  };

  const anchors = anchorsIn.filter((a) => isTileAnchor(a, dom, climb));

  // 1. Mark ancestors with the integration they hold, or "several".
  const marks = new Map<Element, Mark>();
  for (const anchor of anchors) {
    let el: Element | undefined = anchor.element;
    for (let depth = 0; el && depth < MAX_DEPTH; depth++) {
      const mark = marks.get(el);
      if (!mark) marks.set(el, { integration: anchor.integration, multi: false });
      else if (mark.multi || mark.integration === anchor.integration) break;
      else mark.multi = true;
      el = climb(el);
    }
  }

  // 2. Each anchor's top: the highest ancestor holding only its integration.
  const topOf = new Map<NameAnchor, Element>();
  const topsByContainer = new Map<Element, Element[]>();
  const seenTops = new Set<Element>();
  for (const anchor of anchors) {
    let top = anchor.element;
    for (let depth = 0; depth < MAX_DEPTH; depth++) {
      const parent = climb(top);
      if (!parent || marks.get(parent)?.multi) break;
      top = parent;
    }
    topOf.set(anchor, top);
    const container = climb(top);
    if (container && !seenTops.has(top)) {
      seenTops.add(top);
      const list = topsByContainer.get(container) ?? [];
      list.push(top);
      topsByContainer.set(container, list);
    }
  }

  // 3. Tops that repeat in their container are tiles; their shapes describe "a tile" on this page.
  const shapeCache = new Map<Element, TileShape>();
  const classCache: ShapeClassCache = new Map();
  const shape = (el: Element): TileShape => {
    let s = shapeCache.get(el);
    if (!s) shapeCache.set(el, (s = shapeOf(el, dom, compiled, classCache)));
    return s;
  };
  const clusters: Cluster[] = [];
  const repeatedTops = new Set<Element>();
  for (const [container, tops] of topsByContainer) {
    if (tops.length < 2) continue;
    const local: Cluster[] = [];
    for (const top of tops) {
      const own = shape(top);
      const home = local.find((c) => similarShapes(c.shape, own));
      if (home) home.members.push(top);
      else if (local.length < MAX_CLUSTERS_PER_CONTAINER) local.push({ container, shape: own, members: [top] });
    }
    for (const cluster of local) {
      if (cluster.members.length < 2) continue;
      // A row of bare names (tag cloud, filter chips, nav) is not a list of tiles: a tile shows more than its name.
      if (cluster.members.every((member) => holdsOnlyTheName(member, dom, compiled))) continue;
      clusters.push(cluster);
      for (const member of cluster.members) repeatedTops.add(member);
    }
  }
  const knownShapes = clusters.map((c) => c.shape);

  // 4. Choose each anchor's tile.
  const tileByElement = new Map<Element, TileCandidate>();
  const order: TileCandidate[] = [];
  const extraClusters: Cluster[] = [];
  for (const anchor of anchors) {
    const top = topOf.get(anchor) as Element;
    let tile: Element;
    let structure: TileStructure;
    if (repeatedTops.has(top)) {
      tile = top;
      structure = 'list';
    } else {
      const chosen = chooseStandaloneTile(anchor.element, top, knownShapes, dom, compiled, shape, climb);
      tile = chosen.element;
      structure = chosen.structure;
      if (chosen.siblingCluster) extraClusters.push(chosen.siblingCluster);
    }
    let candidate = tileByElement.get(tile);
    if (!candidate) {
      const list = structure === 'list' ? climb(tile) : undefined;
      candidate = { element: tile, integration: anchor.integration, anchors: [], inRepeatedList: structure === 'list', structure, list };
      tileByElement.set(tile, candidate);
      order.push(candidate);
    }
    candidate.anchors.push(anchor);
  }

  // 5. A tile nested in another tile of the same integration is the same tile seen twice (logo vs title).
  const merged = mergeNested(order, tileByElement, climb);

  // 6. Same-shaped siblings without a known name are still integrations (names come from their headings later).
  const tiles: TileCandidate[] = [];
  const placed = new Set<TileCandidate>();
  for (const cluster of [...clusters, ...extraClusters]) {
    for (const child of dom.childElements(cluster.container, maxTiles + 1)) {
      const known = tileByElement.get(child);
      if (known) {
        if (merged.has(known) && !placed.has(known)) {
          placed.add(known);
          tiles.push(known);
        }
        continue;
      }
      if (marks.has(child)) continue;
      if (!sameListShape(cluster.shape, child, dom) && !similarShapes(cluster.shape, shape(child))) continue;
      if (dom.tagOf(child) === 'tr' && dom.queryAll(child, 'th,[role="columnheader"]', 1).length) continue; // header row
      // Rendering is checked when the tile is read (a hidden sibling yields no evidence and is dropped then).
      const unknown: TileCandidate = {
        element: child,
        integration: undefined,
        anchors: [],
        inRepeatedList: true,
        structure: 'list',
        list: cluster.container,
      };
      tileByElement.set(child, unknown);
      placed.add(unknown);
      tiles.push(unknown);
      if (tiles.length >= maxTiles) break;
    }
  }
  for (const tile of order) {
    if (merged.has(tile) && !placed.has(tile)) {
      placed.add(tile);
      tiles.push(tile);
    }
  }
  // A lone mention (a footer link "Stripe") is not a tile when the page has real tiles.
  if (tiles.some((t) => t.structure !== 'loose')) {
    const kept = tiles.filter((t) => t.structure !== 'loose');
    tiles.length = 0;
    tiles.push(...kept);
  }
  if (tiles.length > maxTiles) {
    warnings.push({ code: 'too-many-tiles', maxTiles });
    tiles.length = maxTiles;
  }
  return { tiles, warnings };
}

/** Rendered, and not inside a drop-down, tab strip, tooltip or nav that merely lists names. */
function isTileAnchor(anchor: NameAnchor, dom: SafeDom, climb: (el: Element) => Element | undefined): boolean {
  let el: Element | undefined = anchor.element;
  for (let depth = 0; el && depth < ROLE_CHECK_DEPTH; depth++) {
    if (NON_TILE_TAGS.has(dom.tagOf(el))) return false;
    const role = dom.attr(el, 'role');
    if (role && NON_TILE_ROLES.has(role.trim().toLowerCase())) return false;
    el = climb(el);
  }
  return dom.isRendered(anchor.element);
}

interface StandaloneChoice {
  element: Element;
  structure: TileStructure;
  siblingCluster?: Cluster;
}

/** A tile that does not repeat in its container: borrow a known tile shape, else hints and similar siblings. */
function chooseStandaloneTile(
  anchorElement: Element,
  top: Element,
  knownShapes: readonly TileShape[],
  dom: SafeDom,
  compiled: CompiledProfile,
  shape: (el: Element) => TileShape,
  climb: (el: Element) => Element | undefined,
): StandaloneChoice {
  const path: Element[] = [];
  for (let el: Element | undefined = anchorElement; el && path.length < MAX_DEPTH; el = climb(el)) {
    path.push(el);
    if (el === top) break;
  }
  const blockish = (el: Element): boolean => !TEXT_LEVEL_TAGS.has(dom.tagOf(el));

  // a. The shape of tiles found elsewhere on this page, looked for from the top down (outermost match wins).
  if (knownShapes.length) {
    for (let i = path.length - 1; i >= 0; i--) {
      const el = path[i] as Element;
      if (!blockish(el)) continue;
      const own = shape(el);
      if (knownShapes.some((s) => similarShapes(s, own))) return { element: el, structure: 'list' };
    }
  }
  // b. Bottom up: the first block with a same-shaped sibling, or one matching a profile tile hint. A block holding
  //    nothing but the name (`integration-card__title`, a bare `<section>Stripe</section>`) is a title or a mention,
  //    not a tile: keep climbing.
  for (const el of path) {
    if (!blockish(el) || holdsOnlyTheName(el, dom, compiled)) continue;
    const parent = climb(el);
    if (parent) {
      const own = shape(el);
      const siblings = dom.childElements(parent, MAX_SIBLINGS_COMPARED);
      if (siblings.some((s) => s !== el && similarShapes(own, shape(s)))) {
        return { element: el, structure: 'list', siblingCluster: { container: parent, shape: own, members: [el] } };
      }
    }
    if (dom.matchesAny(el, compiled.profile.tileSelectorHints)) return { element: el, structure: 'hint' };
  }
  // c. Nothing tile-like: the nearest block around the name.
  return { element: path.find(blockish) ?? anchorElement, structure: 'loose' };
}

/** A title wrapper: its text is just the name and its children are that text and a logo, nothing that could be a
 *  status indicator (an empty element, an icon). */
function holdsOnlyTheName(el: Element, dom: SafeDom, compiled: CompiledProfile): boolean {
  const text = dom.boundedText(el, compiled.profile.limits.maxNameTextLength + 1, 40);
  if (integrationNamedBy(text, compiled) === undefined) return false;
  const children = dom.childElements(el, 4);
  if (children.length > 3) return false;
  return children.every((child) => {
    const tag = dom.tagOf(child);
    return tag === 'img' || (!INDICATOR_TAGS.has(tag) && dom.textContent(child, 2).trim() !== '');
  });
}

/** Children that may be a status indicator even when they carry text (an SVG's <title>). */
const INDICATOR_TAGS = new Set(['svg', 'i', 'canvas']);

/** Drop tiles that sit inside another tile of the same integration, moving their anchors to the outer one. */
function mergeNested(
  tiles: readonly TileCandidate[],
  byElement: Map<Element, TileCandidate>,
  climb: (el: Element) => Element | undefined,
): Set<TileCandidate> {
  const kept = new Set(tiles);
  for (const tile of tiles) {
    let el = climb(tile.element);
    for (let depth = 0; el && depth < 24; depth++, el = climb(el)) {
      const outer = byElement.get(el);
      if (outer && kept.has(outer) && outer.integration === tile.integration) {
        outer.anchors.push(...tile.anchors);
        outer.inRepeatedList ||= tile.inRepeatedList;
        if (tile.structure === 'list' || (tile.structure === 'hint' && outer.structure === 'loose')) outer.structure = tile.structure;
        outer.list ??= tile.list;
        kept.delete(tile);
        byElement.set(tile.element, outer);
        break;
      }
    }
  }
  return kept;
}
