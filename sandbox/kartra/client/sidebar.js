// Keeps the server-rendered left menu in step with client-side navigation.
import { cx } from './class-names.js';

function isSettingsPath(path) {
  return /^\/(settings|integrations)(\/|$)/.test(path);
}

export function highlightMenu(path) {
  const settings = isSettingsPath(path);
  for (const link of document.querySelectorAll(`.${cx('navLink')}`)) {
    const isSettingsGroup = link.nextElementSibling?.classList.contains(cx('subnav'));
    const active = isSettingsGroup ? settings : link.pathname === path;
    link.classList.toggle(cx('navLinkActive'), active);
    if (active && !isSettingsGroup) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
    if (isSettingsGroup) link.nextElementSibling.hidden = !settings;
  }
  for (const link of document.querySelectorAll(`.${cx('subnavLink')}`)) {
    const active = link.pathname === path;
    link.classList.toggle(cx('subnavLinkActive'), active);
    if (active) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

/** The menu's label for a path, or undefined when the menu has no such page. */
export function menuLabelOf(path) {
  for (const link of document.querySelectorAll(`.${cx('navLink')}, .${cx('subnavLink')}`)) {
    if (link.pathname === path) return link.textContent.trim();
  }
  return undefined;
}
