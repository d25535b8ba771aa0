/**
 * What one tile says about its status, composed from one reader per kind of evidence: attributes (class tokens,
 * labels and tooltips, data-status, icon references, action words; read-element-evidence.ts), texts (words, icon
 * glyphs, SVG titles, symbols; read-text-evidence.ts) and colours (text, background/border, SVG fill/stroke,
 * generated content; read-colour-evidence.ts).
 *
 * Cost control (a page may hold 5,000 tiles): the walk is bounded (limits.maxNodesPerTile); only attributes that are
 * present are read; class strings and texts are analysed once per detection; and getComputedStyle runs on at most
 * limits.maxColourProbesPerTile small candidates, and only when the colour can still matter: always for Stripe,
 * otherwise when the labels and words have not already decided the tile.
 */
import type { CompiledProfile } from './compiled-profile.ts';
import { ELEMENT_NODE, nextOutside, SHOW_ELEMENT, SHOW_TEXT, TEXT_NODE, type SafeDom } from '../dom/safe-dom.ts';
import { clipText } from '../dom/text.ts';
import { readColourEvidence } from './read-colour-evidence.ts';
import { readElementEvidence } from './read-element-evidence.ts';
import { MAX_STATUS_TEXT, readTextEvidence } from './read-text-evidence.ts';
import {
  categoryOf,
  decidedWithoutColour,
  startTileRead,
  type EvidenceCache,
  type ReadTileOptions,
  type SitePlanInstance,
  type TileRead,
  type TileReading,
} from './tile-evidence-context.ts';

/** Read a tile's evidence, category and (for unknown names) heading: walk, then colours if they can still matter. */
export function readTileEvidence(tile: Element, dom: SafeDom, compiled: CompiledProfile, cache: EvidenceCache, options: ReadTileOptions): TileReading {
  const read = startTileRead(tile, dom, compiled, cache, options.record === true);
  if (options.sites) return readPlannedSites(read, options.sites, options);
  walkTile(read);
  if (options.alwaysReadColour || !decidedWithoutColour(read)) readColourEvidence(read);
  const { recorded } = read;
  if (recorded && !read.headingText) recorded.heading = read.firstTextSource;
  return { evidence: read.evidence, category: read.category, headingText: read.headingText ?? read.firstText, ...(recorded ? { recorded } : {}) };
}

/** Every element and text of the tile and its open shadow roots, within the node budget; action subtrees skipped. */
function walkTile(read: TileRead): void {
  const { dom, roots } = read;
  let budget = read.compiled.profile.limits.maxNodesPerTile;
  readElementEvidence(read, read.tile, 'tile', true);
  for (let r = 0; r < roots.length && budget > 0; r++) {
    const walker = dom.walker(roots[r] as Node, SHOW_ELEMENT | SHOW_TEXT);
    if (!walker) continue;
    let node = walker.nextNode();
    while (node && budget-- > 0) {
      const type = dom.nodeType(node);
      if (type === TEXT_NODE) {
        readTextNode(read, node as Text);
      } else if (type === ELEMENT_NODE) {
        const el = node as Element;
        if (readElementEvidence(read, el, dom.tagOf(el), false)) {
          node = nextOutside(walker);
          continue;
        }
      }
      node = walker.nextNode();
    }
  }
}

function readTextNode(read: TileRead, node: Text): void {
  const data = node.data;
  if (typeof data !== 'string') return;
  const parent = read.dom.parentOf(node);
  // A long text is read as far as a heading needs (it names the tile, clipped); a status is never that long.
  readTextEvidence(read, data.length > MAX_STATUS_TEXT * 4 ? data.slice(0, MAX_STATUS_TEXT * 4 + 1) : data, parent, parent ? read.dom.tagOf(parent) : '');
}

/** Template mode: read the planned elements only (attributes, own text, colour where the samples needed it). */
function readPlannedSites(read: TileRead, plan: SitePlanInstance, options: ReadTileOptions): TileReading {
  const { dom } = read;
  for (const site of plan.sites) {
    const tag = dom.tagOf(site.element);
    readElementEvidence(read, site.element, tag, false);
    if (site.text) {
      readTextEvidence(read, dom.textContent(site.element, MAX_STATUS_TEXT * 4 + 1), site.element, tag);
    }
    if (site.colour && !read.probes.some((p) => p.element === site.element)) {
      read.probes.push({ element: site.element, tag, priority: 2, label: undefined, hasText: site.text });
    }
  }
  const colourPlanned = plan.sites.some((site) => site.colour);
  if (colourPlanned && (options.alwaysReadColour || !decidedWithoutColour(read))) readColourEvidence(read);
  return { evidence: read.evidence, ...readPlannedLabels(plan, dom, read.compiled) };
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
