import { describe, expect, it } from 'vitest';
import { compareKeys, compareKeyWithAccount } from '../../../lib/stripe/compare-keys';
import { parseStripeKey } from '../../../lib/stripe/stripe-key';
import { accountComparisonText, keyComparisonText, type ComparisonSides } from '../../../components/text/key-check';
import { useTestLocale } from '../support/fake-browser-gaps';
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

const KARTRA_AND_STRIPE: ComparisonSides = ['the key in Kartra', 'the key in Stripe'];
/** The explanation the agent reads, naming the sides as the caller does. */
const explain = (a: Parameters<typeof compareKeys>[0], b: Parameters<typeof compareKeys>[1], sides?: ComparisonSides) => keyComparisonText(compareKeys(a, b), sides);

describe('compareKeys', () => {
  it('identical keys are the same key (also with surrounding whitespace, also legacy)', () => {
    expect(compareKeys(ACME_PK_LIVE, ` ${ACME_PK_LIVE}\n`).verdict).toBe('same-key');
    expect(compareKeys(LEGACY_PK_TEST, LEGACY_PK_TEST).verdict).toBe('same-key');
  });

  it('two keys of one account are the same account', () => {
    const other = modernKey('pk', 'live', 'acme', 'ROLLED');
    expect(compareKeys(ACME_PK_LIVE, other)).toEqual({ verdict: 'same-account', account: 'acct_…t001' });
    expect(explain(ACME_PK_LIVE, other)).toBe('Both keys belong to the same Stripe account (acct_…t001).');
    expect(compareKeys(ACME_PK_LIVE, ACME_SK_LIVE).verdict).toBe('same-account');
  });

  it('live and test key of one account: mode-mismatch that says it is the same account', () => {
    expect(compareKeys(ACME_PK_LIVE, ACME_PK_TEST)).toEqual({ verdict: 'mode-mismatch', account: 'acct_…t001', modes: ['live', 'test'] });
    const explanation = explain(ACME_PK_LIVE, ACME_PK_TEST, KARTRA_AND_STRIPE);
    expect(explanation).toMatch(/same Stripe account/);
    expect(explanation).toMatch(/the key in Kartra is a live key and the key in Stripe is a test key/);
    expect(explanation).toMatch(/live publishable key/);
  });

  it('different accounts', () => {
    const result = compareKeys(ACME_PK_LIVE, BETA_PK_LIVE);
    expect(result).toEqual({ verdict: 'different-account', accounts: ['acct_…t001', 'acct_…t002'], modes: ['live', 'live'] });
    expect(explain(ACME_PK_LIVE, BETA_PK_LIVE, KARTRA_AND_STRIPE)).toBe(
      'These keys belong to different Stripe accounts: the key in Kartra to acct_…t001, the key in Stripe to acct_…t002. ' +
        'In Stripe, select the account whose key matches the one in Kartra.',
    );
    expect(compareKeys(ACME_PK_TEST, GAMMA_PK_LIVE).verdict).toBe('different-account');
    expect(explain(ACME_PK_TEST, GAMMA_PK_LIVE)).toMatch(/\(Also, one is a test key and the other a live key\.\)$/);
  });

  it('a legacy key against anything else is cannot-tell, never a match', () => {
    expect(compareKeys(LEGACY_PK_TEST, ACME_PK_TEST).verdict).toBe('cannot-tell');
    expect(compareKeys(ACME_PK_LIVE, LEGACY_PK_LIVE).verdict).toBe('cannot-tell');
    expect(compareKeys(LEGACY_PK_LIVE, LEGACY_PK_TEST).verdict).toBe('cannot-tell');
    expect(compareKeys(LEGACY_PK_LIVE, ACME_PK_LIVE)).toEqual({ verdict: 'cannot-tell', legacy: 'first' });
    expect(compareKeys(ACME_PK_LIVE, LEGACY_PK_LIVE)).toEqual({ verdict: 'cannot-tell', legacy: 'second' });
    expect(explain(LEGACY_PK_LIVE, ACME_PK_LIVE, KARTRA_AND_STRIPE)).toMatch(/^The key in Kartra is an older-style key/);
    expect(explain(ACME_PK_LIVE, LEGACY_PK_LIVE, KARTRA_AND_STRIPE)).toMatch(/^The key in Stripe is an older-style key/);
    expect(explain(LEGACY_PK_LIVE, LEGACY_PK_TEST)).toMatch(/^Both keys are older-style keys/);
  });

  it('any invalid side gives invalid, naming which side', () => {
    const result = compareKeys(ACME_PK_LIVE, `${BETA_PK_LIVE}\u200B`);
    expect(result).toEqual({
      verdict: 'invalid',
      problems: [undefined, { code: 'invisible-character', codePoint: 0x200b, position: BETA_PK_LIVE.length + 1 }],
    });
    expect(keyComparisonText(result, ['the key in Kartra', 'the pasted key'])).toMatch(/^The pasted key is not a valid Stripe key: .*invisible/);
    expect(explain('', '')).toBe('The first key is not a valid Stripe key: No key was entered. The second key is not a valid Stripe key: No key was entered.');
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
      const comparison = compareKeys(CANARY_RK_TEST, other);
      expect(JSON.stringify(comparison)).not.toContain('CANARY');
      expect(keyComparisonText(comparison)).not.toContain('CANARY');
    }
  });
});

