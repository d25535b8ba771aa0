// What every modal window shares: the dimmed overlay, Escape and backdrop click to close, focus kept inside, focus
// returned to where it came from, and closing when the user navigates away (the page's signal).
import { cx } from './class-names.js';
import { h } from './dom.js';

export function openModal(dialog, pageSignal) {
  const returnFocusTo = document.activeElement;
  const overlay = h('div', { class: cx('overlay') }, dialog);
  let closed = false;

  const close = () => {
    if (closed) return;
    closed = true;
    overlay.remove();
    document.removeEventListener('keydown', onKeyDown, true);
    pageSignal.removeEventListener('abort', close);
    document.body.style.overflow = '';
    if (returnFocusTo instanceof HTMLElement && returnFocusTo.isConnected) returnFocusTo.focus();
  };
  const onKeyDown = (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') {
      keepFocusInside(dialog, event);
    }
  };

  overlay.addEventListener('mousedown', (event) => {
    if (event.target === overlay) close();
  });
  document.addEventListener('keydown', onKeyDown, true);
  pageSignal.addEventListener('abort', close);
  document.body.style.overflow = 'hidden';
  document.body.append(overlay);
  return close;
}

function keepFocusInside(dialog, event) {
  const focusable = [...dialog.querySelectorAll('button, input, select, a[href], [tabindex]:not([tabindex="-1"])')].filter((el) => !el.disabled);
  if (focusable.length === 0) return;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
