/**
 * The toolbar icon as a per-tab health light: a red count and the alert icon when integrations need attention, an
 * amber `?` when nothing is red but some status could not be read (or no tile was found on the Integrations page),
 * the plain icon otherwise. Never an all-clear that was not read. The tooltip is worded here, where it is shown.
 */
import { browser } from 'wxt/browser';
import type { HealthCounts } from '../health/health-counts';
import { t } from '../i18n';

const BADGE_RED = '#b42318';
const BADGE_AMBER = '#93370d';
const iconSet = (variant: 'icon' | 'icon-alert') =>
  Object.fromEntries([16, 32, 48, 128].map((size) => [size, `/${variant}/${size}.png`]));

export interface BadgeLook {
  text: string;
  colour: string;
  title: string;
  alert: boolean;
}

/** What the badge shows for these counts, in the browser's language. No side effects, for tests. */
export function badgeLook(counts: HealthCounts): BadgeLook {
  const { needsAttention, unreadable, noTiles } = counts;
  const app = t('extName');
  if (needsAttention > 0) {
    return {
      text: String(Math.min(needsAttention, 99)),
      colour: BADGE_RED,
      title:
        unreadable > 0
          ? t('badge.needsAttentionSomeUnreadable', needsAttention, { app, unreadable })
          : t('badge.needsAttention', needsAttention, { app }),
      alert: true,
    };
  }
  if (unreadable > 0) return { text: '?', colour: BADGE_AMBER, title: t('badge.unreadable', unreadable, { app }), alert: false };
  if (noTiles) return { text: '?', colour: BADGE_AMBER, title: t('badge.noTiles', { app }), alert: false };
  return { text: '', colour: BADGE_RED, title: app, alert: false };
}

export async function paintToolbarBadge(tabId: number, counts: HealthCounts): Promise<void> {
  const look = badgeLook(counts);
  const action = browser.action;
  if (!action) return; // No toolbar button in this context (tests, odd embedders): nothing to paint.
  // A tab can close between the report and the paint; that is not an error worth surfacing, and one failed call
  // (even a synchronous throw) must not stop the others.
  await Promise.allSettled([
    attempt(() => action.setBadgeText({ tabId, text: look.text })),
    attempt(() => action.setBadgeBackgroundColor({ tabId, color: look.colour })),
    attempt(() => action.setTitle({ tabId, title: look.title })),
    attempt(() => action.setIcon({ tabId, path: iconSet(look.alert ? 'icon-alert' : 'icon') })),
  ]);
}

function attempt(call: () => Promise<unknown>): Promise<unknown> {
  try {
    return call();
  } catch (error) {
    return Promise.reject(error);
  }
}
