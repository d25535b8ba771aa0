// The app's other pages: enough to navigate through on the way to Settings > Integrations.
import { cx } from './class-names.js';
import { h } from './dom.js';

function pageHeader(title, lead, crumbs) {
  return [
    crumbs ? h('nav', { class: cx('crumbs'), 'aria-label': 'Breadcrumb' }, crumbs) : null,
    h('h1', { class: cx('pageTitle') }, title),
    lead ? h('p', { class: cx('pageLead') }, lead) : null,
  ];
}

function card(title, text, href) {
  const children = [h('p', { class: cx('cardTitle') }, title), h('p', { class: cx('cardText') }, text)];
  return href ? h('a', { class: cx('card'), href }, children) : h('div', { class: cx('card') }, children);
}

export function renderDashboardPage(main) {
  document.title = 'Dashboard | Kartra';
  const stat = (label, value) => h('div', { class: cx('card') }, h('p', { class: cx('cardText') }, label), h('p', { class: cx('statValue') }, value));
  main.append(
    ...pageHeader('Dashboard', 'Welcome back, Jordan. Here is how Brightpath Media is doing this month.'),
    h('div', { class: cx('cards') }, stat('Revenue (30 days)', '$18,240.00'), stat('Active subscriptions', '342'), stat('New contacts', '1,208'), stat('Open tickets', '7')),
  );
}

export function renderSettingsPage(main) {
  document.title = 'Settings | Kartra';
  main.append(
    ...pageHeader('Settings', 'Manage your account, domains, billing and the services Kartra connects to.'),
    h(
      'div',
      { class: cx('cards') },
      card('My account', 'Profile, password and login security.', '/settings/account'),
      card('Integrations', 'Payment gateways, email services, webinars and more.', '/integrations'),
      card('Domains', 'Custom domains and DNS status.', '/settings/domains'),
      card('Billing', 'Your Kartra plan and invoices.', '/settings/billing'),
    ),
  );
}

export function renderPlaceholderPage(main, _signal, label) {
  document.title = `${label} | Kartra`;
  main.append(...pageHeader(label), h('div', { class: cx('placeholder') }, `Nothing to show in ${label} yet.`));
}

export function renderNotFoundPage(main) {
  document.title = 'Page not found | Kartra';
  main.append(
    ...pageHeader('Page not found', 'The page you are looking for does not exist or has moved.'),
    h('a', { class: cx('button', 'buttonPrimary'), href: '/dashboard' }, 'Back to dashboard'),
  );
}
