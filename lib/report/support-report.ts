/**
 * The support report as data: codes and values only, no words (components/report/ words it in the agent's language).
 * Built from what the extension already holds about one tab (its guide, its health report, the site profiles in
 * force) and what the page the agent is on knows (browser, version, time zone), then redacted as a whole
 * (lib/report/redact.ts): nothing key-, account-id- or email-shaped is left in it but its last 4 characters.
 */
import { diagnoseOutcome } from '../diagnosis/from-outcome';
import type { CatalogueId } from '../diagnosis/catalogue';
import type { AccountVerdict, GuideState, HistoryEntry, StripeError } from '../guide/guide-state';
import type { StepId } from '../guide/steps';
import { reconnectTileOf } from '../health/reconnect-tile';
import type { Decision } from '../kartra/evidence-detail';
import type { IntegrationStatus, KartraOutcome, ScreenshotMissing } from '../protocol';
import type { ProfileSite } from '../protocol-values';
import type { TabHealth } from '../storage';
import { redactReportDeep } from './redact';

/** Which profile a site's pages were read with: the built-in one, the team's (policy), the agent's override, or an
 *  override set aside; and what else the team's policy did (lib/report/profile-in-use.ts). */
export interface ProfileInUse {
  source: 'default' | 'managed' | 'override' | 'unusable-override';
  version: number;
  savedAt?: number;
  /** under: the team's profile is applied under the agent's override; invalid: the policy's profile was ignored. */
  team?: 'under' | 'invalid';
  /** The team's policy does not allow the agent's own changes. */
  agentForbidden?: true;
}

export interface ReportEnvironment {
  /** `Firefox 140.0` from runtime.getBrowserInfo, else the user agent string. */
  browser: string;
  extensionVersion: string;
  /** The IANA time zone every time of the report is in. */
  timeZone: string;
}

export interface ReportGuide {
  integration: string;
  status: GuideState['status'];
  stepId: StepId;
  startedAt: number;
  /** The steps done, oldest first, with when each was first seen or marked done. */
  steps: { stepId: StepId; at: number }[];
  history: HistoryEntry[];
  /** The Stripe account chosen in the picker. */
  candidate?: { name: string; accountId?: string; verdict?: AccountVerdict };
  /** The last 4 characters of the publishable key Kartra showed. */
  originalKeyEnd?: string;
  outcome?: KartraOutcome;
  stripeError?: StripeError;
}

export interface ReportStripeTile {
  name: string;
  status: IntegrationStatus;
  confidence: number;
  decidedBy: Decision;
}

export interface SupportReport {
  createdAt: number;
  tabId: number;
  /** The tab's address as last reported (redirect `code`/`state` redacted like everything else). */
  pageUrl?: string;
  environment: ReportEnvironment;
  screenshot: { captured: true } | { captured: false; missing: ScreenshotMissing };
  guide?: ReportGuide;
  /** What Kartra's banner said on the tab, as the detection read it. */
  pageOutcome?: KartraOutcome;
  /** The catalogue entry that explains the error seen (the guide's, else the page's). */
  diagnosisId?: CatalogueId;
  /** The detection verdict for the Stripe tile; `absent`: the page was read and showed none. */
  stripeTile?: ReportStripeTile | 'absent' | 'ambiguous';
  profiles: Record<ProfileSite, ProfileInUse>;
}

export interface ReportInputs {
  now: number;
  tabId: number;
  guide: GuideState | undefined;
  health: TabHealth | undefined;
  profiles: Record<ProfileSite, ProfileInUse>;
  environment: ReportEnvironment;
  screenshot: { captured: true } | { captured: false; missing: ScreenshotMissing };
}

function reportGuide(guide: GuideState): ReportGuide {
  const steps = (Object.entries(guide.completed) as [StepId, number][])
    .map(([stepId, at]) => ({ stepId, at }))
    .sort((a, b) => a.at - b.at);
  return {
    integration: guide.integration,
    status: guide.status,
    stepId: guide.stepId,
    startedAt: guide.startedAt,
    steps,
    history: guide.history,
    ...(guide.candidate ? { candidate: guide.candidate } : {}),
    ...(guide.originalKey ? { originalKeyEnd: guide.originalKey.slice(-4) } : {}),
    ...(guide.outcome ? { outcome: guide.outcome } : {}),
    ...(guide.stripeError ? { stripeError: guide.stripeError } : {}),
  };
}

function stripeTileOf(health: TabHealth): SupportReport['stripeTile'] {
  if (!health.report.onIntegrationsPage) return undefined;
  if (health.report.stripeAmbiguous) return 'ambiguous';
  const tile = reconnectTileOf(health.report);
  if (!tile) return 'absent';
  return { name: tile.name, status: tile.status, confidence: tile.confidence, decidedBy: tile.decidedBy };
}

export function buildSupportReport(inputs: ReportInputs): SupportReport {
  const { guide, health } = inputs;
  const pageOutcome = health?.report.outcome;
  const diagnosis = (guide && diagnoseOutcome(guide)) ?? (pageOutcome ? diagnoseOutcome({ outcome: pageOutcome }) : undefined);
  const stripeTile = health ? stripeTileOf(health) : undefined;
  const report: SupportReport = {
    createdAt: inputs.now,
    tabId: inputs.tabId,
    ...(health?.url ? { pageUrl: health.url } : {}),
    environment: inputs.environment,
    screenshot: inputs.screenshot,
    ...(guide ? { guide: reportGuide(guide) } : {}),
    ...(pageOutcome ? { pageOutcome } : {}),
    ...(diagnosis ? { diagnosisId: diagnosis.id } : {}),
    ...(stripeTile ? { stripeTile } : {}),
    profiles: inputs.profiles,
  };
  return redactReportDeep(report);
}
