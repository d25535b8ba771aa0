// Three dots > Disconnect: asks first, then tells the backend.
import { postJson } from './api.js';
import { cx } from './class-names.js';
import { h, uniqueId } from './dom.js';
import { openModal } from './modal.js';

export function confirmDisconnect(tile, pageSignal, onDisconnected) {
  const titleId = uniqueId();
  const cancel = h('button', { type: 'button', class: cx('button', 'buttonSecondary'), onclick: () => close() }, 'Cancel');
  const confirm = h(
    'button',
    {
      type: 'button',
      class: cx('button', 'buttonDanger'),
      onclick: async () => {
        confirm.disabled = true;
        await postJson(`/api/integrations/${encodeURIComponent(tile.slug)}/disconnect`, {}, pageSignal).catch(() => undefined);
        close();
        onDisconnected();
      },
    },
    'Disconnect',
  );
  const dialog = h(
    'div',
    { class: cx('dialog'), role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': titleId },
    h('div', { class: cx('dialogHead') }, h('h2', { class: cx('dialogTitle'), id: titleId }, `Disconnect ${tile.name}?`)),
    h('div', { class: cx('dialogBody') }, h('p', { class: cx('help') }, `Kartra will stop using ${tile.name}. Anything that relies on it stops working until you set it up again.`)),
    h('div', { class: cx('dialogFoot') }, cancel, confirm),
  );
  const close = openModal(dialog, pageSignal);
  cancel.focus();
}
