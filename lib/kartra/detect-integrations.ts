/**
 * Reads Kartra's Integrations page: every integration tile, its status and why, the Stripe tile, the alert banner
 * and any outcome notice. Works from behaviour, text, ARIA and computed colour, with all tunables in the site profile.
 *
 * Cost: one linear walk of the page (scanPage), a linear grouping of the anchors it found (findTiles), and a
 * bounded read per tile (readTileEvidence). See test/unit/kartra/detect-integrations-cost.test.ts.
 */
import { compileProfile, integrationNamedBy, type CompiledProfile, type IntegrationStatus, type KartraOutcome } from './compiled-profile.ts';
import { decideStatus, type Evidence } from './decide-status.ts';
import { findBanner, findOutcome, type PageBanner } from './find-notices.ts';
import { findTiles, type TileCandidate } from './find-tiles.ts';
import { createEvidenceCache, readTileEvidence, type EvidenceCache, type RecordedSources, type TileReading } from './read-tile-evidence.ts';
import { instantiateTemplate, learnTemplate } from './tile-template.ts';
import { createSafeDom, type SafeDom, type SearchRoot } from './safe-dom.ts';
import { scanPage } from './scan-page.ts';
import type { SiteProfile } from './site-profile.ts';
import { clipText, flexiblePhraseSource } from './text-match.ts';

export type { Evidence, EvidenceKind } from './decide-status.ts';
export type { EvidenceStatus, IntegrationStatus, KartraOutcome } from './compiled-profile.ts';
export type { PageBanner } from './find-notices.ts';

/** One integration tile as read from the page. `element` is a live reference: strip it (toSerializable) to message. */
export interface DetectedIntegration {
  /** As shown on the tile ("Stripe", "Stripe (legacy)"), clipped, plain text. */
  name: string;
  /** The profile's name for a known integration; undefined for a tile found only by its place in the list. */
  integration: string | undefined;
  /** Category as shown on the tile, if shown. */
  category: string | undefined;
  status: IntegrationStatus;
  confidence: number;
  evidence: Evidence[];
  /** A sentence: what decided the status, or why it is unknown. */
  decidedBy: string;
  isStripe: boolean;
  /** The tile sits among same-shaped siblings (a real list), rather than being a lone mention. */
  inRepeatedList: boolean;
  element: Element;
}

/** The Stripe tile: exactly one, or several (ambiguous; the agent must choose). */
export type StripeTileFinding = { ambiguous: false; tile: DetectedIntegration } | { ambiguous: true; tiles: DetectedIntegration[] };

export interface IntegrationsReport {
  integrations: DetectedIntegration[];
  needsAttentionCount: number;
  stripe?: StripeTileFinding;
  banner?: PageBanner;
  /** Kartra's outcome notice, when exactly one kind is visible. */
  outcome?: KartraOutcome;
  outcomeText?: string;
  /** Things the agent or a bug report should know: truncation, ambiguity, conflicting notices, failures. */
  warnings: string[];
  nodeCount: number;
  durationMs: number;
}

export interface DetectOptions {
  /** Clock for durationMs (tests inject one). Defaults to performance.now. */
  now?: () => number;
  /** A profile already compiled with compileProfile, to skip recompiling on every mutation. */
  compiled?: CompiledProfile;
}

/** Read the integrations under `root` (document, open shadow root or element). Never throws. */
export function detectIntegrations(root: SearchRoot, profile: SiteProfile, options: DetectOptions = {}): IntegrationsReport {
  const now = options.now ?? defaultClock();
  const started = now();
  const report: IntegrationsReport = { integrations: [], needsAttentionCount: 0, warnings: [], nodeCount: 0, durationMs: 0 };
  try {
    const compiled = options.compiled?.profile === profile ? options.compiled : compileProfile(profile);
    const dom = createSafeDom(root);
    const scan = scanPage(root, dom, compiled);
    report.nodeCount = scan.nodeCount;
    if (scan.truncated) report.warnings.push(`page larger than ${profile.limits.maxNodes} nodes; only the first part was read`);

    const { tiles, warnings } = findTiles(scan.anchors, root, dom, compiled);
    report.warnings.push(...warnings);
    const tileElements = new Set(tiles.map((t) => t.element));
    const insideTile = (el: Element): boolean => {
      let node: Element | undefined = el;
      for (let depth = 0; node && depth < 128; depth++, node = dom.parentOf(node)) if (tileElements.has(node)) return true;
      return false;
    };

    const banner = findBanner(scan, insideTile, dom, compiled);
    if (banner) report.banner = banner;

    const cache = createEvidenceCache();
    for (const detected of readAllTiles(tiles, banner, dom, compiled, cache)) if (detected) report.integrations.push(detected);
    report.needsAttentionCount = report.integrations.filter((i) => i.status === 'needs-attention').length;

    const stripe = pickStripe(report.integrations);
    if (stripe) {
      report.stripe = stripe;
      if (stripe.ambiguous) report.warnings.push(`${stripe.tiles.length} Stripe tiles found; cannot tell which one is meant`);
    }

    const outcome = findOutcome(scan, dom, compiled);
    if (outcome.kind === 'found') {
      report.outcome = outcome.notice.outcome;
      report.outcomeText = outcome.notice.text;
    } else if (outcome.kind === 'conflict') {
      report.warnings.push(`several outcome notices visible at once (${outcome.outcomes.join(', ')}); none reported`);
    }
  } catch (error) {
    report.warnings.push(`kartra/detect-integrations failed: ${clipText(errorText(error), 200)}`);
  }
  report.durationMs = Math.max(0, now() - started);
  return report;
}

