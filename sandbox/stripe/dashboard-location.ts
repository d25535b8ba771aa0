/**
 * Reading and writing dashboard URLs. Like Stripe's, they may carry the account (`/acct_…/apikeys`) and test mode
 * (`/test/apikeys`); without an account they mean "the account currently selected".
 */
export interface DashboardLocation {
  /** The `acct_…` segment, when the URL names one. */
  accountInPath: string | null;
  testMode: boolean;
  /** What follows, e.g. "dashboard", "apikeys", "balance/overview"; "" for the root. */
  page: string;
}

export function parseDashboardPath(path: string): DashboardLocation {
  const segments = path.split('/').filter(Boolean);
  const accountInPath = segments[0]?.startsWith('acct_') ? (segments.shift() ?? null) : null;
  const testMode = segments[0] === 'test';
  if (testMode) segments.shift();
  return { accountInPath, testMode, page: segments.join('/') };
}

export function dashboardHref(page: string, options: { account?: string | null; testMode?: boolean }): string {
  return `${options.account ? `/${options.account}` : ''}${options.testMode ? '/test' : ''}/${page}`;
}

/** The dashboard's own pages; anything else is a 404 inside the dashboard frame. */
export const DASHBOARD_PAGES: readonly { page: string; label: string }[] = Object.freeze([
  { page: 'dashboard', label: 'Home' },
  { page: 'balance/overview', label: 'Balances' },
  { page: 'payments', label: 'Transactions' },
  { page: 'customers', label: 'Customers' },
  { page: 'products', label: 'Product catalog' },
  { page: 'apikeys', label: 'API keys' },
]);
