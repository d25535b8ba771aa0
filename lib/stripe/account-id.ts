import { findCharacterProblem, trimAsciiWhitespace } from './text-safety';

/**
 * Stripe account ids (`acct_…`) as they appear in the account picker, in dashboard URLs and in pasted text.
 * Modern ids are `acct_1` + 15 letters/digits; only those can be matched against a modern key's account segment.
 */

export const MODERN_ACCOUNT_ID = /^acct_1[A-Za-z0-9]{15}$/;
/** Loose on length on purpose (older ids may differ); strict on characters. */
const ACCOUNT_ID = /^acct_[A-Za-z0-9]{8,40}$/;
const MAX_ACCOUNT_INPUT_LENGTH = 256;
// In running text: not glued to letters, digits, marks or invisible characters (a zero-width space must not split
// off a shorter "id"), and not cut short by an ellipsis ("acct_1AbC…" is no id).
const ACCOUNT_ID_IN_TEXT =
  /(?<![\p{L}\p{N}\p{M}\p{Cf}_])acct_[A-Za-z0-9]{8,40}(?![\p{L}\p{N}\p{M}\p{Cf}_…]|\.\.\.)/gu;
/** Running text scanned for ids is capped: a picker row is short, a page may be hostile. */
const MAX_SCANNED_TEXT = 200_000;

export type AccountIdInvalidReason =
  | 'empty'
  | 'too-long'
  | 'invisible-characters'
  | 'look-alike-characters'
  | 'not-an-account-id';

/** What exactly is wrong, as a code and values (components/text/key-check.ts words it); never the text itself. */
export type AccountIdProblem =
  | { code: 'not-text' | 'empty' | 'too-long' | 'not-an-account-id' }
  | { code: 'invisible-character' | 'look-alike-character'; codePoint: number; position: number };

export type ParsedAccountId =
  | { valid: true; id: string; format: 'modern' | 'other'; redacted: string }
  | { valid: false; reason: AccountIdInvalidReason; problem: AccountIdProblem };

/** Parse one `acct_…` id (surrounding ASCII whitespace allowed). Never throws. */
export function parseAccountId(input: string): ParsedAccountId {
  if (typeof input !== 'string') return { valid: false, reason: 'not-an-account-id', problem: { code: 'not-text' } };
  if (input.length > MAX_ACCOUNT_INPUT_LENGTH) return { valid: false, reason: 'too-long', problem: { code: 'too-long' } };
  const id = trimAsciiWhitespace(input);
  if (id === '') return { valid: false, reason: 'empty', problem: { code: 'empty' } };
  const problem = findCharacterProblem(id);
  if (problem?.kind === 'invisible' || problem?.kind === 'look-alike') {
    return {
      valid: false,
      reason: problem.kind === 'invisible' ? 'invisible-characters' : 'look-alike-characters',
      problem: { code: `${problem.kind}-character`, codePoint: problem.codePoint, position: problem.position },
    };
  }
  if (!ACCOUNT_ID.test(id)) return { valid: false, reason: 'not-an-account-id', problem: { code: 'not-an-account-id' } };
  return { valid: true, id, format: MODERN_ACCOUNT_ID.test(id) ? 'modern' : 'other', redacted: redactAccountId(id) };
}

/** True for a well-formed `acct_…` id with nothing around it. */
export function isAccountId(input: string): boolean {
  return parseAccountId(input).valid && trimAsciiWhitespace(input) === input;
}

/** `acct_…Ab12`: the last 4 characters only, as reports require. */
export function redactAccountId(id: string): string {
  if (typeof id !== 'string' || !id.startsWith('acct_') || id.length < 9) return 'acct_…';
  return `acct_…${id.slice(-4)}`;
}

/** Every distinct complete `acct_…` id in a piece of text, in order of appearance. Truncated ids are skipped. */
export function findAccountIds(text: string): string[] {
  if (typeof text !== 'string' || !text.includes('acct_')) return [];
  const found = new Set<string>();
  for (const match of text.slice(0, MAX_SCANNED_TEXT).matchAll(ACCOUNT_ID_IN_TEXT)) found.add(match[0]);
  return [...found];
}

/**
 * The account a dashboard URL is switched to: only the FIRST path segment counts
 * (`/acct_1…/apikeys`, `/acct_1…/test/payments`). Later segments name other accounts, e.g. a connected account
 * in `/connect/accounts/acct_…`, which is not the one the agent is signed in to.
 */
export function readAccountIdFromUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const first = parsed.pathname.split('/').find((segment) => segment !== '');
  return first !== undefined && ACCOUNT_ID.test(first) ? first : undefined;
}
