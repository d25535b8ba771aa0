import { parseAccountId, redactAccountId } from './account-id';
import { parseStripeKey, type ParsedKey, type ValidKey } from './stripe-key';

/**
 * Do two keys (or a key and an account id) belong to the same Stripe account? Answers only what the key text proves:
 * an older key carries no account id, so any comparison with it is "cannot tell" — never a match — unless the two keys
 * are literally identical.
 *
 * Choice on live vs test: a test key and a live key of the same account share its account segment, so they ARE the
 * same account. We still answer 'mode-mismatch' rather than 'same-account' for that pair, because Kartra stores and
 * checks the live key: an agent comparing against a test key has not yet compared what Kartra compares. The
 * explanation says it is the same account. `compareKeyWithAccount` has no such case: an account id has no mode.
 */

export type KeyComparisonVerdict =
  | 'same-key'
  | 'same-account'
  | 'different-account'
  | 'mode-mismatch'
  | 'cannot-tell'
  | 'invalid';

export interface KeyComparison {
  verdict: KeyComparisonVerdict;
  /** Plain English for the agent. Mentions account ids redacted to their last 4 characters, never key material. */
  explanation: string;
}

export type AccountComparisonVerdict = 'same-account' | 'different-account' | 'cannot-tell' | 'invalid';

export interface AccountComparison {
  verdict: AccountComparisonVerdict;
  explanation: string;
}

/** How the two sides are called in explanations, e.g. `['the key in Kartra', 'the key you pasted']`. */
export type ComparisonLabels = readonly [string, string];

const DEFAULT_LABELS: ComparisonLabels = ['the first key', 'the second key'];
const LIVE_KEY_HINT =
  'Kartra checks the live key: compare with the live publishable key (Stripe Dashboard > Developers > API keys, with test mode off).';

/** Re-parse whatever we are given, so derived fields (account, mode) cannot disagree with the key text. */
function toParsed(input: string | ParsedKey): ParsedKey {
  if (typeof input === 'string') return parseStripeKey(input);
  if (input !== null && typeof input === 'object' && input.valid === true && typeof input.normalized === 'string') {
    return parseStripeKey(input.normalized);
  }
  if (input !== null && typeof input === 'object' && input.valid === false) return input;
  return parseStripeKey('');
}

/** Own property only: a polluted `Object.prototype.accountRef` must not give a legacy key an account. */
function accountOf(key: ValidKey): string | undefined {
  return Object.hasOwn(key, 'accountRef') ? key.accountRef : undefined;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Compare two keys. The verdict is symmetric: swapping `a` and `b` never changes it. */
export function compareKeys(
  a: string | ParsedKey,
  b: string | ParsedKey,
  labels: ComparisonLabels = DEFAULT_LABELS,
): KeyComparison {
  const [labelA, labelB] = labels;
  const keyA = toParsed(a);
  const keyB = toParsed(b);
  if (!keyA.valid || !keyB.valid) {
    const parts: string[] = [];
    if (!keyA.valid) parts.push(`${capitalise(labelA)} is not a valid Stripe key: ${keyA.message}`);
    if (!keyB.valid) parts.push(`${capitalise(labelB)} is not a valid Stripe key: ${keyB.message}`);
    return { verdict: 'invalid', explanation: parts.join(' ') };
  }
  if (keyA.normalized === keyB.normalized) {
    return {
      verdict: 'same-key',
      explanation: `Both are the same key (${keyA.redacted}), so they belong to the same Stripe account.`,
    };
  }
  const refA = accountOf(keyA);
  const refB = accountOf(keyB);
  if (refA === undefined || refB === undefined) {
    return { verdict: 'cannot-tell', explanation: explainLegacy(refA, refB, labelA, labelB) };
  }
  const accountA = redactAccountId(refA);
  const accountB = redactAccountId(refB);
  if (refA !== refB) {
    const modeNote =
      keyA.mode === keyB.mode ? '' : ` (Also, one is a ${keyA.mode} key and the other a ${keyB.mode} key.)`;
    return {
      verdict: 'different-account',
      explanation:
        `These keys belong to different Stripe accounts: ${labelA} to ${accountA}, ${labelB} to ${accountB}. ` +
        `In Stripe, select the account whose key matches the one in Kartra.${modeNote}`,
    };
  }
  if (keyA.mode !== keyB.mode) {
    return {
      verdict: 'mode-mismatch',
      explanation:
        `Both keys belong to the same Stripe account (${accountA}), but ${labelA} is a ${keyA.mode} key and ` +
        `${labelB} is a ${keyB.mode} key. ${LIVE_KEY_HINT}`,
    };
  }
  return {
    verdict: 'same-account',
    explanation: `Both keys belong to the same Stripe account (${accountA}).`,
  };
}

function explainLegacy(refA: string | undefined, refB: string | undefined, labelA: string, labelB: string): string {
  const subject =
    refA === undefined && refB === undefined
      ? 'Both keys are older-style keys that do not contain their account id'
      : `${capitalise(refA === undefined ? labelA : labelB)} is an older-style key that does not contain its account id`;
  return (
    `${subject}, so the keys alone cannot tell whether it is the same account. ` +
    'Open Developers > API keys in each Stripe account and compare the publishable key there with the one in Kartra.'
  );
}

/**
 * Compare a key with an `acct_…` id, e.g. one shown in Stripe's account picker or dashboard URL.
 * Only modern keys and modern ids (`acct_1` + 15) can be matched; anything else is 'cannot-tell'.
 */
export function compareKeyWithAccount(
  key: string | ParsedKey,
  accountId: string,
  keyLabel: string = 'the key',
): AccountComparison {
  const parsedKey = toParsed(key);
  const parsedId = parseAccountId(accountId);
  if (!parsedKey.valid || !parsedId.valid) {
    const parts: string[] = [];
    if (!parsedKey.valid) parts.push(`${capitalise(keyLabel)} is not a valid Stripe key: ${parsedKey.message}`);
    if (!parsedId.valid) parts.push(`The account id is not valid: ${parsedId.message}`);
    return { verdict: 'invalid', explanation: parts.join(' ') };
  }
  const ref = accountOf(parsedKey);
  if (ref === undefined) {
    return {
      verdict: 'cannot-tell',
      explanation:
        `${capitalise(keyLabel)} is an older-style key that does not contain its account id, so it cannot be matched ` +
        `with ${parsedId.redacted}. Open Developers > API keys in that account and compare the publishable key there.`,
    };
  }
  if (parsedId.format !== 'modern') {
    return {
      verdict: 'cannot-tell',
      explanation: `The account id ${parsedId.redacted} has an unusual form, so it cannot be matched with a key. Compare the publishable key in that account instead.`,
    };
  }
  if (ref === parsedId.id) {
    const modeNote = parsedKey.mode === 'test' ? ` ${capitalise(keyLabel)} is a test key; ${LIVE_KEY_HINT}` : '';
    return {
      verdict: 'same-account',
      explanation: `${capitalise(keyLabel)} belongs to this account (${parsedId.redacted}).${modeNote}`,
    };
  }
  return {
    verdict: 'different-account',
    explanation: `${capitalise(keyLabel)} belongs to ${redactAccountId(ref)}, not to ${parsedId.redacted}. Choose another account.`,
  };
}
