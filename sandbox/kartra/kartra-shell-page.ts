/**
 * The page every Kartra app path returns: sidebar, top bar and an empty main area that the browser-side app
 * (/static/app/main.js) fills and re-fills on `history.pushState` navigation, like a single-page app.
 */
import { kartraClass as k } from '../http/class-names.ts';
import { html, trusted, type SafeHtml } from '../http/html.ts';
import { MAIN_MENU, SETTINGS_ITEM, SETTINGS_MENU, isSettingsPath, type MenuItem } from './kartra-menu.ts';

export function kartraShellPage(path: string): SafeHtml {
  const inSettings = isSettingsPath(path);
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kartra</title>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/app.css">
<script type="module" src="/static/app/main.js"></script>
</head>
<body>
<div class="${k('app')}">
  <aside class="${k('sidebar')}">
    <a class="${k('brand')}" href="/dashboard" aria-label="Kartra home"><span class="${k('brandMark')}">${trusted(BRAND_MARK)}</span>kartra</a>
    <nav class="${k('nav')}" aria-label="Main menu">
      <ul>
        ${MAIN_MENU.map((item) => html`<li>${menuLink(item, path === item.path)}</li>`)}
        <li>
          ${menuLink(SETTINGS_ITEM, inSettings, true)}
          <ul class="${k('subnav')}" ${inSettings ? '' : trusted('hidden')}>
            ${SETTINGS_MENU.map(
              (item) =>
                html`<li><a class="${k('subnavLink')}${path === item.path ? ` ${k('subnavLinkActive')}` : ''}" href="${item.path}"${path === item.path ? trusted(' aria-current="page"') : ''}>${item.label}</a></li>`,
            )}
          </ul>
        </li>
      </ul>
    </nav>
    <div class="${k('sidebarFoot')}">Kartra · Brightpath Media</div>
  </aside>
  <div class="${k('column')}">
    <header class="${k('topbar')}">
      <input class="${k('topSearch')}" type="search" placeholder="Search contacts, pages, products…" aria-label="Search Kartra">
      <div class="${k('topActions')}">
        <button class="${k('iconButton')}" type="button" aria-label="Help">${trusted(ICON_HELP)}</button>
        <button class="${k('iconButton')}" type="button" aria-label="Notifications">${trusted(ICON_BELL)}</button>
        <button class="${k('user')}" type="button" aria-label="Account menu"><span class="${k('avatar')}" aria-hidden="true">JL</span><span>Jordan Lee</span></button>
      </div>
    </header>
    <main class="${k('content')}"></main>
  </div>
</div>
</body>
</html>`;
}

function menuLink(item: MenuItem, active: boolean, withChevron = false): SafeHtml {
  return html`<a class="${k('navLink')}${active ? ` ${k('navLinkActive')}` : ''}" href="${item.path}"${active && !withChevron ? trusted(' aria-current="page"') : ''}>
    <svg class="${k('navIcon')}" viewBox="0 0 20 20" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"><path d="${item.icon}"/></svg>
    <span>${item.label}</span>${withChevron ? trusted(`<svg class="${k('chevron')}" viewBox="0 0 12 12" aria-hidden="true"><path d="M3 4.5l3 3 3-3" stroke="currentColor" stroke-width="1.5" fill="none"/></svg>`) : ''}
  </a>`;
}

const BRAND_MARK =
  '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M3 2h3v5l5-5h4l-6 6 6 6h-4L6 9v5H3z" fill="#fff"/></svg>';
const ICON_HELP =
  '<svg width="20" height="20" viewBox="0 0 20 20" fill="none" stroke="currentColor" stroke-width="1.6" aria-hidden="true"><circle cx="10" cy="10" r="8"/><path d="M7.8 7.6a2.3 2.3 0 1 1 3.2 2.1c-.7.3-1 .8-1 1.5v.4M10 14.2v.1"/></svg>';
const ICON_BELL =
  '<svg width="20" height="20" viewBox="0 0 20 20" fill="none" stroke="currentColor" stroke-width="1.6" aria-hidden="true"><path d="M5 8a5 5 0 0 1 10 0v4l1.5 2.5h-13L5 12zM8 17a2 2 0 0 0 4 0"/></svg>';

export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="#2d8cf0"/><path d="M8 6h5v9l9-9h6L18 16l10 10h-6l-9-9v9H8z" fill="#fff"/></svg>';
