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
  const action = browser.action;
  if (!action) return; // No toolbar button in this context (tests, odd embedders): nothing to paint.
  // A tab can close between the report and the paint; that is not an error worth surfacing, and one failed call
  // (even a synchronous throw) must not stop the others.
  await Promise.allSettled([
    attempt(() => action.setBadgeText({ tabId, text: alert ? String(Math.min(needsAttention, 99)) : '' })),
    attempt(() => action.setBadgeBackgroundColor({ tabId, color: BADGE_RED })),
    attempt(() => action.setTitle({ tabId, title: badgeTitle(needsAttention) })),
    attempt(() => action.setIcon({ tabId, path: iconSet(alert ? 'icon-alert' : 'icon') })),
  ]);
}

function badgeTitle(needsAttention: number): string {
  if (needsAttention === 0) return 'Stripe Reconnect Assistant';
  const one = needsAttention === 1;
  return `Stripe Reconnect Assistant: ${needsAttention} integration${one ? '' : 's'} need${one ? 's' : ''} attention`;
}

function attempt(call: () => Promise<unknown>): Promise<unknown> {
  try {
    return call();
  } catch (error) {
    return Promise.reject(error);
  }
}
