/** Which guide an event belongs to. The background calls these with every guide it has stored. */
import type { SiteRole } from '../origins';
import type { GuideObservation } from '../protocol';
import type { GuideState } from './guide-state';

/** The guide a tab belongs to: an active one if any, else the most recently updated (to offer "resume"). */
export function findGuideForTab(guides: readonly GuideState[], tabId: number): GuideState | undefined {
  const own = guides.filter((guide) => guide.tabIds.includes(tabId));
  return pickLatest(own.filter((guide) => guide.status === 'active')) ?? pickLatest(own);
}

/**
 * The active guide an observation from `tabId` belongs to: the tab's own guide; else, for a Stripe page or Kartra's
 * redirect (which may land in a new tab), the only active guide if there is exactly one. Undefined otherwise: with no
 * guide, see `shouldWarnWithoutGuide`; with several, guessing could move the wrong customer's guide.
 */
export function pickGuideForObservation(
  guides: readonly GuideState[],
  tabId: number,
  observation: GuideObservation,
): GuideState | undefined {
  const active = guides.filter((guide) => guide.status === 'active');
  const own = findGuideForTab(active, tabId);
  if (own) return own;
  const mayJoin = observation.kind.startsWith('stripe-') || observation.kind === 'kartra-redirect';
  return mayJoin && active.length === 1 ? active[0] : undefined;
}

const CONNECT_FLOW: ReadonlySet<GuideObservation['kind']> = new Set([
  'stripe-picker-shown',
  'stripe-account-selected',
  'stripe-connect-clicked',
  'stripe-cancel-clicked',
  'stripe-error-page',
]);

/**
 * Whether an observation no guide took deserves the "Stripe page reached without starting the guide" warning
 * (`makeWarning('stripe-without-guide')`): only Stripe Connect pages. A dashboard tab is normal work, not a lost flow.
 */
export function shouldWarnWithoutGuide(observation: GuideObservation, site?: SiteRole): boolean {
  if (observation.kind === 'stripe-login-shown') return site === 'stripe-connect';
  return CONNECT_FLOW.has(observation.kind);
}

function pickLatest(guides: readonly GuideState[]): GuideState | undefined {
  let latest: GuideState | undefined;
  for (const guide of guides) if (!latest || guide.updatedAt > latest.updatedAt) latest = guide;
  return latest;
}

/**
 * The guide a browser restart orphaned: the newest active guide none of whose tabs is open any more. The side panel
 * offers it for resuming and the background adopts it on "resume", so both ask this one function.
 */
export function findOrphanedGuide(guides: readonly GuideState[], openTabIds: ReadonlySet<number>): GuideState | undefined {
  return guides
    .filter((guide) => guide.status === 'active' && !guide.tabIds.some((id) => openTabIds.has(id)))
    .sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

/**
 * The guide running in another open tab, when this tab has none: the popup points the agent to it rather than let a
 * second guide start for the same customer unnoticed. `tabId` is the open tab to go to (the starting one if open).
 */
export function findGuideInOtherTab(
  guides: readonly GuideState[],
  tabId: number,
  openTabIds: ReadonlySet<number>,
): { guide: GuideState; tabId: number } | undefined {
  if (findGuideForTab(guides, tabId)?.status === 'active') return undefined;
  const guide = pickLatest(guides.filter((g) => g.status === 'active' && g.tabIds.some((id) => id !== tabId && openTabIds.has(id))));
  if (!guide) return undefined;
  const open = openTabIds.has(guide.tabId) ? guide.tabId : guide.tabIds.find((id) => openTabIds.has(id))!;
  return { guide, tabId: open };
}
