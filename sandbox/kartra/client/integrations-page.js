// Settings > Integrations. The frame appears at once; the list arrives late (the backend takes the scenario's delay),
// a spinner first. Filtering and searching rebuild the tile nodes from scratch, as a virtual-DOM app would.
import { getJson, isAbort } from './api.js';
import { attentionBanner, outcomeBanner } from './banners.js';
import { cx } from './class-names.js';
import { confirmDisconnect } from './disconnect-dialog.js';
import { startMutating } from './dom-mutator.js';
import { h } from './dom.js';
import { openEditDialog } from './edit-dialog.js';
import { closeOptionsMenu, openOptionsMenu } from './options-menu.js';
import { spinner } from './spinner.js';
import { buildTile } from './tile.js';

const ICON_EDIT = 'M13.5 3.5l3 3L7 16H4v-3zM11.5 5.5l3 3';
const ICON_UNLINK = 'M8 12l4-4M6.5 9.5l-2 2a2.8 2.8 0 0 0 4 4l2-2M13.5 10.5l2-2a2.8 2.8 0 0 0-4-4l-2 2';

export function renderIntegrationsPage(main, signal) {
  document.title = 'Integrations | Kartra';
  const banners = h('div', {});
  const filter = h('select', { class: cx('select'), 'aria-label': 'Filter by category', disabled: true }, h('option', { value: '' }, 'All'));
  const search = h('input', { type: 'search', class: cx('search'), placeholder: 'Search integrations', 'aria-label': 'Search integrations', autocomplete: 'off' });
  const count = h('span', { class: cx('countText'), 'aria-live': 'polite' });
  const list = h('div', { class: cx('grid') });
  main.append(
    h('nav', { class: cx('crumbs'), 'aria-label': 'Breadcrumb' }, h('a', { href: '/settings' }, 'Settings'), h('span', { 'aria-hidden': 'true' }, '/'), h('span', {}, 'Integrations')),
    h('h1', { class: cx('pageTitle') }, 'Integrations'),
    h('p', { class: cx('pageLead') }, 'Connect Kartra with payment gateways, email services, webinars and the other tools you use.'),
    banners,
    h('div', { class: cx('toolbar') }, filter, search, count),
    list,
  );

  let tiles = [];
  let wording;
  let searchTimer;
  filter.addEventListener('change', showTiles);
  search.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(showTiles, 120);
  });
  load();

  async function load() {
    list.setAttribute('aria-busy', 'true');
    list.replaceChildren(h('div', { class: cx('empty') }, spinner('Loading integrations…')));
    try {
      const data = await getJson('/api/integrations', signal);
      tiles = data.integrations;
      wording = data.wording;
      filter.replaceChildren(h('option', { value: '' }, 'All'), ...data.categories.map((c) => h('option', { value: c.id }, c.filterLabel)));
      filter.disabled = false;
      banners.replaceChildren(...[outcomeBanner(data.outcome), attentionBanner(tiles, wording.attentionBanner)].filter(Boolean));
      showTiles();
      if (data.mutationsPerSecond > 0) startMutating(list, data.mutationsPerSecond, signal);
    } catch (error) {
      if (isAbort(error)) return;
      list.replaceChildren(h('div', { class: cx('empty') }, 'We could not load your integrations. ', h('button', { type: 'button', class: cx('button', 'buttonSecondary'), onclick: load }, 'Try again')));
    } finally {
      list.removeAttribute('aria-busy');
    }
  }

  function showTiles() {
    closeOptionsMenu();
    const query = search.value.trim().toLowerCase();
    const shown = tiles.filter(
      (t) => (!filter.value || t.category === filter.value) && (!query || `${t.name} ${t.nickname ?? ''} ${t.categoryLabel}`.toLowerCase().includes(query)),
    );
    const fragment = document.createDocumentFragment();
    for (const tile of shown) fragment.append(buildTile(tile, openMenu, wording));
    if (shown.length === 0) fragment.append(h('div', { class: cx('empty') }, 'No integrations match your filters.'));
    list.replaceChildren(fragment);
    count.textContent = `${shown.length} ${shown.length === 1 ? 'integration' : 'integrations'}`;
  }

  function openMenu(button, tile) {
    if (button.getAttribute('aria-expanded') === 'true') {
      closeOptionsMenu();
      return;
    }
    openOptionsMenu(button, `${tile.name} options`, [
      { label: wording.editItem, iconPath: ICON_EDIT, onSelect: () => openEditDialog(tile, signal) },
      { label: 'Disconnect', iconPath: ICON_UNLINK, danger: true, disabled: tile.status === 'not-configured', onSelect: () => confirmDisconnect(tile, signal, load) },
    ]);
  }
}
