import { describe, expect, it } from 'vitest';
import { compareKeys, compareKeyWithAccount } from '../../../lib/stripe/compare-keys';
import { parseStripeKey } from '../../../lib/stripe/stripe-key';
import {
  ACME_PK_LIVE,
  ACME_PK_TEST,
  ACME_SK_LIVE,
  BETA_PK_LIVE,
  CANARY_RK_TEST,
  GAMMA_PK_LIVE,
  LEGACY_PK_LIVE,
  LEGACY_PK_TEST,
  accountIdOf,
  modernKey,
} from '../../fixtures/stripe/keys';

describe('compareKeys', () => {
  it('identical keys are the same key (also with surrounding whitespace, also legacy)', () => {
    expect(compareKeys(ACME_PK_LIVE, ` ${ACME_PK_LIVE}\n`).verdict).toBe('same-key');
    expect(compareKeys(LEGACY_PK_TEST, LEGACY_PK_TEST).verdict).toBe('same-key');
  });

  it('two keys of one account are the same account', () => {
    const other = modernKey('pk', 'live', 'acme', 'ROLLED');
    const result = compareKeys(ACME_PK_LIVE, other);
    expect(result.verdict).toBe('same-account');
    expect(result.explanation).toContain('acct_…t001');
    expect(compareKeys(ACME_PK_LIVE, ACME_SK_LIVE).verdict).toBe('same-account');
  });

  it('live and test key of one account: mode-mismatch that says it is the same account', () => {
    const result = compareKeys(ACME_PK_LIVE, ACME_PK_TEST, ['the key in Kartra', 'the key in Stripe']);
    expect(result.verdict).toBe('mode-mismatch');
    expect(result.explanation).toMatch(/same Stripe account/);
    expect(result.explanation).toMatch(/the key in Kartra is a live key/);
    expect(result.explanation).toMatch(/live publishable key/);
  });

  it('different accounts', () => {
    const result = compareKeys(ACME_PK_LIVE, BETA_PK_LIVE, ['the key in Kartra', 'the key in Stripe']);
    expect(result.verdict).toBe('different-account');
    expect(result.explanation).toContain('acct_…t001');
    expect(result.explanation).toContain('acct_…t002');
    expect(compareKeys(ACME_PK_TEST, GAMMA_PK_LIVE).verdict).toBe('different-account');
    expect(compareKeys(ACME_PK_TEST, GAMMA_PK_LIVE).explanation).toMatch(/one is a test key/);
  });

  it('a legacy key against anything else is cannot-tell, never a match', () => {
    expect(compareKeys(LEGACY_PK_TEST, ACME_PK_TEST).verdict).toBe('cannot-tell');
    expect(compareKeys(ACME_PK_LIVE, LEGACY_PK_LIVE).verdict).toBe('cannot-tell');
    expect(compareKeys(LEGACY_PK_LIVE, LEGACY_PK_TEST).verdict).toBe('cannot-tell');
    const result = compareKeys(LEGACY_PK_LIVE, ACME_PK_LIVE, ['the key in Kartra', 'the key in Stripe']);
    expect(result.explanation).toMatch(/^The key in Kartra is an older-style key/);
    expect(compareKeys(LEGACY_PK_LIVE, LEGACY_PK_TEST).explanation).toMatch(/^Both keys are older-style keys/);
  });

  it('any invalid side gives invalid, naming which side', () => {
    const result = compareKeys(ACME_PK_LIVE, `${BETA_PK_LIVE}\u200B`, ['the key in Kartra', 'the pasted key']);
    expect(result.verdict).toBe('invalid');
    expect(result.explanation).toMatch(/^The pasted key is not a valid Stripe key: .*invisible/);
    expect(compareKeys('', '').explanation).toMatch(/first key.*second key/);
  });

  it('accepts parsed keys and re-derives their fields from the key text', () => {
    const acme = parseStripeKey(ACME_PK_LIVE);
    const beta = parseStripeKey(BETA_PK_LIVE);
    expect(compareKeys(acme, BETA_PK_LIVE).verdict).toBe('different-account');
    expect(compareKeys(acme, beta).verdict).toBe('different-account');
    // A hand-made object claiming Beta's account cannot make Acme's key match Beta.
    if (!acme.valid) throw new Error('fixture');
    const forged = { ...acme, accountRef: accountIdOf('beta') };
    expect(compareKeys(forged, BETA_PK_LIVE).verdict).toBe('different-account');
    expect(compareKeys(parseStripeKey('x'), ACME_PK_LIVE).verdict).toBe('invalid');
  });

  it('never repeats a secret key in the explanation', () => {
    for (const other of [ACME_PK_LIVE, BETA_PK_LIVE, LEGACY_PK_TEST, 'junk', CANARY_RK_TEST]) {
      const { explanation } = compareKeys(CANARY_RK_TEST, other);
      expect(explanation).not.toContain('CANARY');
    }
  });
});

describe('compareKeyWithAccount', () => {
  it('matches a modern key with its account id', () => {
    expect(compareKeyWithAccount(ACME_PK_LIVE, accountIdOf('acme')).verdict).toBe('same-account');
    expect(compareKeyWithAccount(ACME_PK_LIVE, ` ${accountIdOf('acme')} `).verdict).toBe('same-account');
  });

  it('a test key of the account is the same account, with the live-key hint', () => {
    const result = compareKeyWithAccount(ACME_PK_TEST, accountIdOf('acme'), 'the key in Kartra');
    expect(result.verdict).toBe('same-account');
    expect(result.explanation).toMatch(/test key/);
  });

  it('another account is different-account', () => {
    const result = compareKeyWithAccount(ACME_PK_LIVE, accountIdOf('beta'));
    expect(result.verdict).toBe('different-account');
    expect(result.explanation).toContain('acct_…t002');
  });

  it('legacy keys and unusual ids cannot tell', () => {
    expect(compareKeyWithAccount(LEGACY_PK_LIVE, accountIdOf('acme')).verdict).toBe('cannot-tell');
    expect(compareKeyWithAccount(ACME_PK_LIVE, 'acct_FakeOldStyleId').verdict).toBe('cannot-tell');
  });

  it('invalid key or id gives invalid', () => {
    expect(compareKeyWithAccount('nope', accountIdOf('acme')).verdict).toBe('invalid');
    expect(compareKeyWithAccount(ACME_PK_LIVE, 'acct_1FakeAcmeAcct00\u200B1').verdict).toBe('invalid');
    expect(compareKeyWithAccount(ACME_PK_LIVE, 'acct_1FakeAcmeAcct001'.replace('A', '\u0410')).verdict).toBe('invalid');
    expect(compareKeyWithAccount(ACME_PK_LIVE, '').verdict).toBe('invalid');
  });

  it('is case-sensitive: ids differing only in case are different accounts', () => {
    expect(compareKeyWithAccount(ACME_PK_LIVE, accountIdOf('acme').toLowerCase()).verdict).toBe(
      'different-account',
    );
  });
});
