import { CATALOGUE, type CatalogueEntry, type CatalogueId, getCatalogueEntry } from './entries';

/**
 * Recognise a catalogue entry from what the agent sees: page text (Kartra's verbatim messages, Stripe's JSON error
 * codes) or a URL (Stripe's `error=` redirect). Tolerant of curly or straight quotes, case, and odd whitespace;
 * several different messages at once give 'ambiguous' rather than a guess.
 */

export type Diagnosis =
  | { status: 'none' }
  | { status: 'found'; entry: CatalogueEntry }
  | { status: 'ambiguous'; entries: CatalogueEntry[] };

/** Text beyond this is not looked at: messages sit in short banners and dialogs, and a hostile page may be huge. */
const MAX_TEXT_LENGTH = 2_000_000;
const MAX_URL_LENGTH = 16_384;
const STRIPE_CODE = /(?<![a-z0-9_])(invalid_scope|invalid_redirect_uri|invalid_request|unsupported_response_type|access_denied)(?![a-z0-9_])/g;
// A Map, not an object: a code read from a URL may be "__proto__" or "constructor".
const STRIPE_ENTRY_BY_CODE: ReadonlyMap<string, CatalogueId> = new Map([
  ['invalid_scope', 'stripe-invalid-scope'],
  ['invalid_redirect_uri', 'stripe-invalid-redirect-uri'],
  ['invalid_request', 'stripe-invalid-request'],
  ['unsupported_response_type', 'stripe-unsupported-response-type'],
  ['access_denied', 'stripe-access-denied'],
]);
/** Two names for one event: Kartra's message wins when both are on the page. */
const SAME_EVENT: ReadonlyArray<readonly [CatalogueId, CatalogueId]> = [['stripe-access-denied', 'kartra-user-denied']];

/** Lower case, no quotes of any kind, no zero-width characters, single spaces. */
export function normalizeMessageText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/["'`\u2018-\u201F\u2032\u2033\u00AB\u00BB\u2039\u203A]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const KARTRA_PATTERNS: ReadonlyArray<readonly [CatalogueId, RegExp]> = CATALOGUE.filter(
  (entry) => entry.source === 'kartra',
).map((entry) => [entry.id, new RegExp(`(?<![a-z0-9])${escapeRegExp(normalizeMessageText(entry.trigger))}(?![a-z0-9])`)]);

function toDiagnosis(ids: Set<CatalogueId>): Diagnosis {
  for (const [duplicate, preferred] of SAME_EVENT) if (ids.has(preferred)) ids.delete(duplicate);
  const entries = [...ids].map(getCatalogueEntry);
  const [only] = entries;
  if (!only) return { status: 'none' };
  return entries.length === 1 ? { status: 'found', entry: only } : { status: 'ambiguous', entries };
}

function idsInText(text: string): Set<CatalogueId> {
  const ids = new Set<CatalogueId>();
  if (typeof text !== 'string' || text === '') return ids;
  const clipped = text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text;
  const normalized = normalizeMessageText(clipped);
  for (const [id, pattern] of KARTRA_PATTERNS) if (pattern.test(normalized)) ids.add(id);
  // Codes keep their underscores, so they are matched on the lower-cased raw text.
  for (const match of clipped.toLowerCase().matchAll(STRIPE_CODE)) {
    const id = STRIPE_ENTRY_BY_CODE.get(match[1] ?? '');
    if (id) ids.add(id);
  }
  return ids;
}

/** Which catalogue entry does this page text show? */
export function diagnoseFromText(text: string): Diagnosis {
  try {
    return toDiagnosis(idsInText(text));
  } catch {
    return { status: 'none' };
  }
}

/**
 * Which entry does this URL point to? Stripe's redirect `?error=access_denied` (in the query or the fragment) is
 * Kartra's "User denied request"; other `error=` codes map to their Stripe entries; otherwise parameter values are
 * read like page text (a Kartra page may carry its message in the URL).
 */
export function diagnoseFromUrl(url: string): Diagnosis {
  try {
    if (typeof url !== 'string' || url.length > MAX_URL_LENGTH) return { status: 'none' };
    const parsed = new URL(url);
    const params = [parsed.searchParams, new URLSearchParams(parsed.hash.replace(/^#/, ''))];
    const codes = new Set(
      params.flatMap((p) => p.getAll('error')).map((code) => code.trim().toLowerCase()),
    );
    const fromCodes = new Set<CatalogueId>();
    for (const code of codes) {
      if (code === 'access_denied') fromCodes.add('kartra-user-denied');
      else {
        const id = STRIPE_ENTRY_BY_CODE.get(code);
        if (id) fromCodes.add(id);
      }
    }
    if (fromCodes.size > 0) return toDiagnosis(fromCodes);
    const values = params.flatMap((p) => [...p.values()]).join(' | ');
    return toDiagnosis(idsInText(values));
  } catch {
    return { status: 'none' };
  }
}
