/**
 * Building a support report for one tab, from an extension page: the covered screenshot (asked of the background),
 * the tab's guide and health report (read from storage, as the side panel reads them), the site profiles in force
 * (asked of the background, as the options page asks), and the browser, version and time zone. Returns the files to download and the summary.
 * Loaded only when the agent asks for a report, so the pages' first paint does not wait for it.
 */
import { browser } from 'wxt/browser';
import { checkStoredGuide } from '../../lib/guide/guide-shape';
import { findGuideForTab } from '../../lib/guide/routing';
import { readStoredGuides } from '../../lib/guide/stored-guides';
import { sendToBackground } from '../../lib/messaging';
import type { CaptureReply } from '../../lib/protocol';
import { PROFILE_SITES, type ProfileSite } from '../../lib/protocol-values';
import { buildSupportReport, type ProfileInUse, type ReportEnvironment, type SupportReport } from '../../lib/report/support-report';
import { tabHealthItem } from '../../lib/session-storage';
import { SITE_PROFILES } from '../../lib/site-profiles';
import { guidesItem } from '../../lib/storage';
import { profileInUseOf } from '../../lib/report/profile-in-use';
import { replyErrorText } from '../text/reply-error';
import { reportFileStem, reportMarkdown, reportSummary } from './report-text';

export interface BuiltReport {
  report: SupportReport;
  markdown: { name: string; blob: Blob };
  png?: { name: string; blob: Blob };
  summary: string;
}

async function environment(): Promise<ReportEnvironment> {
  const runtime = browser.runtime as typeof browser.runtime & { getBrowserInfo?: () => Promise<{ name: string; version: string }> };
  const info = await runtime.getBrowserInfo?.().catch(() => undefined);
  return {
    browser: info ? `${info.name} ${info.version}` : navigator.userAgent,
    extensionVersion: browser.runtime.getManifest().version,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}

async function profilesInUse(): Promise<Record<ProfileSite, ProfileInUse>> {
  const entries = await Promise.all(
    PROFILE_SITES.map(async (site): Promise<[ProfileSite, ProfileInUse]> => {
      // The background alone reads the team's policy: it answers the layers the options page shows, too.
      const reply = await sendToBackground({ type: 'profile/layers', site });
      if (!reply.ok) throw new Error(replyErrorText(reply.error));
      return [site, profileInUseOf(reply.value, SITE_PROFILES[site].version)];
    }),
  );
  return Object.fromEntries(entries) as Record<ProfileSite, ProfileInUse>;
}

function pngBlob(dataUrl: string): Blob {
  const bytes = Uint8Array.from(atob(dataUrl.slice(dataUrl.indexOf(',') + 1)), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: 'image/png' });
}

/** Throws (with the words to show) only when the background cannot be reached; no screenshot is not a failure. */
export async function collectReport(tabId: number): Promise<BuiltReport> {
  const capture = await sendToBackground({ type: 'report/capture', tabId });
  if (!capture.ok) throw new Error(replyErrorText(capture.error));
  const shot: CaptureReply = capture.value;
  const [guides, health, profiles, env] = await Promise.all([guidesItem.getValue(), tabHealthItem.getValue(), profilesInUse(), environment()]);
  const report = buildSupportReport({
    now: Date.now(),
    tabId,
    guide: findGuideForTab(readStoredGuides(guides, checkStoredGuide).guides, tabId),
    health: health[String(tabId)],
    profiles,
    environment: env,
    screenshot: shot.png === undefined ? { captured: false, missing: shot.missing } : { captured: true },
  });
  const stem = reportFileStem(report);
  const png = shot.png === undefined ? undefined : { name: `${stem}.png`, blob: pngBlob(shot.png) };
  const markdown = reportMarkdown(report, { png: `${stem}.png` });
  return {
    report,
    markdown: { name: `${stem}.md`, blob: new Blob([markdown], { type: 'text/markdown;charset=utf-8' }) },
    ...(png ? { png } : {}),
    summary: reportSummary(report),
  };
}
