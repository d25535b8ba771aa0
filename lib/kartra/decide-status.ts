/**
 * Weighing a tile's evidence into one status. Agreement raises confidence, conflict lowers it, and a close call
 * is 'unknown': a wrong "needs attention" (or a wrong "connected") sends the agent down the wrong path, 'unknown' asks
 * them to look.
 */
import type { EvidenceStatus, IntegrationStatus } from './compiled-profile.ts';
import type { Decision, EvidenceDetail, StatusEvidence } from './evidence-detail.ts';
import type { SiteProfile } from './site-profile.ts';

export type EvidenceKind = 'colour' | 'class' | 'text' | 'aria' | 'icon' | 'banner';

/** One observation about a tile. `detail` quotes page text as data (clipped), never markup. */
export interface Evidence {
  kind: EvidenceKind;
  detail: EvidenceDetail;
  points: EvidenceStatus;
  weight: number;
}

/**
 * Why a tile's status could not be read, as a code (the popup words it): nothing on the tile said a status, what did
 * say one was too weak alone, or the evidence disagreed.
 */
export type UnknownWhy = 'no-evidence' | 'weak-evidence' | 'conflict';

export interface StatusDecision {
  status: IntegrationStatus;
  /** Set exactly when `status` is 'unknown'. */
  unknownWhy?: UnknownWhy;
  /** 0–1: share of the evidence that agrees, scaled down while the total is still small. */
  confidence: number;
  /** What decided it, or why nothing could (the popup words it). */
  decidedBy: Decision;
}

const STATUSES: readonly EvidenceStatus[] = ['needs-attention', 'connected', 'not-configured'];

const KINDS: readonly EvidenceKind[] = ['colour', 'class', 'text', 'aria', 'icon', 'banner'];

/** Scores per status in STATUSES order, after per-kind caps and the banner rule. Allocation-light: runs per tile. */
export function scoreEvidence(evidence: readonly Evidence[], profile: SiteProfile, bannerMayDecide: boolean): [number, number, number] {
  const cap = profile.weights.perKindCap;
  // sums[kind * 3 + status]
  const sums = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (const e of evidence) {
    if (!(e.weight > 0)) continue;
    const k = KINDS.indexOf(e.kind);
    const st = STATUSES.indexOf(e.points);
    if (k < 0 || st < 0) continue;
    const i = k * 3 + st;
    sums[i] = Math.min(cap, (sums[i] as number) + e.weight);
  }
  const banner = KINDS.indexOf('banner');
  const scores: [number, number, number] = [0, 0, 0];
  for (let st = 0; st < 3; st++) {
    let nonBanner = 0;
    for (let k = 0; k < KINDS.length; k++) if (k !== banner) nonBanner += sums[k * 3 + st] as number;
    const bannerScore = sums[banner * 3 + st] as number;
    scores[st] = nonBanner + (bannerScore > 0 && (bannerMayDecide || nonBanner > 0) ? bannerScore : 0);
  }
  return scores;
}

/**
 * Decide a status. Each kind adds at most `perKindCap` to a status. Banner evidence only counts where `bannerMayDecide`
 * (the Stripe tile) or where other evidence already points the same way.
 */
export function decideStatus(
  evidence: readonly Evidence[],
  profile: SiteProfile,
  bannerMayDecide: boolean,
  /** Raise the bar for tiles recognised by nothing but a lone name (no list, no hint): only strong evidence counts. */
  requireFullScore = false,
): StatusDecision {
  const { dominanceRatio, fullConfidenceScore } = profile.decision;
  const minScore = requireFullScore ? Math.max(profile.decision.minScore, fullConfidenceScore) : profile.decision.minScore;
  const scores = scoreEvidence(evidence, profile, bannerMayDecide);
  const order = [0, 1, 2].sort((a, b) => (scores[b] as number) - (scores[a] as number));
  const leader = STATUSES[order[0] as number] as EvidenceStatus;
  const runnerUp = STATUSES[order[1] as number] as EvidenceStatus;
  const top = scores[order[0] as number] as number;
  const second = scores[order[1] as number] as number;
  const total = scores[0] + scores[1] + scores[2];

  if (top < minScore) {
    return {
      status: 'unknown',
      unknownWhy: top > 0 ? 'weak-evidence' : 'no-evidence',
      confidence: 0,
      decidedBy: top > 0 ? { code: 'weak-evidence', ...strongestFor(evidence, leader) } : { code: 'no-evidence' },
    };
  }
  if (second > 0 && top < second * dominanceRatio) {
    return {
      status: 'unknown',
      unknownWhy: 'conflict',
      confidence: 0,
      decidedBy: { code: 'conflict', leader: statusEvidence(evidence, leader), runnerUp: statusEvidence(evidence, runnerUp) },
    };
  }
  const agreement = total > 0 ? top / total : 0;
  const strength = Math.min(1, top / fullConfidenceScore);
  const confidence = Math.round(agreement * strength * 100) / 100;
  const also = evidence.filter((e) => e.points === leader).length - 1;
  const decidedBy: Decision = {
    code: 'evidence',
    ...strongestFor(evidence, leader),
    alsoAgreeing: Math.max(0, also),
    ...(second > 0 ? { outweighs: statusEvidence(evidence, runnerUp) } : {}),
  };
  return { status: leader, confidence, decidedBy };
}

// On equal weight, name what a person sees first: the coloured indicator, then its label, then the rest.
const KIND_ORDER: Readonly<Record<EvidenceKind, number>> = { colour: 0, aria: 1, icon: 2, text: 3, class: 4, banner: 5 };

function strongestFor(evidence: readonly Evidence[], status: EvidenceStatus): { strongest?: EvidenceDetail } {
  let best: Evidence | undefined;
  for (const e of evidence) {
    if (e.points !== status) continue;
    if (!best || e.weight > best.weight || (e.weight === best.weight && KIND_ORDER[e.kind] < KIND_ORDER[best.kind])) best = e;
  }
  return best ? { strongest: best.detail } : {};
}

function statusEvidence(evidence: readonly Evidence[], status: EvidenceStatus): StatusEvidence {
  return { status, ...strongestFor(evidence, status) };
}
