import { findAccountIds, readAccountIdFromUrl } from './account-id';
import { ancestorsOf, attr, inputValue, keepInnermost } from '../dom/element-access.ts';
import { queryAllDeep } from '../dom/search-roots.ts';
import { normalizeWords } from '../dom/text.ts';
import { isHidden } from '../dom/visibility.ts';
import { ownTextOf, textChunksOf, visibleText } from '../dom/visible-text.ts';
import { findPublishableKeys } from './find-keys';
import { ACCOUNT_SWITCHER_LABELS, BADGE_WORDS, matchesAny, PUBLISHABLE_KEY_LABELS } from './page-words';
import { parseStripeKey, type ValidKey } from './stripe-key';

/**
 * Readers for the Stripe Dashboard: which account is active, and the publishable key on Developers > API keys.
 * Only publishable keys are read; secret key text on the page is ignored.
 */

export interface DashboardAccount {
  /** From the URL (`/acct_…/…`), present when the dashboard is switched to a specific account. */
  accountId?: string;
  /** From the account switcher button, when exactly one is found. */
  name?: string;
  /** From the URL: `/test/…` is test mode. */
  mode: 'live' | 'test';
}

export type PublishableKeyReading =
  | { status: 'found'; key: ValidKey; element: Element }
  | { status: 'none' }
  | { status: 'ambiguous'; keys: ValidKey[] };

const SWITCHER_CANDIDATES = 'button, [role="button"], [role="combobox"]';
/** How far up from a "Publishable key" label we look for its key: the table row or card, not the whole page. */
const MAX_LABEL_CLIMB = 4;

function pathSegments(url: string): string[] {
  try {
    return new URL(url).pathname.split('/').filter((segment) => segment !== '');
  } catch {
    return [];
  }
}

/** Is this dashboard URL in test mode? `/test/…` or `/acct_…/test/…`. */
export function isTestModeUrl(url: string): boolean {
  const segments = pathSegments(url);
  const first = segments[0]?.startsWith('acct_') ? segments[1] : segments[0];
  return first === 'test';
}

function readSwitcherName(doc: Document): string | undefined {
  const switchers = queryAllDeep(doc, SWITCHER_CANDIDATES).filter((element) => {
    const popup = (attr(element, 'aria-haspopup') ?? 'false').toLowerCase();
    if (popup === 'false') return false;
    const label = normalizeWords(`${attr(element, 'aria-label') ?? ''} ${attr(element, 'title') ?? ''}`);
    // Fallback to a test id when the button has no telling label (attribute data, not a hashed class).
    const testId = (attr(element, 'data-testid') ?? '').toLowerCase();
    return (matchesAny(label, ACCOUNT_SWITCHER_LABELS) || /account-?switcher/.test(testId)) && !isHidden(element);
  });
  const names = new Set<string>();
  for (const switcher of keepInnermost(switchers)) {
    const name = textChunksOf(switcher).find(
      (chunk) => findAccountIds(chunk).length === 0 && !matchesAny(normalizeWords(chunk), BADGE_WORDS),
    );
    if (name) names.add(name);
  }
  return names.size === 1 ? [...names][0] : undefined;
}

/** The account the dashboard is showing: id from the URL, name from the switcher button, mode from the URL. */
export function readDashboardActiveAccount(url: string, doc: Document): DashboardAccount {
  const accountId = readAccountIdFromUrl(url);
  let name: string | undefined;
  try {
    name = readSwitcherName(doc);
  } catch {
    name = undefined;
  }
  return {
    ...(accountId ? { accountId } : {}),
    ...(name ? { name } : {}),
    mode: isTestModeUrl(url) ? 'test' : 'live',
  };
}

function keysIn(element: Element): string[] {
  const values = queryAllDeep(element, 'input, textarea')
    .filter((input) => !isHidden(input))
    .map((input) => inputValue(input));
  return findPublishableKeys([visibleText(element), ...values].join(' '));
}

/** Elements whose own text is a "Publishable key" label (own text only: whole-subtree text would be quadratic). */
function findKeyLabels(doc: Document): Element[] {
  const labels = queryAllDeep(doc, 'body *').filter((element) => {
    const text = normalizeWords(ownTextOf(element));
    return text !== '' && text.length < 40 && matchesAny(text, PUBLISHABLE_KEY_LABELS);
  });
  return labels.filter((label) => !isHidden(label));
}

/**
 * The publishable key shown on Developers > API keys: the `pk_…` next to a "Publishable key" label, or, when no label
 * is found, the only `pk_…` on the page. Several different keys give 'ambiguous'; truncated keys are not read.
 */
export function readApiKeysPagePublishableKey(doc: Document): PublishableKeyReading {
  try {
    const found = new Map<string, Element>();
    for (const label of findKeyLabels(doc)) {
      for (const container of [label, ...ancestorsOf(label, MAX_LABEL_CLIMB)]) {
        const keys = keysIn(container);
        if (keys.length === 0) continue;
        for (const key of keys) if (!found.has(key)) found.set(key, container);
        break;
      }
    }
    if (found.size === 0) {
      const body = queryAllDeep(doc, 'body')[0];
      for (const key of body ? keysIn(body) : []) found.set(key, body as Element);
    }
    const keys: Array<{ key: ValidKey; element: Element }> = [];
    for (const [text, element] of found) {
      const parsed = parseStripeKey(text);
      if (parsed.valid && parsed.kind === 'publishable') keys.push({ key: parsed, element });
    }
    const [only] = keys;
    if (!only) return { status: 'none' };
    if (keys.length > 1) return { status: 'ambiguous', keys: keys.map((k) => k.key) };
    return { status: 'found', key: only.key, element: only.element };
  } catch {
    return { status: 'none' };
  }
}
