// Client-side navigation: menu links are intercepted and pushed onto history, back/forward re-render (popstate).
// Each page gets an AbortSignal that fires when the user leaves it, so its timers, requests and overlays go away.
import { cx } from './class-names.js';
import { renderIntegrationsPage } from './integrations-page.js';
import { highlightMenu, menuLabelOf } from './sidebar.js';
import { renderDashboardPage, renderNotFoundPage, renderPlaceholderPage, renderSettingsPage } from './simple-pages.js';

const PAGES = {
  '/dashboard': renderDashboardPage,
  '/settings': renderSettingsPage,
  '/integrations': renderIntegrationsPage,
};

let leavePage = null;

export function startRouter() {
  document.addEventListener('click', followLinkInApp);
  window.addEventListener('popstate', showCurrentPage);
  showCurrentPage();
}

export function navigate(path) {
  history.pushState(null, '', path);
  showCurrentPage();
}

function followLinkInApp(event) {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!link || link.target || link.hasAttribute('download') || link.origin !== location.origin) return;
  // Server routes (OAuth, the sandbox panel, files) are real page loads.
  if (/^\/(__sandbox|static|api|integrations\/stripe)(\/|$)/.test(link.pathname)) return;
  event.preventDefault();
  if (link.pathname + link.search !== location.pathname + location.search) navigate(link.pathname + link.search);
}

function showCurrentPage() {
  leavePage?.abort();
  const controller = new AbortController();
  leavePage = controller;
  const main = document.querySelector(`.${cx('content')}`);
  main.replaceChildren();
  highlightMenu(location.pathname);
  const path = location.pathname;
  const label = menuLabelOf(path);
  const render = PAGES[path] ?? (label ? renderPlaceholderPage : renderNotFoundPage);
  render(main, controller.signal, label);
}
