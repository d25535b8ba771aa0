import { describe, expect, it } from 'vitest';
import {
  findAccountIds,
  isAccountId,
  parseAccountId,
  readAccountIdFromUrl,
  redactAccountId,
} from '../../../lib/stripe/account-id';
import { accountIdOf } from '../../fixtures/stripe/keys';

const ACME = accountIdOf('acme');
const BETA = accountIdOf('beta');

describe('parseAccountId', () => {
  it('reads modern and other well-formed ids', () => {
    expect(parseAccountId(ACME)).toEqual({ valid: true, id: ACME, format: 'modern', redacted: 'acct_…t001' });
    expect(parseAccountId(` ${ACME}\n`)).toMatchObject({ valid: true, id: ACME });
    expect(parseAccountId('acct_FakeOldStyleId')).toMatchObject({ valid: true, format: 'other' });
  });

  it.each([
    ['', 'empty'],
    ['  ', 'empty'],
    ['acct_', 'not-an-account-id'],
    ['acct_1Fake', 'not-an-account-id'],
    ['acct_1FakeAcmeAcct001!', 'not-an-account-id'],
    ['ACCT_1FakeAcmeAcct001', 'not-an-account-id'],
    ['pk_live_51FakeAcmeAcct001FAKE', 'not-an-account-id'],
    [`acct_1FakeAcme\u200BAcct001`, 'invisible-characters'],
    [`acct_1FakeAcme\u0410cct001`, 'look-alike-characters'],
    ['x'.repeat(1 << 20), 'too-long'],
  ])('%j is invalid (%s)', (input, reason) => {
    const parsed = parseAccountId(input);
    expect(parsed.valid).toBe(false);
    if (!parsed.valid) expect(parsed.reason).toBe(reason);
  });

  it('isAccountId wants the bare id', () => {
    expect(isAccountId(ACME)).toBe(true);
    expect(isAccountId(` ${ACME}`)).toBe(false);
    expect(isAccountId('acct_x')).toBe(false);
  });

  it('redacts to the last 4', () => {
    expect(redactAccountId(ACME)).toBe('acct_…t001');
    expect(redactAccountId('nonsense')).toBe('acct_…');
  });
});

describe('findAccountIds', () => {
  it('finds complete ids in running text, once each, in order', () => {
    expect(findAccountIds(`Acme (${ACME}) and ${BETA}; again ${ACME}.`)).toEqual([ACME, BETA]);
  });

  it('skips truncated and glued ids', () => {
    expect(findAccountIds('acct_1FakeAcmeAcct…')).toEqual([]);
    expect(findAccountIds('acct_1FakeAcmeAcct001…')).toEqual([]);
    expect(findAccountIds('acct_1FakeAcme...')).toEqual([]);
    expect(findAccountIds(`x${ACME}`)).toEqual([]);
    expect(findAccountIds(`${ACME}_x`)).toEqual([]);
    expect(findAccountIds(`acct_${'a'.repeat(60)}`)).toEqual([]);
  });

  it('copes with a 1 MB string', () => {
    expect(findAccountIds(`${'acct_'.repeat(200_000)}`)).toEqual([]);
    expect(findAccountIds(`${ACME} ${'y'.repeat(1 << 20)}`)).toEqual([ACME]);
  });
});

describe('readAccountIdFromUrl', () => {
  it.each([
    [`https://dashboard.stripe.com/${ACME}/apikeys`, ACME],
    [`https://dashboard.stripe.com/${ACME}/test/apikeys`, ACME],
    [`https://dashboard.stripe.com/${ACME}`, ACME],
    [`http://dashboard.stripe.localhost:8080/${ACME}/dashboard`, ACME],
    ['https://dashboard.stripe.com/apikeys', undefined],
    ['https://dashboard.stripe.com/test/apikeys', undefined],
    // A connected account in the path is not the active account.
    [`https://dashboard.stripe.com/connect/accounts/${BETA}`, undefined],
    [`https://dashboard.stripe.com/${ACME}/connect/accounts/${BETA}`, ACME],
    [`https://dashboard.stripe.com/apikeys?account=${BETA}#${BETA}`, undefined],
    ['not a url', undefined],
    ['', undefined],
  ])('%s → %s', (url, expected) => {
    expect(readAccountIdFromUrl(url)).toBe(expected);
  });
});
