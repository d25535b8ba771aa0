// The three-dots menu. Like most component libraries it is a popover appended to <body>, not a child of the tile.
import { cx } from './class-names.js';
import { h, icon } from './dom.js';

let closeOpenMenu = null;

/** items: [{ label, onSelect, danger?, disabled? }] */
export function openOptionsMenu(button, menuLabel, items) {
  closeOptionsMenu();
  const menu = h(
    'div',
    { class: cx('menu'), role: 'menu', 'aria-label': menuLabel },
    items.map((item) =>
      h(
        'button',
        {
          type: 'button',
          role: 'menuitem',
          tabindex: '-1',
          class: cx('menuItem', item.danger ? 'menuItemDanger' : null),
          'aria-disabled': item.disabled ? 'true' : false,
          onclick: () => {
            if (item.disabled) return;
            closeOptionsMenu();
            item.onSelect();
          },
        },
        icon(item.iconPath, 16),
        h('span', {}, item.label),
      ),
    ),
  );
  document.body.append(menu);
  placeBelow(menu, button);
  button.setAttribute('aria-expanded', 'true');

  const onPointerDown = (event) => {
    if (!menu.contains(event.target) && !button.contains(event.target)) closeOptionsMenu();
  };
  const onKeyDown = (event) => {
    const entries = [...menu.querySelectorAll('[role="menuitem"]')];
    const at = entries.indexOf(document.activeElement);
    if (event.key === 'Escape') {
      closeOptionsMenu();
      button.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      entries[(at + step + entries.length) % entries.length]?.focus();
    }
  };
  document.addEventListener('pointerdown', onPointerDown, true);
  document.addEventListener('keydown', onKeyDown);
  window.addEventListener('resize', closeOptionsMenu);
  closeOpenMenu = () => {
    document.removeEventListener('pointerdown', onPointerDown, true);
    document.removeEventListener('keydown', onKeyDown);
    window.removeEventListener('resize', closeOptionsMenu);
    button.setAttribute('aria-expanded', 'false');
    menu.remove();
  };
  menu.querySelector('[role="menuitem"]')?.focus();
}

export function closeOptionsMenu() {
  closeOpenMenu?.();
  closeOpenMenu = null;
}

function placeBelow(menu, button) {
  const anchor = button.getBoundingClientRect();
  const left = Math.max(8, anchor.right - menu.offsetWidth);
  menu.style.top = `${anchor.bottom + window.scrollY + 6}px`;
  menu.style.left = `${left + window.scrollX}px`;
}
