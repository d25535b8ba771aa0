import { parseAccountId, redactAccountId, type AccountIdProblem } from './account-id';
import { parseStripeKey, type KeyMode, type KeyProblem, type ParsedKey, type ValidKey } from './stripe-key';

/**
 * Do two keys (or a key and an account id) belong to the same Stripe account? Answers only what the key text proves:
 * an older key carries no account id, so any comparison with it is "cannot tell" — never a match — unless the two keys
 * are literally identical.
 *
 * Choice on live vs test: a test key and a live key of the same account share its account segment, so they ARE the
 * same account. We still answer 'mode-mismatch' rather than 'same-account' for that pair, because Kartra stores and
 * checks the live key: an agent comparing against a test key has not yet compared what Kartra compares. The
 * explanation says it is the same account. `compareKeyWithAccount` has no such case: an account id has no mode (its
 * explanation mentions a test key).
 */

export type KeyComparisonVerdict = KeyComparison['verdict'];

/**
 * A verdict and the values its explanation needs (components/text/key-check.ts words it, naming the two sides). Account
 * ids are redacted to their last 4 characters and keys to `pk_live_…Ab12`: never key material. Pairs are in argument
 * order: `[a, b]`.
 */
export type KeyComparison =
  | { verdict: 'invalid'; problems: readonly [KeyProblem | undefined, KeyProblem | undefined] }
  | { verdict: 'same-key'; redactedKey: string }
  /** Which side is an older-style key with no account id in it. */
  | { verdict: 'cannot-tell'; legacy: 'both' | 'first' | 'second' }
  | { verdict: 'different-account'; accounts: readonly [string, string]; modes: readonly [KeyMode, KeyMode] }
  | { verdict: 'mode-mismatch'; account: string; modes: readonly [KeyMode, KeyMode] }
  | { verdict: 'same-account'; account: string };

export type AccountComparisonVerdict = AccountComparison['verdict'];

/** As KeyComparison, for a key and an account id; `account` is the id, redacted. */
export type AccountComparison =
  | { verdict: 'invalid'; keyProblem?: KeyProblem; accountIdProblem?: AccountIdProblem }
  /** `legacy-key`: the key has no account id in it; `unusual-id`: the id is not of the form a key can match. */
  | { verdict: 'cannot-tell'; cause: 'legacy-key' | 'unusual-id'; account: string }
  | { verdict: 'same-account'; account: string; mode: KeyMode }
  | { verdict: 'different-account'; account: string; keyAccount: string };

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

/** Compare two keys. The verdict is symmetric: swapping `a` and `b` never changes it. */
export function compareKeys(a: string | ParsedKey, b: string | ParsedKey): KeyComparison {
  const keyA = toParsed(a);
  const keyB = toParsed(b);
  if (!keyA.valid || !keyB.valid) {
    return { verdict: 'invalid', problems: [keyA.valid ? undefined : keyA.problem, keyB.valid ? undefined : keyB.problem] };
  }
  if (keyA.normalized === keyB.normalized) return { verdict: 'same-key', redactedKey: keyA.redacted };
  const refA = accountOf(keyA);
  const refB = accountOf(keyB);
  if (refA === undefined || refB === undefined) {
    return { verdict: 'cannot-tell', legacy: refA === undefined && refB === undefined ? 'both' : refA === undefined ? 'first' : 'second' };
  }
  const accountA = redactAccountId(refA);
  const modes = [keyA.mode, keyB.mode] as const;
  if (refA !== refB) return { verdict: 'different-account', accounts: [accountA, redactAccountId(refB)], modes };
  if (keyA.mode !== keyB.mode) return { verdict: 'mode-mismatch', account: accountA, modes };
  return { verdict: 'same-account', account: accountA };
}

/**
 * Compare a key with an `acct_…` id, e.g. one shown in Stripe's account picker or dashboard URL.
 * Only modern keys and modern ids (`acct_1` + 15) can be matched; anything else is 'cannot-tell'.
 */
export function compareKeyWithAccount(key: string | ParsedKey, accountId: string): AccountComparison {
  const parsedKey = toParsed(key);
  const parsedId = parseAccountId(accountId);
  if (!parsedKey.valid || !parsedId.valid) {
    return {
      verdict: 'invalid',
      ...(parsedKey.valid ? {} : { keyProblem: parsedKey.problem }),
      ...(parsedId.valid ? {} : { accountIdProblem: parsedId.problem }),
    };
  }
  const ref = accountOf(parsedKey);
  if (ref === undefined) return { verdict: 'cannot-tell', cause: 'legacy-key', account: parsedId.redacted };
  if (parsedId.format !== 'modern') return { verdict: 'cannot-tell', cause: 'unusual-id', account: parsedId.redacted };
  if (ref === parsedId.id) return { verdict: 'same-account', account: parsedId.redacted, mode: parsedKey.mode };
  return { verdict: 'different-account', account: parsedId.redacted, keyAccount: redactAccountId(ref) };
}
