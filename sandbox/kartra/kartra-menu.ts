/**
 * Kartra's left menu. The same list feeds the server-rendered sidebar and the browser-side router (through the
 * shell page), so a path is either a page of the app or a "Page not found", never half of each.
 */
export interface MenuItem {
  label: string;
  path: string;
  icon: string;
}

export const MAIN_MENU: readonly MenuItem[] = Object.freeze([
  { label: 'Dashboard', path: '/dashboard', icon: 'M3 3h6v8H3zM11 3h6v4h-6zM11 9h6v8h-6zM3 13h6v4H3z' },
  { label: 'Contacts', path: '/contacts', icon: 'M10 10a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM3 17c0-3.3 3.1-5 7-5s7 1.7 7 5' },
  { label: 'Products', path: '/products', icon: 'M3 6l7-3 7 3v8l-7 3-7-3zM3 6l7 3 7-3M10 9v8' },
  { label: 'Pages', path: '/pages', icon: 'M5 2h7l4 4v12H5zM12 2v4h4' },
  { label: 'Funnels & Campaigns', path: '/funnels', icon: 'M2 3h16l-6 7v6l-4 2v-8z' },
  { label: 'Mail', path: '/mail', icon: 'M2 5h16v11H2zM2 5l8 6 8-6' },
  { label: 'Memberships', path: '/memberships', icon: 'M10 2l2.4 5 5.6.8-4 3.9 1 5.5L10 14.6 5 17.2l1-5.5-4-3.9L7.6 7z' },
  { label: 'Calendars', path: '/calendars', icon: 'M3 4h14v13H3zM3 8h14M7 2v4M13 2v4' },
  { label: 'Helpdesks', path: '/helpdesks', icon: 'M3 11a7 7 0 0 1 14 0v4h-3v-5h3M3 10h3v5H3z' },
  { label: 'Affiliates', path: '/affiliates', icon: 'M6 7a3 3 0 1 0 0-.1M14 15a3 3 0 1 0 0-.1M14 5a3 3 0 1 0 0-.1M8.5 8.5l3 -2M8.5 11.5l3 2' },
  { label: 'Analytics', path: '/analytics', icon: 'M3 17V9M8 17V4M13 17v-6M18 17V7' },
]);

export const SETTINGS_ITEM: MenuItem = Object.freeze({
  label: 'Settings',
  path: '/settings',
  icon: 'M10 13a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM10 1v3M10 16v3M1 10h3M16 10h3M3.6 3.6l2.1 2.1M14.3 14.3l2.1 2.1M3.6 16.4l2.1-2.1M14.3 5.7l2.1-2.1',
});

export const SETTINGS_MENU: readonly MenuItem[] = Object.freeze([
  { label: 'My account', path: '/settings/account', icon: '' },
  { label: 'Integrations', path: '/integrations', icon: '' },
  { label: 'Domains', path: '/settings/domains', icon: '' },
  { label: 'Billing', path: '/settings/billing', icon: '' },
]);

/** Paths the app renders (anything else under the shell shows "Page not found"). */
export function isAppPath(path: string): boolean {
  return path === SETTINGS_ITEM.path || [...MAIN_MENU, ...SETTINGS_MENU].some((item) => item.path === path);
}

export function isSettingsPath(path: string): boolean {
  return path === '/settings' || path.startsWith('/settings/') || path === '/integrations' || path.startsWith('/integrations/');
}