/** Lists at least this long are read through a learned template (see tile-template.ts). */
const TEMPLATE_MIN_LIST = 24;
/** Tiles of unknown name read in full per long list, to learn its template from. */
const TEMPLATE_SAMPLES = 6;

/**
 * Read every tile, in order. Known integrations (Stripe above all) and short lists are read in full; the unknown-name
 * tiles of a long list are read through a template learned from its samples, falling back to a full read whenever the
 * tile does not fit or the quick read is not a clear connected / not-configured.
 */
function readAllTiles(
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

  const lists = new Map<Element, number[]>();
  tiles.forEach((tile, i) => {
    if (!tile.list) return;
    const members = lists.get(tile.list) ?? [];
    members.push(i);
    lists.set(tile.list, members);
  });
  for (const members of lists.values()) {
    if (members.length < TEMPLATE_MIN_LIST) continue;
    const samples: { tile: Element; recorded: RecordedSources }[] = [];
    let unknownSampled = 0;
    for (const i of members) {
      const tile = tiles[i] as TileCandidate;
      const sample = tile.integration !== undefined || unknownSampled++ < TEMPLATE_SAMPLES;
      if (!sample) continue;
      const reading = full(i, true);
      const result = results[i];
      if (reading?.recorded && result && result.status !== 'unknown' && tile.integration === undefined) samples.push({ tile: tile.element, recorded: reading.recorded });
    }
    const template = learnTemplate(samples, dom);
    if (!template) continue;
    for (const i of members) {
      if (done[i]) continue;
      const tile = tiles[i] as TileCandidate;
      const plan = instantiateTemplate(template, tile.element, dom);
      if (!plan) continue;
      const reading = readTileEvidence(tile.element, dom, compiled, cache, { alwaysReadColour: false, sites: plan });
      const result = toDetected(tile, reading, banner, dom, compiled);
      // Only a clear, calm answer is taken from the quick read; anything else gets the full read below.
      if (result && (result.status === 'connected' || result.status === 'not-configured')) {
        results[i] = result;
        done[i] = true;
      }
    }
  }
  tiles.forEach((_, i) => {
    if (!done[i]) full(i, false);
  });
  return results;
}

function isStripeTile(tile: TileCandidate, compiled: CompiledProfile): boolean {
  return tile.integration !== undefined && tile.integration === compiled.stripeIndex;
}

function toDetected(
  tile: TileCandidate,
  reading: TileReading,
  banner: PageBanner | undefined,
  dom: SafeDom,
  compiled: CompiledProfile,
): DetectedIntegration | undefined {
  const { profile } = compiled;
  const isStripe = isStripeTile(tile, compiled);
  const known = tile.integration === undefined ? undefined : profile.integrations[tile.integration];
  const shownName = bestAnchorText(tile, dom, compiled) ?? reading.headingText;
  if (!shownName) return undefined; // an unnamed sibling is not an integration we can talk about
  const name = clipText(shownName, profile.limits.maxNameTextLength);
  if (!name) return undefined;

  const evidence = [...reading.evidence];
  if (banner && known && bannerNames(banner, known, isStripe)) {
    evidence.push({
      kind: 'banner',
      points: 'needs-attention',
      weight: profile.weights.banner,
      detail: `page banner names ${known.name}: '${clipText(banner.text, 80)}'`,
    });
  }
  const decision = decideStatus(evidence, profile, isStripe);
  return {
    name,
    integration: known?.name,
    category: reading.category,
    status: decision.status,
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

function bannerNames(banner: PageBanner, integration: SiteProfile['integrations'][number], isStripe: boolean): boolean {
  if (isStripe) return banner.mentionsStripe;
  const sources = [integration.name, ...integration.aliases].map(flexiblePhraseSource).filter(Boolean);
  if (!sources.length) return false;
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${sources.join('|')})(?:$|[^\\p{L}\\p{N}])`, 'iu').test(banner.text);
}

/** Exactly one Stripe tile in a real list wins over lone mentions; otherwise several Stripe tiles are ambiguous. */
function pickStripe(integrations: readonly DetectedIntegration[]): StripeTileFinding | undefined {
  const all = integrations.filter((i) => i.isStripe);
  if (all.length === 0) return undefined;
  if (all.length === 1) return { ambiguous: false, tile: all[0] as DetectedIntegration };
  const listed = all.filter((i) => i.inRepeatedList);
  if (listed.length === 1) return { ambiguous: false, tile: listed[0] as DetectedIntegration };
  return { ambiguous: true, tiles: listed.length > 1 ? listed : all };
}

function defaultClock(): () => number {
  const perf = globalThis.performance;
  if (perf && typeof perf.now === 'function') return () => perf.now();
  return () => Date.now();
}

function errorText(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}
