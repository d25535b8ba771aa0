// One integration tile: logo, name, category, a status bubble and a three-dots button. The status is carried by the
// bubble's colour, title and aria-label only — like the real page, the tile's text does not spell out an error.
import { cx } from './class-names.js';
import { h, icon } from './dom.js';

const STATUS = {
  connected: { label: 'Connected', className: 'statusOk' },
  'not-configured': { label: 'Not configured', className: 'statusIdle' },
};

const DATE_FORMAT = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

/** wording: what scenario `unfamiliar` may change (the server's `wording`): the menu button's name and icon, the bubble. */
export function buildTile(tile, openMenu, wording) {
  return h(
    'div',
    { class: cx('tile') },
    h(
      'div',
      { class: cx('tileHead') },
      h('img', { class: cx('logo'), src: tile.logoUrl, alt: `${tile.name} logo`, width: 40, height: 40, loading: 'lazy', decoding: 'async' }),
      h(
        'div',
        { class: cx('tileTitles') },
        h('div', { class: cx('tileName') }, tile.name, tile.nickname ? h('span', { class: cx('tileNick') }, ` · ${tile.nickname}`) : null),
        h('div', { class: cx('tileCategory') }, tile.categoryLabel),
      ),
    ),
    tile.unreadable ? plainBubble() : statusBubble(tile.status, wording),
    h(
      'div',
      { class: cx('tileFoot') },
      h('span', { class: cx('tileMeta') }, h('span', {}, footnote(tile))),
      h(
        'button',
        { type: 'button', class: cx('dotsButton'), 'aria-label': wording.menuButton, 'aria-haspopup': 'menu', 'aria-expanded': 'false', onclick: (event) => openMenu(event.currentTarget, tile) },
        wording.menuButtonIcon === 'sliders' ? sliders() : dots(),
      ),
    ),
  );
}

function statusBubble(status, wording) {
  // Scenario `unfamiliar=status`: the attention bubble says something else, in amber (a redesign's wording and colour).
  const { label, className } = status === 'attention' ? { label: wording.attentionLabel, className: wording.attentionLook } : STATUS[status];
  return h(
    'span',
    { class: cx('status', className), role: 'img', title: label, 'aria-label': label },
    status === 'connected' ? icon('M5.5 10.5l3 3 6-7', 12) : null,
  );
}

// A status marker the extension cannot read: a dot in a colour that means nothing, with no title or label (scenario
// `unreadable`). The extension must say it cannot tell, not call the tile fine.
function plainBubble() {
  return h('span', { class: cx('status', 'statusPlain') });
}

function footnote(tile) {
  if (tile.status === 'not-configured' && !tile.unreadable) return 'Not set up';
  return tile.addedOn ? `Added ${DATE_FORMAT.format(new Date(tile.addedOn))}` : 'Added recently';
}

function dots() {
  return h(
    'svg',
    { width: 18, height: 18, viewBox: '0 0 18 18', fill: 'currentColor', 'aria-hidden': 'true', focusable: 'false' },
    h('circle', { cx: 9, cy: 3.5, r: 1.6 }),
    h('circle', { cx: 9, cy: 9, r: 1.6 }),
    h('circle', { cx: 9, cy: 14.5, r: 1.6 }),
  );
}

// Scenario `unfamiliar=dots`: a settings-sliders icon, nothing that looks like three dots.
function sliders() {
  return icon('M3 6h8M15 6h2M3 14h2M9 14h8M13 4v4M7 12v4', 18);
}
