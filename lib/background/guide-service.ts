/**
 * The one writer of guides. Every change is read-modify-write on storage inside the serial queue, so the state is
 * exactly what storage says after any event, and a service worker killed between two events loses nothing.
 */
import type { SiteRole } from '../origins';
import type { GuideCommand, GuideObservation, HealthReport, PickerAccount } from '../protocol';
import { integrationsPageSeen } from '../health/reconnect-tile';
import { tabHealthItem } from '../session-storage';
import { applyCommand, applyObservation, findGuideForTab, pickGuideForObservation, raiseWarning, shouldWarnWithoutGuide, startGuide } from '../guide/machine';
import { findOrphanedGuide } from '../guide/routing';
import { adoptTab } from '../guide/transitions';
import { parseStoredGuide, type AccountVerdict, type GuideState } from '../guide/guide-state';
import { verdictByName, rejudgeCandidateByName } from '../guide/original-account';
import { readStoredGuides } from '../guide/stored-guides';
import { toPageView, type PageView } from '../guide/page-view';
import { guidesItem, showMeItem, storageNoticesItem } from '../storage';
import { compareKeyWithAccount } from '../stripe/compare-keys';

export interface GuideServiceDeps {
  enqueue: <T>(task: () => Promise<T>) => Promise<T>;
  now: () => number;
  newId: () => string;
  /** Which of these tab ids still exist (to find guides orphaned by a browser restart). */
  openTabIds: () => Promise<Set<number>>;
}

/** Most guides a profile keeps; the oldest finished or dismissed ones go first. */
const GUIDE_LIMIT = 50;

