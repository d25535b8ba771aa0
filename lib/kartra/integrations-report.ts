/**
 * What detectIntegrations reports. Element references are live and for the content script only; toSerializable
 * (serialize-report.ts) turns a report into plain, clipped data that can be messaged.
 */
import type { CompiledProfile, IntegrationStatus, KartraOutcome } from './compiled-profile.ts';
import type { Evidence, UnknownWhy } from './decide-status.ts';
import type { Decision } from './evidence-detail.ts';
import type { PageBanner } from './find-notices.ts';

/** One integration tile as read from the page. `element` is a live reference: strip it (toSerializable) to message. */
export interface DetectedIntegration {
  /** As shown on the tile ("Stripe", "Stripe (legacy)"), clipped, plain text. */
  name: string;
  /** The profile's name for a known integration; undefined for a tile found only by its place in the list. */
  integration: string | undefined;
  /** Category as shown on the tile, if shown. */
  category: string | undefined;
  status: IntegrationStatus;
  /** Why the status is 'unknown' (set exactly then). */
  unknownWhy?: UnknownWhy;
  confidence: number;
  evidence: Evidence[];
  /** What decided the status, or why it is unknown (the popup words it). */
  decidedBy: Decision;
  isStripe: boolean;
  /** The tile sits among same-shaped siblings (a real list), rather than being a lone mention. */
  inRepeatedList: boolean;
  element: Element;
}

/**
 * Something the agent or a bug report should know about a detection, as a code and values: the page was cut short,
 * there were too many tiles, several Stripe tiles, several outcome notices at once, or the detector failed.
 */
export type DetectionWarning =
  | { code: 'page-truncated'; maxNodes: number }
  | { code: 'too-many-tiles'; maxTiles: number }
  | { code: 'several-stripe-tiles'; count: number; needsAttention?: string }
  | { code: 'several-outcomes'; outcomes: KartraOutcome[] }
  | { code: 'failed'; error: string };

/**
 * The Stripe tile: exactly one, or several (ambiguous: the agent must choose). Accounts can hold several Stripe
 * gateways ("Stripe", "Stripe · Courses checkout"); when exactly one of them needs attention it is named as
 * `needsAttention`, the one the reconnect flow is about, without pretending the others do not exist.
 */
export type StripeTileFinding =
  | { ambiguous: false; tile: DetectedIntegration }
  | { ambiguous: true; tiles: DetectedIntegration[]; needsAttention?: DetectedIntegration };

export interface IntegrationsReport {
  integrations: DetectedIntegration[];
  needsAttentionCount: number;
  stripe?: StripeTileFinding;
  banner?: PageBanner;
  /** Kartra's outcome notice, when exactly one kind is visible. */
  outcome?: KartraOutcome;
  outcomeText?: string;
  /** Things the agent or a bug report should know: truncation, ambiguity, conflicting notices, failures. */
  warnings: DetectionWarning[];
  /** Nodes the page scan visited: every text node, and the elements searched for shadow roots (not long lists' tiles). */
  nodeCount: number;
  durationMs: number;
}

export interface DetectOptions {
  /** Clock for durationMs (tests inject one). Defaults to performance.now. */
  now?: () => number;
  /** A profile already compiled with compileProfile, to skip recompiling on every mutation. */
  compiled?: CompiledProfile;
}

