/**
 * Reading every tile's status, in order. The Stripe tile and short lists are read in full; the other tiles of a long
 * list go through a template learned from a few samples (tile-template.ts), with a full read whenever a tile does not
 * fit or its quick read is not a clear connected / not configured.
 */
import { integrationNamedBy, type CompiledProfile } from './compiled-profile.ts';
import { decideStatus, type Evidence, type StatusDecision } from './decide-status.ts';
import type { PageBanner } from './find-notices.ts';
import type { TileCandidate } from './find-tiles.ts';
import type { DetectedIntegration } from './integrations-report.ts';
import { readPlannedLabels, readTileEvidence } from './read-tile-evidence.ts';
import type { EvidenceCache, RecordedSources, TileReading } from './tile-evidence-context.ts';
import type { SafeDom } from '../dom/safe-dom.ts';
import { clipText } from '../dom/text.ts';
import { instantiateTemplate, learnTemplate } from './tile-template.ts';

/** Lists at least this long are read through a learned template (see tile-template.ts). */
const TEMPLATE_MIN_LIST = 24;
/** Tiles of unknown name read in full per long list, to learn its template from. */
const TEMPLATE_SAMPLES = 6;
const MAX_QUICK_SIGNATURES = 5_000;

/**
 * Read every tile, in order. The Stripe tile and short lists are read in full; the other tiles of a long list (known
 * names too: a calm PayPal tile reads like its neighbours) go through a template learned from its samples, falling
 * back to a full read whenever the tile does not fit or the quick read is not a clear connected / not-configured.
 */
export function readAllTiles(
  tiles: readonly TileCandidate[],
  banner: PageBanner | undefined,
  dom: SafeDom,
  compiled: CompiledProfile,
  cache: EvidenceCache,
): (DetectedIntegration | undefined)[] {
  const results: (DetectedIntegration | undefined)[] = new Array<DetectedIntegration | undefined>(tiles.length);
  const done: boolean[] = new Array<boolean>(tiles.length).fill(false);
  const full = (i: number, record: boolean): TileReading | undefined => {
    const tile = tiles[i] as TileCandidate;
    done[i] = true;
    // Tiles found by a name were checked through their (rendered) name; siblings found by shape are checked here.
    if (tile.anchors.length === 0 && !dom.isRendered(tile.element)) return undefined;
    const reading = readTileEvidence(tile.element, dom, compiled, cache, { alwaysReadColour: isStripeTile(tile, compiled), record });
    results[i] = toDetected(tile, reading, banner, dom, compiled);
    return reading;
  };

  for (const members of templatedLists(tiles)) {
    const samples: { tile: Element; recorded: RecordedSources }[] = [];
    let unknownSampled = 0;
    for (const i of members) {
      const tile = tiles[i] as TileCandidate;
      // Samples are unknown-name tiles: a known name is not read as a heading, so it would teach no heading position.
      const sample = isStripeTile(tile, compiled) || (tile.integration === undefined && unknownSampled++ < TEMPLATE_SAMPLES);
      if (!sample) continue;
      const reading = full(i, true);
      const result = results[i];
      if (reading?.recorded && result && result.status !== 'unknown' && tile.integration === undefined) samples.push({ tile: tile.element, recorded: reading.recorded });
    }
    const template = learnTemplate(samples, dom);
    if (!template) continue;
    // Tiles whose planned elements carry identical attributes and texts read the same: the first is read (with
    // computed colour and visibility), the rest reuse its evidence. Only names and categories differ per tile.
    const quick = new Map<string, QuickRead>();
    // A planned text enters the signature as is only when it may say something ("Not set up"); dates and other
    // chatter ("Added Jan 5") all read as one.
    const textKey = (text: string): string => (mayTellStatus(text, compiled) ? text : '\u2205');
    for (const i of members) {
      if (done[i]) continue;
      const tile = tiles[i] as TileCandidate;
      const plan = instantiateTemplate(template, tile.element, dom, compiled.statusDataAttributes, textKey);
      if (!plan) continue;
      const known = quick.get(plan.signature);
      const reading: TileReading = known
        ? { evidence: known.evidence, ...readPlannedLabels(plan, dom, compiled) }
        : readTileEvidence(tile.element, dom, compiled, cache, { alwaysReadColour: false, sites: plan });
      const result = toDetected(tile, reading, banner, dom, compiled, known?.decision);
      // Only a clear, calm answer is taken from the quick read; anything else gets the full read below.
      if (result && (result.status === 'connected' || result.status === 'not-configured')) {
        results[i] = result;
        done[i] = true;
        // Shared only as read from the tile: a decision that weighed a banner naming this integration is its own.
        if (!known && result.evidence === reading.evidence && quick.size < MAX_QUICK_SIGNATURES) {
          quick.set(plan.signature, { evidence: reading.evidence, decision: result });
        }
      }
    }
  }
  tiles.forEach((_, i) => {
    if (!done[i]) full(i, false);
  });
  return results;
}