export function createGuideService(deps: GuideServiceDeps) {
  const { enqueue, now } = deps;

  async function load(): Promise<GuideState[]> {
    const { guides, dropped } = readStoredGuides(await guidesItem.getValue(), parseStoredGuide);
    if (dropped.length > 0) {
      // Corrupt entries are set aside with a notice instead of crashing every later read.
      const notices = await storageNoticesItem.getValue();
      await storageNoticesItem.setValue([...notices, ...dropped].slice(-20));
      await save(guides);
    }
    return guides;
  }

  async function save(guides: GuideState[]): Promise<void> {
    const kept = [...guides]
      .sort((a, b) => Number(b.status === 'active') - Number(a.status === 'active') || b.updatedAt - a.updatedAt)
      .slice(0, GUIDE_LIMIT);
    // Page text in guides came through the router, which redacted key shapes from every content-script message.
    await guidesItem.setValue(Object.fromEntries(kept.map((guide) => [guide.id, guide])));
  }

  function replace(guides: GuideState[], next: GuideState): GuideState[] {
    return [...guides.filter((g) => g.id !== next.id), next];
  }

  // The rows each tab's picker offered last, so a selected row can be told from a namesake. Only a hint: after a
  // service-worker restart the selected row is compared with itself alone until the picker is reported again.
  const pickerRows = new Map<number, readonly PickerAccount[]>();

  function pickerRowsOf(guide: GuideState): readonly PickerAccount[] | undefined {
    return guide.tabIds.map((id) => pickerRows.get(id)).find((rows) => rows !== undefined);
  }

  function verdictFor(guide: GuideState, account: PickerAccount, rows: readonly PickerAccount[]): AccountVerdict | undefined {
    if (!guide.originalKey) return undefined;
    if (!account.accountId) return verdictByName(guide.originalAccountName, account, rows);
    return compareKeyWithAccount(guide.originalKey, account.accountId).verdict;
  }

  async function viewFor(guides: readonly GuideState[], tabId: number): Promise<PageView | undefined> {
    const guide = findGuideForTab(guides, tabId);
    if (!guide || guide.status !== 'active') return undefined;
    const requests = await showMeItem.getValue();
    return toPageView(guide, requests[String(tabId)] ?? 0);
  }

  /**
   * The guide as the tab's last health report finds it. Reports are sent when the page changes, not on every pass: a
   * guide started, resumed or moved back by the agent while the Integrations page is already open learns it here.
   */
  async function withPageSeen(guide: GuideState, tabId: number): Promise<GuideState> {
    const report = (await tabHealthItem.getValue())[String(tabId)]?.report;
    const seen = report ? integrationsPageSeen(report) : undefined;
    return seen ? applyObservation(guide, seen, { now: now(), tabId, site: 'kartra-app' }).state : guide;
  }

  async function findOrphan(guides: GuideState[]): Promise<GuideState | undefined> {
    return findOrphanedGuide(guides, await deps.openTabIds());
  }

  return {
    /** A content script saw a step happen. Returns what the sender needs back (e.g. picker verdicts). */
    observe(tabId: number, site: SiteRole, observation: GuideObservation) {
      return enqueue(async () => {
        const guides = await load();
        const guide = pickGuideForObservation(guides, tabId, observation);
        if (!guide) {
          const orphanWarning = shouldWarnWithoutGuide(observation, site);
          if (orphanWarning) {
            // A Stripe Connect page reached with no guide: start one so the agent gets an explanation, not silence.
            const started = raiseWarning(startGuide({ id: deps.newId(), integration: 'Stripe', tabId, now: now() }), 'stripe-without-guide', now());
            await save(replace(guides, started));
          }
          return { verdicts: [] as (AccountVerdict | undefined)[], view: null };
        }
        if (observation.kind === 'stripe-picker-shown') pickerRows.set(tabId, observation.accounts);
        const accountVerdict =
          observation.kind === 'stripe-account-selected'
            ? verdictFor(guide, observation.account, pickerRows.get(tabId) ?? [observation.account])
            : undefined;
        const result = applyObservation(guide, observation, { now: now(), tabId, site, accountVerdict });
        // A dashboard tab may have taught the guide the original account's name: the choice made is judged by it.
        const state = observation.kind === 'stripe-dashboard' ? rejudgeCandidateByName(guide, result.state, pickerRowsOf(result.state)) : result.state;
        if (result.changed || state !== result.state) await save(replace(guides, state));
        const verdicts =
          observation.kind === 'stripe-picker-shown' ? observation.accounts.map((a) => verdictFor(state, a, observation.accounts)) : [];
        return { verdicts, view: (await viewFor(replace(guides, state), tabId)) ?? null };
      });
    },

    /** The agent pressed something in the side panel or popup. */
    command(tabId: number, command: GuideCommand, integration = 'Stripe') {
      return enqueue(async () => {
        const guides = await load();
        let guide = findGuideForTab(guides, tabId);
        if (!guide && command === 'resume') {
          const orphan = await findOrphan(guides);
          // After a browser restart tab ids are new: the agent's tab adopts the unfinished guide.
          if (orphan) guide = { ...orphan, tabId, tabIds: [tabId] };
        }
        if (!guide) {
          if (command !== 'start' && command !== 'resume') throw new Error('No guide is running in this tab. Start one first.');
          const started = await withPageSeen(startGuide({ id: deps.newId(), integration, tabId, now: now() }), tabId);
          await save(replace(guides, started));
          return started.stepId;
        }
        const result = applyCommand(guide, command, now());
        const state = await withPageSeen(result.state, tabId);
        await save(replace(guides, state));
        return state.stepId;
      });
    },

    /** What a content script should show for its tab: the step, its target, a warning. Nothing else leaves. */
    async pageView(tabId: number): Promise<PageView | undefined> {
      return viewFor(await load(), tabId);
    },

    /** A Kartra tab's health report arrived: what it says of the Integrations page moves that tab's guide. */
    reportSeen(tabId: number, report: HealthReport) {
      const seen = integrationsPageSeen(report);
      return seen ? this.observe(tabId, 'kartra-app', seen) : Promise.resolve(undefined);
    },

    /** A tab the agent opened from the guide (e.g. Stripe's API keys page) reports to that guide. */
    adoptTab(tabId: number, newTabId: number) {
      return enqueue(async () => {
        const guides = await load();
        const guide = findGuideForTab(guides, tabId);
        if (!guide) throw new Error('No guide is running in this tab.');
        await save(replace(guides, { ...adoptTab(guide, newTabId), updatedAt: now() }));
      });
    },

    /** "Show me": ask the tab's content script to show the step's overlay again, even if the agent hid it. */
    showMe(tabId: number) {
      return enqueue(async () => {
        const guides = await load();
        const guide = findGuideForTab(guides, tabId);
        if (!guide) throw new Error('No guide is running in this tab.');
        const requests = await showMeItem.getValue();
        const at = now();
        // Every tab of the guide: the step's element may be on the Stripe tab, not the one the panel shows.
        await showMeItem.setValue({ ...requests, ...Object.fromEntries(guide.tabIds.map((id) => [String(id), at])) });
      });
    },

  };
}

export type GuideService = ReturnType<typeof createGuideService>;
