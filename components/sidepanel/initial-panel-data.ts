/**
 * What the side panel shows, read before its first render so that render already has it. Read from inside the
 * component, it would only be asked for after a "Loading…" frame (Preact runs effects after paint), and the real side
 * panel (no `?tabId=`) would first render for no tab at all. The reads run together; one that fails is left undefined
 * for the component, which reads every item again as it starts watching it.
 */
import { resolveTargetTabId } from '../../lib/pages/target-tab';
import { tabHealthItem } from '../../lib/session-storage';
import { guidesItem, storageNoticesItem, type TabHealth } from '../../lib/storage';

export interface InitialPanelData {
  /** The tab the panel describes: `?tabId=`, else the active tab of the panel's window. */
  tabId: number | undefined;
  guides: Record<string, unknown> | undefined;
  health: Record<string, TabHealth> | undefined;
  notices: string[] | undefined;
}

export async function readInitialPanelData(search: string): Promise<InitialPanelData> {
  const [tabId, guides, health, notices] = await Promise.all([
    resolveTargetTabId(search).catch(() => undefined),
    guidesItem.getValue().catch(() => undefined),
    tabHealthItem.getValue().catch(() => undefined),
    storageNoticesItem.getValue().catch(() => undefined),
  ]);
  return { tabId, guides, health, notices };
}
