// The banners above the tiles: the outcome of a Stripe reconnect (shown once, after Stripe sends the user back) and
// the standing "Action required" alert while any integration needs attention.
import { cx } from './class-names.js';
import { h, icon } from './dom.js';

const ICON_ALERT = 'M10 2.5l8 14H2zM10 8v4M10 14.5v.1';
const ICON_CHECK = 'M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16zM6.5 10.2l2.4 2.4 4.6-5';

export function outcomeBanner(outcome) {
  if (!outcome) return null;
  return banner({
    tone: outcome.ok ? 'alertSuccess' : 'alertDanger',
    role: outcome.ok ? 'status' : 'alert',
    iconPath: outcome.ok ? ICON_CHECK : ICON_ALERT,
    title: outcome.title,
    text: outcome.detail,
    dismissible: true,
  });
}

/** wording: { lead, says } from the server; `says: 'paused'` is scenario `unfamiliar=status`, a redesign's words. */
export function attentionBanner(tiles, wording) {
  const flagged = tiles.filter((t) => t.status === 'attention');
  if (flagged.length === 0) return null;
  const stripe = flagged.some((t) => t.name === 'Stripe');
  const others = [...new Set(flagged.filter((t) => t.name !== 'Stripe').map((t) => t.name))];
  const text = wording.says === 'paused' ? pausedText(stripe, others) : reconnectText(stripe, others);
  return h(
    'div',
    { class: cx('alert', 'alertWarning'), role: 'alert' },
    h('span', { class: cx('alertIcon') }, icon(ICON_ALERT)),
    h('div', { class: cx('alertBody') }, h('p', { class: cx('alertText') }, h('strong', {}, wording.lead), ` ${text} `, h('a', { href: 'https://support.kartra.com/', target: '_blank', rel: 'noopener' }, 'Learn more'))),
  );
}

function reconnectText(stripe, others) {
  if (stripe && others.length === 0) return 'your Stripe integration needs to be reconnected to keep payments and subscriptions processing.';
  if (stripe) return `your Stripe integration needs to be reconnected, and ${others.join(', ')} ${others.length === 1 ? 'needs' : 'need'} attention.`;
  return `${others.join(', ')} ${others.length === 1 ? 'needs' : 'need'} your attention.`;
}

function pausedText(stripe, others) {
  const rest = others.length ? `${others.join(', ')} ${others.length === 1 ? 'is' : 'are'} paused too.` : '';
  if (stripe) return `Stripe stopped taking payments for your products and subscriptions. Link it again from its tile. ${rest}`.trim();
  return rest;
}

function banner({ tone, role, iconPath, title, text, dismissible }) {
  const element = h(
    'div',
    { class: cx('alert', tone), role },
    h('span', { class: cx('alertIcon') }, icon(iconPath)),
    h('div', { class: cx('alertBody') }, h('p', { class: cx('alertTitle') }, title), h('p', { class: cx('alertText') }, text)),
    dismissible ? h('button', { type: 'button', class: cx('alertClose'), 'aria-label': 'Dismiss', onclick: () => element.remove() }, '×') : null,
  );
  return element;
}
