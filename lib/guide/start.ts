/** Creating a guide. */
import { readTime } from './commit-change';
import type { GuideState } from './guide-state';
import { GUIDE_SCHEMA_VERSION } from './guide-values';
import { appendHistory } from './history';
import { guideEvent } from './message-params';
import { adoptTab } from './transitions';

export interface StartGuideInput {
  id: string;
  /** The integration being reconnected, as Kartra names its tile ("Stripe"). */
  integration: string;
  /** The browser's id of the tab the agent started in (normally Kartra's). */
  tabId: number;
  now: number;
  /**
   * An earlier guide for the same customer (dismissed, finished or abandoned): its Publishable key, tabs, dashboard
   * sighting and history carry over, its progress does not.
   */
  resumeFrom?: GuideState;
}

/**
 * Starts a guide at `why-reconnect`, always. The introduction holds the preparation advice (log in to Stripe in
 * another tab), so it is not skipped even when the agent is already on the Integrations page; whatever the extension
 * sees meanwhile marks later steps done, and `next` then skips them.
 */
export function startGuide(input: StartGuideInput): GuideState {
  const now = readTime(input.now, 0);
  const previous = input.resumeFrom;
  const fresh: GuideState = {
    schemaVersion: GUIDE_SCHEMA_VERSION,
    id: input.id.slice(0, 100) || 'guide',
    integration: input.integration.trim().slice(0, 80) || 'Stripe',
    tabId: input.tabId,
    tabIds: [input.tabId],
    stepId: 'why-reconnect',
    completed: {},
    history: [],
    status: 'active',
    startedAt: now,
    updatedAt: now,
  };
  const carried: GuideState = previous
    ? {
        ...previous.tabIds.reduce(adoptTab, fresh),
        history: previous.history,
        ...(previous.originalKey === undefined ? {} : { originalKey: previous.originalKey }),
        ...(previous.dashboard === undefined ? {} : { dashboard: previous.dashboard }),
      }
    : fresh;
  const what = guideEvent(previous ? 'started-again' : 'started');
  return { ...carried, history: appendHistory(carried.history, { at: now, stepId: 'why-reconnect', ...what, source: 'agent' }) };
}
