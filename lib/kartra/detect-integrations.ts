/**
 * Reads Kartra's Integrations page: every integration tile, its status and why, the Stripe tile, the alert banner
 * and any outcome notice. Works from behaviour, text, ARIA and computed colour, with all tunables in the site profile.
 *
 * Cost: one text-only walk of the page and one element walk for shadow roots that skips the tiles of long lists
 * (scan-page.ts), a linear grouping of the anchors found (findTiles), and a bounded read per tile (read-tiles.ts,
 * with list templates). See test/unit/kartra/detect-integrations.cost.test.ts.
 */
import { compileProfile } from './compiled-profile.ts';
import { findBanner, findOutcome } from './find-notices.ts';
import { findTiles } from './find-tiles.ts';
import type { DetectedIntegration, DetectOptions, IntegrationsReport, StripeTileFinding } from './integrations-report.ts';
import { createEvidenceCache } from './tile-evidence-context.ts';
import { readAllTiles, tilesReadByTemplate } from './read-tiles.ts';
import { createSafeDom, type SearchRoot } from '../dom/safe-dom.ts';
import { scanLightTree, scanShadowRoots } from './scan-page.ts';
import type { SiteProfile } from './site-profile.ts';
import { clipText } from '../dom/text.ts';

export type { Evidence, EvidenceKind, UnknownWhy } from './decide-status.ts';
export type { EvidenceStatus, IntegrationStatus, KartraOutcome } from './compiled-profile.ts';
export type { PageBanner } from './find-notices.ts';
export type { DetectedIntegration, DetectionWarning, DetectOptions, IntegrationsReport, StripeTileFinding } from './integrations-report.ts';

/** Read the integrations under `root` (document, open shadow root or element). Never throws. */
export function detectIntegrations(root: SearchRoot, profile: SiteProfile, options: DetectOptions = {}): IntegrationsReport {
  const now = options.now ?? defaultClock();
  const started = now();
  const report: IntegrationsReport = { integrations: [], needsAttentionCount: 0, warnings: [], nodeCount: 0, durationMs: 0 };
  try {
    const compiled = options.compiled?.profile === profile ? options.compiled : compileProfile(profile);
    const dom = createSafeDom(root);
    const scan = scanLightTree(root, dom, compiled);
    let found = findTiles(scan.anchors, root, dom, compiled);
    // Shadow roots inside a long list's tiles are the tile reader's to find; names in any other shadow root may add
    // or reshape tiles, so the tiles are found again when there is one.
    if (scanShadowRoots(scan, dom, compiled, tilesReadByTemplate(found.tiles))) found = findTiles(scan.anchors, root, dom, compiled);
    report.nodeCount = scan.nodeCount;
    if (scan.truncated) report.warnings.push({ code: 'page-truncated', maxNodes: profile.limits.maxNodes });

    const { tiles, warnings } = found;
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
      if (stripe.ambiguous) {
        report.warnings.push({
          code: 'several-stripe-tiles',
          count: stripe.tiles.length,
          ...(stripe.needsAttention ? { needsAttention: stripe.needsAttention.name } : {}),
        });
      }
    }

    const outcome = findOutcome(scan, dom, compiled);
    if (outcome.kind === 'found') {
      report.outcome = outcome.notice.outcome;
      report.outcomeText = outcome.notice.text;
    } else if (outcome.kind === 'conflict') {
      report.warnings.push({ code: 'several-outcomes', outcomes: [...outcome.outcomes] });
    }
  } catch (error) {
    report.warnings.push({ code: 'failed', error: clipText(errorText(error), 200) });
  }
  report.durationMs = Math.max(0, now() - started);
  return report;
}

/** Exactly one Stripe tile in a real list wins over lone mentions; otherwise several Stripe tiles are ambiguous. */
function pickStripe(integrations: readonly DetectedIntegration[]): StripeTileFinding | undefined {
  const all = integrations.filter((i) => i.isStripe);
  if (all.length === 0) return undefined;
  if (all.length === 1) return { ambiguous: false, tile: all[0] as DetectedIntegration };
  const listed = all.filter((i) => i.inRepeatedList);
  if (listed.length === 1) return { ambiguous: false, tile: listed[0] as DetectedIntegration };
  const tiles = listed.length > 1 ? listed : all;
  const red = tiles.filter((i) => i.status === 'needs-attention');
  return red.length === 1 ? { ambiguous: true, tiles, needsAttention: red[0] as DetectedIntegration } : { ambiguous: true, tiles };
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
    return '';
  }
}
