/**
 * Weighing a tile's evidence into one status. Agreement raises confidence, conflict lowers it, and a close call
 * is 'unknown': a wrong "needs attention" (or a wrong "connected") sends the agent down the wrong path, 'unknown' asks
 * them to look.
 */
import type { EvidenceStatus, IntegrationStatus } from './compiled-profile.ts';
import type { SiteProfile } from './site-profile.ts';

export type EvidenceKind = 'colour' | 'class' | 'text' | 'aria' | 'icon' | 'banner';

/** One observation about a tile. `detail` quotes page text as data (clipped), never markup. */
export interface Evidence {
  kind: EvidenceKind;
  detail: string;
  points: EvidenceStatus;
  weight: number;
}

export interface StatusDecision {
  status: IntegrationStatus;
  /** 0–1: share of the evidence that agrees, scaled down while the total is still small. */
  confidence: number;
  /** A sentence for the agent: what decided it, or why nothing could. */
  decidedBy: string;
}

const STATUSES: readonly EvidenceStatus[] = ['needs-attention', 'connected', 'not-configured'];

/**
 * Decide a status. Each kind adds at most `perKindCap` to a status. Banner evidence only counts where `bannerMayDecide`
 * (the Stripe tile) or where other evidence already points the same way.
 */
export function decideStatus(evidence: readonly Evidence[], profile: SiteProfile, bannerMayDecide: boolean): StatusDecision {
  const { perKindCap } = profile.weights;
  const { minScore, dominanceRatio, fullConfidenceScore } = profile.decision;
  const perKind = new Map<string, number>();
  for (const e of evidence) {
    if (!(e.weight > 0)) continue;
    const key = `${e.kind}|${e.points}`;
    perKind.set(key, Math.min(perKindCap, (perKind.get(key) ?? 0) + e.weight));
  }
  const score = new Map<EvidenceStatus, number>();
  for (const status of STATUSES) {
    let total = 0;
    let nonBanner = 0;
    for (const [key, value] of perKind) {
      if (!key.endsWith(`|${status}`)) continue;
      if (key.startsWith('banner|')) continue;
      nonBanner += value;
    }
    total = nonBanner;
    const banner = perKind.get(`banner|${status}`) ?? 0;
    if (banner > 0 && (bannerMayDecide || nonBanner > 0)) total += banner;
    score.set(status, total);
  }
  const ranked = [...STATUSES].sort((a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0));
  const leader = ranked[0] as EvidenceStatus;
  const runnerUp = ranked[1] as EvidenceStatus;
  const top = score.get(leader) ?? 0;
  const second = score.get(runnerUp) ?? 0;
  const total = STATUSES.reduce((sum, s) => sum + (score.get(s) ?? 0), 0);

  if (top < minScore) {
    return {
      status: 'unknown',
      confidence: 0,
      decidedBy: top > 0 ? `too little evidence: ${describeStrongest(evidence, leader)} alone is not enough` : 'no status indicator found on the tile',
    };
  }
  if (second > 0 && top < second * dominanceRatio) {
    return {
      status: 'unknown',
      confidence: 0,
      decidedBy: `conflicting evidence: ${leader} (${describeStrongest(evidence, leader)}) vs ${runnerUp} (${describeStrongest(evidence, runnerUp)})`,
    };
  }
  const agreement = total > 0 ? top / total : 0;
  const strength = Math.min(1, top / fullConfidenceScore);
  const confidence = Math.round(agreement * strength * 100) / 100;
  const also = evidence.filter((e) => e.points === leader).length - 1;
  const decidedBy = `${describeStrongest(evidence, leader)}${also > 0 ? ` (+${also} more agreeing)` : ''}${second > 0 ? `; outweighs ${runnerUp} (${describeStrongest(evidence, runnerUp)})` : ''}`;
  return { status: leader, confidence, decidedBy };
}

// On equal weight, name what a person sees first: the coloured indicator, then its label, then the rest.
const KIND_ORDER: Readonly<Record<EvidenceKind, number>> = { colour: 0, aria: 1, icon: 2, text: 3, class: 4, banner: 5 };

function describeStrongest(evidence: readonly Evidence[], status: EvidenceStatus): string {
  let best: Evidence | undefined;
  for (const e of evidence) {
    if (e.points !== status) continue;
    if (!best || e.weight > best.weight || (e.weight === best.weight && KIND_ORDER[e.kind] < KIND_ORDER[best.kind])) best = e;
  }
  return best ? best.detail : 'nothing';
}
