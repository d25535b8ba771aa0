import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareKeys, compareKeyWithAccount } from '../../../lib/stripe/compare-keys';
import { anyKeyInput, legacyKey, modernKey, modernTail, mode, prefix, segment } from './arbitraries';

const RUNS = { numRuns: 100_000 };
const MATCHES = new Set(['same-key', 'same-account', 'mode-mismatch']);

/** Pairs that exercise every verdict: identical, padded copies, shared accounts, and unrelated inputs. */
const keyPair = fc.oneof(
  fc.tuple(anyKeyInput, anyKeyInput),
  fc.tuple(modernKey, modernKey),
  anyKeyInput.map((k) => [k, k] as [string, string]),
  anyKeyInput.map((k) => [k, ` ${k}\n`] as [string, string]),
);

describe('compareKeys properties', () => {
  it('is symmetric (same verdict both ways) and never throws', () => {
    fc.assert(
      fc.property(keyPair, ([a, b]) => compareKeys(a, b).verdict === compareKeys(b, a).verdict),
      RUNS,
    );
  });

  it('keys of different accounts are never a match', () => {
    const differentAccounts = fc
      .tuple(prefix, mode, segment, modernTail, prefix, mode, segment, modernTail)
      .filter(([, , s1, , , , s2]) => s1 !== s2);
    fc.assert(
      fc.property(differentAccounts, ([p1, m1, s1, t1, p2, m2, s2, t2]) => {
        const verdict = compareKeys(`${p1}_${m1}_51${s1}${t1}`, `${p2}_${m2}_51${s2}${t2}`).verdict;
        return verdict === 'different-account';
      }),
      RUNS,
    );
  });

  it('a legacy key never matches anything but itself', () => {
    fc.assert(
      fc.property(legacyKey, fc.oneof(anyKeyInput, legacyKey, modernKey), (legacy, other) => {
        fc.pre(legacy.trim() !== other.trim());
        const ab = compareKeys(legacy, other).verdict;
        const ba = compareKeys(other, legacy).verdict;
        return !MATCHES.has(ab) && !MATCHES.has(ba);
      }),
      RUNS,
    );
  });

  it('keys of one account match, with mode-mismatch exactly when modes differ', () => {
    fc.assert(
      fc.property(prefix, mode, modernTail, prefix, mode, modernTail, segment, (p1, m1, t1, p2, m2, t2, s) => {
        const a = `${p1}_${m1}_51${s}${t1}`;
        const b = `${p2}_${m2}_51${s}${t2}`;
        const verdict = compareKeys(a, b).verdict;
        if (a === b) return verdict === 'same-key';
        return verdict === (m1 === m2 ? 'same-account' : 'mode-mismatch');
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('compareKeyWithAccount properties', () => {
  it('matches exactly when the account segment is the id', () => {
    fc.assert(
      fc.property(prefix, mode, segment, modernTail, segment, (p, m, s, t, idSegment) => {
        const verdict = compareKeyWithAccount(`${p}_${m}_51${s}${t}`, `acct_1${idSegment}`).verdict;
        return verdict === (s === idSegment ? 'same-account' : 'different-account');
      }),
      { numRuns: 20_000 },
    );
  });

  it('legacy keys never match an account', () => {
    fc.assert(
      fc.property(legacyKey, segment, (legacy, idSegment) => {
        return compareKeyWithAccount(legacy, `acct_1${idSegment}`).verdict === 'cannot-tell';
      }),
      { numRuns: 20_000 },
    );
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(anyKeyInput, fc.string({ unit: 'binary', maxLength: 80 }), (key, id) => {
        const { verdict } = compareKeyWithAccount(key, id);
        return ['same-account', 'different-account', 'cannot-tell', 'invalid'].includes(verdict);
      }),
      { numRuns: 20_000 },
    );
  });

  it('1 MB inputs give invalid', () => {
    const huge = 'pk_live_51'.padEnd(1 << 20, 'A');
    expect(compareKeys(huge, huge).verdict).toBe('invalid');
    expect(compareKeyWithAccount(huge, 'acct_1FakeAcmeAcct001').verdict).toBe('invalid');
    expect(compareKeyWithAccount('pk_live_51FakeAcmeAcct001'.padEnd(100, 'T'), 'acct_'.padEnd(1 << 20, 'x')).verdict).toBe(
      'invalid',
    );
  });
});
