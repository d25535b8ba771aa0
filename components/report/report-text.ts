/**
 * The support report in words, in the agent's language: the Markdown file and the plain-text summary for the
 * clipboard. What Kartra and Stripe wrote is quoted as they wrote it. Every line goes through the report's redactor
 * once more, so whatever a message or a page value brought in leaves with no more than its last 4 characters.
 */
import type { CatalogueId } from '../../lib/diagnosis/catalogue';
import { getCatalogueEntry } from '../../lib/diagnosis/catalogue';
import type { AccountVerdict, GuideState } from '../../lib/guide/guide-state';
import { t, uiLanguage } from '../../lib/i18n';
import { isKartraFailure, kartraMessageFor } from '../../lib/kartra/outcomes';
import type { IntegrationStatus, KartraOutcome, ScreenshotMissing } from '../../lib/protocol';
import type { ProfileSite } from '../../lib/protocol-values';
import { redactReportText } from '../../lib/report/redact';
import type { ProfileInUse, ReportGuide, SupportReport } from '../../lib/report/support-report';
import { diagnosisText } from '../text/diagnosis';
import { decisionText } from '../text/evidence';
import { historySourceText, historyText, stripeErrorDescription } from '../text/history-text';
import { stepTitle } from '../text/step-text';

export const MISSING_TEXT: Record<ScreenshotMissing, () => string> = {
  'no-tab': () => t('report.missing.noTab'),
  'tab-not-visible': () => t('report.missing.tabNotVisible'),
  'not-covered': () => t('report.missing.notCovered'),
  'capture-refused': () => t('report.missing.captureRefused'),
  'page-changed': () => t('report.missing.pageChanged'),
};

const GUIDE_STATUS: Record<GuideState['status'], () => string> = {
  active: () => t('report.md.guideStatus.active'),
  done: () => t('report.md.guideStatus.done'),
  dismissed: () => t('report.md.guideStatus.dismissed'),
};

const VERDICT: Record<AccountVerdict, () => string> = {
  'same-key': () => t('report.md.verdict.sameKey'),
  'same-account': () => t('report.md.verdict.sameAccount'),
  'different-account': () => t('report.md.verdict.differentAccount'),
  'mode-mismatch': () => t('report.md.verdict.modeMismatch'),
  'cannot-tell': () => t('report.md.verdict.cannotTell'),
  invalid: () => t('report.md.verdict.invalid'),
};

const TILE_STATUS: Record<IntegrationStatus, () => string> = {
  'needs-attention': () => t('report.md.tileStatus.needsAttention'),
  connected: () => t('report.md.tileStatus.connected'),
  'not-configured': () => t('report.md.tileStatus.notConfigured'),
  unknown: () => t('report.md.tileStatus.unknown'),
};

const SITE: Record<ProfileSite, () => string> = {
  kartra: () => t('report.md.siteKartra'),
  stripe: () => t('report.md.siteStripe'),
};

/** A date and time with seconds, in the report's time zone (stated once at the top). */
function timeText(at: number, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'medium', timeZone }).format(at);
  } catch {
    return new Date(at).toISOString();
  }
}

/** Page text on one line, so it cannot start a Markdown heading or list of its own. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The files' common name: support-report-20260104-140512 (local time of the agent, like the report's times). */
export function reportFileStem(report: SupportReport): string {
  const d = new Date(report.createdAt);
  const two = (n: number) => String(n).padStart(2, '0');
  return `support-report-${d.getFullYear()}${two(d.getMonth() + 1)}${two(d.getDate())}-${two(d.getHours())}${two(d.getMinutes())}${two(d.getSeconds())}`;
}

function accountText(candidate: NonNullable<ReportGuide['candidate']>): string {
  return candidate.accountId
    ? t('report.md.account', { name: candidate.name, accountId: candidate.accountId })
    : t('report.md.accountWithoutId', { name: candidate.name });
}

function verdictText(verdict: AccountVerdict | undefined): string {
  return verdict ? VERDICT[verdict]() : t('report.md.verdict.unknown');
}

function kartraSaid(outcome: KartraOutcome | undefined): string[] {
  return outcome && isKartraFailure(outcome) ? [t('report.md.kartraSaid', { message: kartraMessageFor(outcome) })] : [];
}

function diagnosisLines(id: CatalogueId | undefined): string[] {
  if (!id) return [t('report.md.noDiagnosis')];
  const words = diagnosisText(getCatalogueEntry(id));
  return [
    `**${words.title}**`,
    '',
    t('report.md.whatHappened', { text: words.whatHappened }),
    '',
    t('report.md.why', { text: words.why }),
    '',
    t('report.md.fix'),
    ...words.fix.map((step, index) => `${index + 1}. ${step}`),
  ];
}

function guideLines(guide: ReportGuide | undefined, zone: string): string[] {
  if (!guide) return [t('report.md.noGuide')];
  const steps = guide.steps.map((step) => `- ${timeText(step.at, zone)}: ${stepTitle(step.stepId)}`);
  const history = guide.history.map((entry) => `- ${timeText(entry.at, zone)}: ${historySourceText(entry.source)} ${oneLine(historyText(entry))}`);
  return [
    t('report.md.guide', { integration: guide.integration, status: GUIDE_STATUS[guide.status](), step: stepTitle(guide.stepId), time: timeText(guide.startedAt, zone) }),
    '',
    `### ${t('report.md.stepsHeading')}`,
    ...(steps.length > 0 ? steps : [t('report.md.noSteps')]),
    '',
    `### ${t('report.md.accountHeading')}`,
    guide.candidate ? t('report.md.accountVerdict', { account: accountText(guide.candidate), verdict: verdictText(guide.candidate.verdict) }) : t('report.md.noAccount'),
    ...(guide.originalKeyEnd ? ['', t('report.md.kartraKey', { keyEnd: guide.originalKeyEnd })] : []),
    '',
    `### ${t('report.md.historyHeading')}`,
    ...(history.length > 0 ? history : [t('report.md.noSteps')]),
  ];
}

