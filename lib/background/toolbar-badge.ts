/**
 * The toolbar icon as a per-tab health light: a red count and the alert icon when integrations need attention,
 * the plain icon otherwise.
 */
import { browser } from 'wxt/browser';

const BADGE_RED = '#b42318';
const iconSet = (variant: 'icon' | 'icon-alert') =>
  Object.fromEntries([16, 32, 48, 128].map((size) => [size, `/${variant}/${size}.png`]));

export async function paintToolbarBadge(tabId: number, needsAttention: number): Promise<void> {
  const alert = needsAttention > 0;
  // A tab can close between the report and the paint; that is not an error worth surfacing.
  await Promise.allSettled([
    browser.action.setBadgeText({ tabId, text: alert ? String(Math.min(needsAttention, 99)) : '' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_RED }),
    browser.action.setTitle({
      tabId,
      title: alert
        ? `Stripe Reconnect Assistant: ${needsAttention} integration${needsAttention === 1 ? '' : 's'} need${needsAttention === 1 ? 's' : ''} attention`
        : 'Stripe Reconnect Assistant',
    }),
    browser.action.setIcon({ tabId, path: iconSet(alert ? 'icon-alert' : 'icon') }),
  ]);
}