describe('compareKeyWithAccount', () => {
  it('matches a modern key with its account id', () => {
    expect(compareKeyWithAccount(ACME_PK_LIVE, accountIdOf('acme')).verdict).toBe('same-account');
    expect(compareKeyWithAccount(ACME_PK_LIVE, ` ${accountIdOf('acme')} `).verdict).toBe('same-account');
  });

  it('a test key of the account is the same account, with the live-key hint', () => {
    const result = compareKeyWithAccount(ACME_PK_TEST, accountIdOf('acme'));
    expect(result).toEqual({ verdict: 'same-account', account: 'acct_…t001', mode: 'test' });
    expect(accountComparisonText(result, 'the key in Kartra')).toBe(
      'The key in Kartra belongs to this account (acct_…t001). The key in Kartra is a test key; Kartra checks the live key: ' +
        'compare with the live publishable key (Stripe Dashboard > Developers > API keys, with test mode off).',
    );
    expect(accountComparisonText(compareKeyWithAccount(ACME_PK_LIVE, accountIdOf('acme')))).toBe('The key belongs to this account (acct_…t001).');
  });

  it('another account is different-account', () => {
    const result = compareKeyWithAccount(ACME_PK_LIVE, accountIdOf('beta'));
    expect(result).toEqual({ verdict: 'different-account', account: 'acct_…t002', keyAccount: 'acct_…t001' });
    expect(accountComparisonText(result)).toBe('The key belongs to acct_…t001, not to acct_…t002. Choose another account.');
  });

  it('legacy keys and unusual ids cannot tell', () => {
    const legacy = compareKeyWithAccount(LEGACY_PK_LIVE, accountIdOf('acme'));
    expect(legacy).toEqual({ verdict: 'cannot-tell', cause: 'legacy-key', account: 'acct_…t001' });
    expect(accountComparisonText(legacy, 'the publishable key in Kartra')).toMatch(/^The publishable key in Kartra is an older-style key .* with acct_…t001\./);
    const unusual = compareKeyWithAccount(ACME_PK_LIVE, 'acct_FakeOldStyleId');
    expect(unusual).toMatchObject({ verdict: 'cannot-tell', cause: 'unusual-id' });
    expect(accountComparisonText(unusual)).toBe(
      'The account id acct_…leId has an unusual form, so it cannot be matched with a key. Compare the publishable key in that account instead.',
    );
  });

  it('invalid key or id gives invalid', () => {
    expect(compareKeyWithAccount('nope', accountIdOf('acme'))).toEqual({ verdict: 'invalid', keyProblem: { code: 'not-a-key' } });
    const invisible = compareKeyWithAccount(ACME_PK_LIVE, 'acct_1FakeAcmeAcct00\u200B1');
    expect(invisible).toEqual({ verdict: 'invalid', accountIdProblem: { code: 'invisible-character', codePoint: 0x200b, position: 21 } });
    expect(accountComparisonText(invisible)).toBe(
      'The account id is not valid: The account id contains an invisible character (U+200B (zero-width space)) at position 21.',
    );
    expect(compareKeyWithAccount(ACME_PK_LIVE, 'acct_1FakeAcmeAcct001'.replace('A', '\u0410')).verdict).toBe('invalid');
    expect(compareKeyWithAccount(ACME_PK_LIVE, '').verdict).toBe('invalid');
  });

  it('is case-sensitive: ids differing only in case are different accounts', () => {
    expect(compareKeyWithAccount(ACME_PK_LIVE, accountIdOf('acme').toLowerCase()).verdict).toBe(
      'different-account',
    );
  });
});

describe('comparisons in Spanish', () => {
  it('names the sides and the accounts in the agent’s language', () => {
    useTestLocale('es');
    try {
      expect(explain(ACME_PK_LIVE, ACME_PK_TEST, ['la clave de Kartra', 'la clave de Stripe'])).toMatch(
        /^Las dos claves pertenecen a la misma cuenta de Stripe \(acct_…t001\), pero la clave de Kartra es una clave real y la clave de Stripe es una clave de prueba\. Kartra comprueba/,
      );
      expect(accountComparisonText(compareKeyWithAccount(ACME_PK_LIVE, accountIdOf('beta')))).toBe(
        'La clave pertenece a acct_…t001, no a acct_…t002. Elige otra cuenta.',
      );
    } finally {
      useTestLocale('en');
    }
  });
});