function errorLines(report: SupportReport): string[] {
  const { guide } = report;
  const seen = [
    ...kartraSaid(guide?.outcome ?? report.pageOutcome),
    ...(guide?.stripeError
      ? [t('report.md.stripeSaid', { code: guide.stripeError.error, description: oneLine(stripeErrorDescription(guide.stripeError.description)) })]
      : []),
  ];
  return seen.length > 0 ? seen.map((line) => `- ${line}`) : [t('report.md.noErrors')];
}

function tileLines(tile: SupportReport['stripeTile']): string[] {
  if (tile === undefined) return [t('report.md.noDetection')];
  if (tile === 'absent') return [t('report.md.tileAbsent')];
  if (tile === 'ambiguous') return [t('report.md.tileAmbiguous')];
  return [
    t('report.md.tile', { name: tile.name, status: TILE_STATUS[tile.status](), confidence: Math.round(tile.confidence * 100), why: oneLine(decisionText(tile.decidedBy)) }),
  ];
}

function profileText(site: ProfileSite, profile: ProfileInUse, zone: string): string {
  const source =
    profile.source === 'default'
      ? t('report.md.profileSource.default')
      : profile.source === 'managed'
        ? t('report.md.profileSource.managed')
      : profile.source === 'unusable-override'
        ? t('report.md.profileSource.unusableOverride')
        : profile.savedAt === undefined
          ? t('report.md.profileSource.overrideUnknownTime')
          : t('report.md.profileSource.override', { time: timeText(profile.savedAt, zone) });
  const policy = [
    ...(profile.team === 'under' ? [t('report.md.profileTeam.under')] : profile.team === 'invalid' ? [t('report.md.profileTeam.invalid')] : []),
    ...(profile.agentForbidden ? [t('report.md.profileTeam.agentForbidden')] : []),
  ];
  return [t('report.md.profile', { site: SITE[site](), source, version: profile.version }), ...policy].join(' ');
}

export function reportMarkdown(report: SupportReport, files: { png: string }): string {
  const { environment: env } = report;
  const zone = env.timeZone;
  const lines = [
    `# ${t('report.md.title')}`,
    '',
    t('report.md.built', { time: timeText(report.createdAt, zone), version: env.extensionVersion, browser: env.browser, timeZone: zone }),
    '',
    `_${t('report.md.redaction')}_`,
    '',
    `## ${t('report.md.screenshotHeading')}`,
    '',
    report.screenshot.captured
      ? t('report.md.screenshotAttached', { file: files.png })
      : t('report.md.screenshotMissing', { why: MISSING_TEXT[report.screenshot.missing]() }),
    '',
    `## ${t('report.md.diagnosisHeading')}`,
    '',
    ...diagnosisLines(report.diagnosisId),
    '',
    `## ${t('report.md.errorsHeading')}`,
    '',
    ...errorLines(report),
    '',
    `## ${t('report.md.triedHeading')}`,
    '',
    ...guideLines(report.guide, zone),
    '',
    `## ${t('report.md.detectionHeading')}`,
    '',
    ...tileLines(report.stripeTile),
    '',
    `## ${t('report.md.profilesHeading')}`,
    '',
    ...(Object.entries(report.profiles) as [ProfileSite, ProfileInUse][]).map(([site, profile]) => `- ${profileText(site, profile, zone)}`),
    ...(report.pageUrl ? ['', `## ${t('report.md.pageHeading')}`, '', `<${report.pageUrl}>`] : []),
    '',
  ];
  return redactReportText(lines.join('\n'));
}

/** A few lines for the ticket: what went wrong, what was chosen, where the guide is, and what was used. */
export function reportSummary(report: SupportReport): string {
  const { environment: env, guide } = report;
  const diagnosis = report.diagnosisId ? diagnosisText(getCatalogueEntry(report.diagnosisId)) : undefined;
  const tile = report.stripeTile;
  const lines = [
    t('report.summary.title', { time: timeText(report.createdAt, env.timeZone), timeZone: env.timeZone }),
    diagnosis ? t('report.summary.error', { title: diagnosis.title, whatHappened: diagnosis.whatHappened }) : t('report.summary.noError'),
    guide?.candidate
      ? t('report.summary.account', { account: t('report.md.accountVerdict', { account: accountText(guide.candidate), verdict: verdictText(guide.candidate.verdict) }) })
      : t('report.summary.noAccount'),
    guide
      ? t('report.summary.guide', { step: stepTitle(guide.stepId), steps: t('report.summary.stepsDone', guide.steps.length) })
      : t('report.summary.noGuide'),
    ...(tile && typeof tile === 'object' ? [t('report.summary.tile', { status: TILE_STATUS[tile.status]() })] : []),
    report.screenshot.captured ? t('report.summary.screenshot') : t('report.summary.noScreenshot', { why: MISSING_TEXT[report.screenshot.missing]() }),
    t('report.summary.version', { version: env.extensionVersion, browser: env.browser }),
  ];
  return redactReportText(lines.join('\n'));
}