/**
 * The tiles of lists long enough to be read through a template. The page scan need not look for shadow roots inside
 * them: the samples and every tile that does not fit are read in full, and a full read walks the tile's shadow roots.
 */
export function tilesReadByTemplate(tiles: readonly TileCandidate[]): Set<Element> {
  const out = new Set<Element>();
  for (const members of templatedLists(tiles)) for (const i of members) out.add((tiles[i] as TileCandidate).element);
  return out;
}

/** The lists long enough for a template, each as the indexes of its tiles in `tiles`. */
function templatedLists(tiles: readonly TileCandidate[]): number[][] {
  const lists = new Map<Element, number[]>();
  tiles.forEach((tile, i) => {
    if (!tile.list) return;
    const members = lists.get(tile.list) ?? [];
    members.push(i);
    lists.set(tile.list, members);
  });
  return [...lists.values()].filter((members) => members.length >= TEMPLATE_MIN_LIST);
}

function isStripeTile(tile: TileCandidate, compiled: CompiledProfile): boolean {
  return tile.integration !== undefined && tile.integration === compiled.stripeIndex;
}

/** Evidence and decision shared by the tiles of one signature (unknown names: no banner evidence to add). */
interface QuickRead {
  evidence: Evidence[];
  decision: StatusDecision;
}

function mayTellStatus(text: string, compiled: CompiledProfile): boolean {
  return compiled.statusWordPrefilter.test(text) || compiled.statusSymbols.some(({ symbol }) => symbol !== '' && text.includes(symbol));
}

function toDetected(
  tile: TileCandidate,
  reading: TileReading,
  banner: PageBanner | undefined,
  dom: SafeDom,
  compiled: CompiledProfile,
  sharedDecision?: StatusDecision,
): DetectedIntegration | undefined {
  const { profile } = compiled;
  const isStripe = isStripeTile(tile, compiled);
  const known = tile.integration === undefined ? undefined : profile.integrations[tile.integration];
  const shownName = bestAnchorText(tile, dom, compiled) ?? reading.headingText;
  if (!shownName) return undefined; // an unnamed sibling is not an integration we can talk about
  const name = clipText(shownName, profile.limits.maxNameTextLength);
  if (!name) return undefined;

  let evidence = reading.evidence;
  if (banner && tile.integration !== undefined && known && bannerNames(banner, tile.integration, isStripe, compiled)) {
    evidence = [...evidence];
    evidence.push({
      kind: 'banner',
      points: 'needs-attention',
      weight: profile.weights.banner,
      detail: { code: 'banner', integration: clipText(known.name, 80), text: clipText(banner.text, 80) },
    });
  }
  const decision = sharedDecision && evidence === reading.evidence ? sharedDecision : decideStatus(evidence, profile, isStripe, tile.structure === 'loose');
  return {
    name,
    integration: known?.name,
    category: reading.category,
    status: decision.status,
    ...(decision.unknownWhy ? { unknownWhy: decision.unknownWhy } : {}),
    confidence: decision.confidence,
    evidence,
    decidedBy: decision.decidedBy,
    isStripe,
    inRepeatedList: tile.inRepeatedList,
    element: tile.element,
  };
}

/**
 * The name as the tile shows it: visible text first, then labels. A short title element is read whole so a nickname
 * next to the name stays ("Stripe · Courses checkout" tells two Stripe tiles apart).
 */
function bestAnchorText(tile: TileCandidate, dom: SafeDom, compiled: CompiledProfile): string | undefined {
  const maxLength = compiled.profile.limits.maxNameTextLength;
  const order = ['text', 'aria-label', 'title', 'alt'] as const;
  for (const source of order) {
    const anchor = tile.anchors.find((a) => a.source === source);
    if (!anchor) continue;
    if (source === 'text' && anchor.element !== tile.element && dom.childElementCount(anchor.element) <= 3) {
      const whole = dom.boundedText(anchor.element, maxLength + 1, 20).replace(/\s+/g, ' ').trim();
      // Only when the whole still reads as a name (+ label), so a status badge inside the title is not taken along.
      if (whole && whole.length <= maxLength && integrationNamedBy(whole, compiled) === anchor.integration) return whole;
    }
    return anchor.text;
  }
  return undefined;
}

function bannerNames(banner: PageBanner, integration: number, isStripe: boolean, compiled: CompiledProfile): boolean {
  if (isStripe) return banner.mentionsStripe;
  return compiled.integrationMentions[integration]?.test(banner.text) === true;
}

