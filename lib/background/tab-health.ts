/**
 * Per-tab health: what the Kartra content script last reported for each tab, kept in session storage so the popup
 * can read it even after the service worker was stopped, and mirrored on the toolbar badge.
 */
import { countHealth, type HealthCounts } from '../health/health-counts';
import type { HealthReport } from '../protocol';
import { tabHealthItem } from '../session-storage';
import type { TabHealth } from '../storage-schemas';
import { redactKeys } from '../redact-keys';

export interface TabHealthDeps {
  enqueue: <T>(task: () => Promise<T>) => Promise<T>;
  paintBadge: (tabId: number, counts: HealthCounts) => Promise<void>;
  now: () => number;
}

export function createTabHealth({ enqueue, paintBadge, now }: TabHealthDeps) {
  return {
    record(tabId: number, url: string, report: HealthReport): Promise<void> {
      return enqueue(async () => {
        const all = await tabHealthItem.getValue();
        // The report was redacted by the router (message-router.ts); the page's address comes from the browser.
        const entry: TabHealth = { report, url: redactKeys(url, Infinity), at: now() };
        await tabHealthItem.setValue({ ...all, [tabId]: entry });
        await paintBadge(tabId, countHealth(report));
      });
    },
    forget(tabId: number): Promise<void> {
      return enqueue(async () => {
        const all = await tabHealthItem.getValue();
        if (!(String(tabId) in all)) return;
        const { [String(tabId)]: _gone, ...rest } = all;
        await tabHealthItem.setValue(rest);
      });
    },
  };
}
