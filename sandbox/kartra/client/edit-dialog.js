// Three dots > Edit. For a payment tile this is the "Edit payment gateway" window; for Stripe it shows the
// Publishable key of the account used so far and the "Connect with Stripe" button (the help article's steps 3–4).
import { getJson, isAbort } from './api.js';
import { cx } from './class-names.js';
import { h, icon, uniqueId } from './dom.js';
import { openModal } from './modal.js';
import { spinner } from './spinner.js';

export function openEditDialog(tile, pageSignal) {
  const titleId = uniqueId();
  const body = h('div', { class: cx('dialogBody') }, spinner());
  const foot = h('div', { class: cx('dialogFoot') });
  const dialog = h(
    'div',
    { class: cx('dialog'), role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId },
    h(
      'div',
      { class: cx('dialogHead') },
      h('h2', { class: cx('dialogTitle'), id: titleId }, tile.category === 'payment' ? 'Edit payment gateway' : 'Edit integration'),
      h('button', { type: 'button', class: cx('dialogClose'), 'aria-label': 'Close', onclick: () => close() }, icon('M5 5l10 10M15 5L5 15')),
    ),
    body,
    foot,
  );
  const close = openModal(dialog, pageSignal);
  foot.append(closeButton(close));
  dialog.querySelector('button')?.focus();

  getJson(`/api/integrations/${encodeURIComponent(tile.slug)}`, pageSignal)
    .then((detail) => {
      body.replaceChildren(...dialogContent(tile, detail));
      if (detail.canSave) foot.append(h('button', { type: 'button', class: cx('button', 'buttonPrimary'), onclick: () => close() }, 'Save'));
    })
    .catch((error) => {
      if (!isAbort(error)) body.replaceChildren(h('p', { class: cx('help') }, 'Something went wrong while loading this integration. Close this window and try again.'));
    });
}

function dialogContent(tile, detail) {
  return [
    h(
      'div',
      { class: cx('gatewayRow') },
      h('img', { class: cx('logo'), src: tile.logoUrl, alt: `${tile.name} logo`, width: 40, height: 40 }),
      h('div', {}, h('div', { class: cx('gatewayName') }, tile.name, tile.nickname ? ` · ${tile.nickname}` : ''), h('div', { class: cx('tileCategory') }, tile.categoryLabel)),
    ),
    detail.intro ? h('p', { class: cx('help') }, detail.intro) : null,
    ...detail.fields.map(field),
    // Scenario `unfamiliar=key`: fields grouped under a titled block of the window.
    ...(detail.sections ?? []).map((section) => h('section', { class: cx('fieldSection') }, h('h3', { class: cx('fieldSectionTitle') }, section.title), ...section.fields.map(field))),
    detail.connectUrl
      ? h('button', { type: 'button', class: cx('button', 'buttonStripe'), onclick: () => window.location.assign(detail.connectUrl) }, detail.connectLabel)
      : null,
  ];
}

function field({ label, value, readOnly }) {
  const id = uniqueId();
  return h(
    'div',
    { class: cx('field') },
    h('label', { class: cx('fieldLabel'), for: id }, label),
    h('input', { id, class: cx('input'), type: 'text', value, readonly: readOnly, spellcheck: 'false', autocomplete: 'off' }),
  );
}

function closeButton(close) {
  return h('button', { type: 'button', class: cx('button', 'buttonSecondary'), onclick: () => close() }, 'Close');
}
