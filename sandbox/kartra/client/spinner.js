// The loading state shown while the backend answers.
import { cx } from './class-names.js';
import { h } from './dom.js';

export function spinner(text = 'Loading…') {
  return h('div', { class: cx('spinnerWrap'), role: 'status' }, h('div', { class: cx('spinner'), 'aria-hidden': 'true' }), h('span', {}, text));
}
