import { describe, expect, it } from 'vitest';
import { MAX_KEY_LENGTH, parseStripeKey, redactKey } from '../../../lib/stripe/stripe-key';
import { ParsedKeySchema } from '../../../lib/stripe/stripe-key-schema';
import { keyProblemText } from '../../../components/text/key-check';
import {
  ACME_PK_LIVE,
  ACME_PK_TEST,
  ACME_SK_LIVE,
  CANARY_RK_TEST,
  LEGACY_PK_LIVE,
  LEGACY_PK_TEST,
  LEGACY_SK_TEST,
  SEGMENTS,
} from '../../fixtures/stripe/keys';

function expectValid(input: string) {
  const parsed = parseStripeKey(input);
  expect(ParsedKeySchema.safeParse(parsed).success).toBe(true);
  if (!parsed.valid) throw new Error(`expected valid, got ${parsed.reason}: ${parsed.problem.code}`);
  return parsed;
}

function expectInvalid(input: string, reason: string) {
  const parsed = parseStripeKey(input);
  expect(ParsedKeySchema.safeParse(parsed).success).toBe(true);
  if (parsed.valid) throw new Error('expected invalid');
  expect(parsed.reason).toBe(reason);
  expect(keyProblemText(parsed.problem).length).toBeGreaterThan(10);
  return parsed;
}

describe('parseStripeKey: modern keys', () => {
  it.each([
    ['pk', 'live', 'publishable'],
    ['pk', 'test', 'publishable'],
    ['sk', 'live', 'secret'],
    ['sk', 'test', 'secret'],
    ['rk', 'live', 'restricted'],
    ['rk', 'test', 'restricted'],
  ] as const)('%s_%s_51… is a modern %s key with the account ref', (prefix, mode, kind) => {
    const key = `${prefix}_${mode}_51${SEGMENTS.beta}${'FAKE0123456789'.repeat(6)}`;
    const parsed = expectValid(key);
    expect(parsed).toMatchObject({ kind, mode, format: 'modern', accountRef: `acct_1${SEGMENTS.beta}`, normalized: key });
  });

  it('reads the publishable key from the fixtures', () => {
    expect(expectValid(ACME_PK_LIVE)).toMatchObject({
      kind: 'publishable',
      mode: 'live',
      format: 'modern',
      accountRef: `acct_1${SEGMENTS.acme}`,
    });
    expect(expectValid(ACME_PK_TEST).accountRef).toBe(`acct_1${SEGMENTS.acme}`);
  });

  it('redacts to prefix, mode and last 4 only', () => {
    const parsed = expectValid(ACME_PK_LIVE);
    expect(parsed.redacted).toBe(`pk_live_…${ACME_PK_LIVE.slice(-4)}`);
    expect(parsed.redacted).not.toContain(SEGMENTS.acme);
    expect(redactKey(CANARY_RK_TEST)).toBe(`rk_test_…${CANARY_RK_TEST.slice(-4)}`);
    expect(redactKey(CANARY_RK_TEST)).not.toContain('CANARY');
    expect(redactKey('nonsense')).toBeUndefined();
  });

  it('trims ASCII whitespace around the key (spaces, tabs, line breaks)', () => {
    expect(expectValid(`  \t${ACME_SK_LIVE}\r\n`).normalized).toBe(ACME_SK_LIVE);
  });

  it('does not assume a length: longer and shorter modern tails still parse', () => {
    const short = `pk_live_51${SEGMENTS.gamma}${'T'.repeat(24)}`;
    const long = `pk_live_51${SEGMENTS.gamma}${'T'.repeat(200)}`;
    expect(expectValid(short).accountRef).toBe(`acct_1${SEGMENTS.gamma}`);
    expect(expectValid(long).accountRef).toBe(`acct_1${SEGMENTS.gamma}`);
  });
});

describe('parseStripeKey: legacy keys', () => {
  it.each([LEGACY_PK_TEST, LEGACY_PK_LIVE, LEGACY_SK_TEST])('%s has no account ref', (key) => {
    const parsed = expectValid(key);
    expect(parsed.format).toBe('legacy');
    expect(parsed.accountRef).toBeUndefined();
    expect(parsed).not.toHaveProperty('accountRef');
  });

  it('a short body that happens to start with 51 is legacy, not a made-up account', () => {
    const parsed = expectValid('pk_test_51TYooMQauvdEDq54NiTphI7');
    expect(parsed.format).toBe('legacy');
    expect(parsed.accountRef).toBeUndefined();
  });
});

describe('parseStripeKey: invalid input', () => {
  it.each(['', '   ', '\n\t\r'])('empty: %j', (input) => {
    expectInvalid(input, 'empty');
  });

  it('too long: over the cap, and a 1 MB paste', () => {
    expectInvalid(`pk_live_${'a'.repeat(MAX_KEY_LENGTH)}`, 'too-long');
    expectInvalid(`pk_live_${'a'.repeat(1 << 20)}`, 'too-long');
    expectInvalid('\u200B'.repeat(1 << 20), 'too-long');
    expectInvalid(`${' '.repeat(1 << 20)}${ACME_PK_LIVE}`, 'too-long');
  });

  it.each([
    ['zero-width space', '\u200B'],
    ['zero-width non-joiner', '\u200C'],
    ['zero-width joiner', '\u200D'],
    ['word joiner', '\u2060'],
    ['byte-order mark', '\uFEFF'],
    ['right-to-left override', '\u202E'],
    ['left-to-right isolate', '\u2066'],
    ['pop directional isolate', '\u2069'],
    ['right-to-left mark', '\u200F'],
    ['no-break space', '\u00A0'],
    ['soft hyphen', '\u00AD'],
    ['NUL', '\u0000'],
    ['variation selector', '\uFE0F'],
    ['tag character', '\u{E0041}'],
  ])('invisible character (%s) anywhere is rejected with its name', (_name, char) => {
    for (const at of [0, 8, 20, ACME_PK_LIVE.length]) {
      const parsed = expectInvalid(ACME_PK_LIVE.slice(0, at) + char + ACME_PK_LIVE.slice(at), 'invisible-characters');
      expect(parsed.problem).toEqual({ code: 'invisible-character', codePoint: char.codePointAt(0), position: at + 1 });
      expect(keyProblemText(parsed.problem)).toMatch(/invisible/);
      expect(keyProblemText(parsed.problem)).toContain('U+');
    }
  });

  it.each([
    ['Cyrillic р for p', ACME_PK_LIVE.replace('p', '\u0440')],
    ['Cyrillic а in the tail', `${ACME_PK_LIVE.slice(0, 30)}\u0430${ACME_PK_LIVE.slice(31)}`],
    ['full-width low line', ACME_PK_LIVE.replace('_', '\uFF3F')],
    ['full-width digit', ACME_PK_LIVE.replace('5', '\uFF15')],
    ['Greek capital alpha', ACME_PK_LIVE.replace('A', '\u0391')],
    ['combining mark', `${ACME_PK_LIVE.slice(0, 20)}\u0301${ACME_PK_LIVE.slice(20)}`],
    ['emoji', `${ACME_PK_LIVE}🔑`],
    ['lone surrogate', `${ACME_PK_LIVE}\uD800`],
  ])('look-alike or non-ASCII character (%s) is rejected', (_name, input) => {
    expectInvalid(input, 'look-alike-characters');
  });

  it('names the look-alike kind and position without echoing the key', () => {
    const parsed = expectInvalid(ACME_PK_LIVE.replace('p', '\u0440'), 'look-alike-characters');
    expect(parsed.problem).toEqual({ code: 'look-alike-character', codePoint: 0x0440, position: 1 });
    const text = keyProblemText(parsed.problem);
    expect(text).toContain('U+0440 (Cyrillic letter)');
    expect(text).toContain('position 1');
    expect(text).not.toContain(SEGMENTS.acme);
  });

  it('invisible characters win over look-alikes when both are present', () => {
    expectInvalid(`\u0440${ACME_PK_LIVE}\u200B`, 'invisible-characters');
  });

  it.each([
    ['acct_1FakeAcmeAcct001', 'account-id', /account id/],
    ['ca_FAKEclientIdForTests000', 'client-id', /client id/],
    ['whsec_FAKEwebhookSecret000000', 'webhook-secret', /webhook/],
    ['hello world', 'not-a-key', /not a Stripe API key/],
    ['pi_3FAKEpaymentIntent', 'not-a-key', /not a Stripe API key/],
    ['https://dashboard.stripe.com/apikeys', 'not-a-key', /not a Stripe API key/],
  ])('not a key: %s (%s)', (input, code, message) => {
    const { problem } = expectInvalid(input, 'not-a-stripe-key');
    expect(problem.code).toBe(code);
    expect(keyProblemText(problem)).toMatch(message);
  });

  it.each([
    ['inner space', `${ACME_PK_LIVE.slice(0, 40)} ${ACME_PK_LIVE.slice(40)}`, 'inner-whitespace', /space or line break inside it \(position 41\)/],
    ['inner line break', `${ACME_PK_LIVE.slice(0, 40)}\n${ACME_PK_LIVE.slice(40)}`, 'inner-whitespace', /space or line break/],
    ['capitalised prefix', ACME_PK_LIVE.replace('pk_live', 'PK_LIVE'), 'capital-prefix', /lower case/],
    ['unknown mode', ACME_PK_LIVE.replace('live', 'prod'), 'missing-mode', /live_|test_/],
    ['no mode', 'pk_51FakeAcmeAcct001FAKE', 'missing-mode', /live_|test_/],
    ['cut off', 'pk_live_51FakeAc', 'too-short', /too short/],
    ['only a prefix', 'sk_test_', 'too-short', /too short/],
    ['bad character', `${ACME_PK_LIVE.slice(0, 30)}-${ACME_PK_LIVE.slice(30)}`, 'bad-characters', /letters and digits/],
    ['ellipsis from a redacted display', 'pk_live_51FakeAcmeAcct001...', 'bad-characters', /letters and digits/],
    ['quotes around it', `"${ACME_PK_LIVE}"`, 'not-a-key', /not a Stripe API key/],
  ])('malformed or not a key: %s', (_name, input, code, message) => {
    const parsed = parseStripeKey(input);
    expect(parsed.valid).toBe(false);
    if (!parsed.valid) expect(parsed.problem.code).toBe(code);
    if (!parsed.valid) expect(keyProblemText(parsed.problem)).toMatch(message);
  });

  it('says how long a key may be, in words', () => {
    const parsed = expectInvalid(`pk_live_${'a'.repeat(MAX_KEY_LENGTH)}`, 'too-long');
    expect(parsed.problem).toEqual({ code: 'too-long', maxLength: MAX_KEY_LENGTH });
    expect(keyProblemText(parsed.problem)).toBe(`That is far longer than a Stripe key (over ${MAX_KEY_LENGTH} characters). Paste only the key itself.`);
  });

  it('never throws on non-string input from untyped callers', () => {
    for (const input of [undefined, null, 42, {}, [], Symbol('x')]) {
      expect(parseStripeKey(input as unknown as string)).toEqual({ valid: false, reason: 'not-a-stripe-key', problem: { code: 'not-text' } });
    }
  });

  it('no message ever contains the key or its account segment', () => {
    const inputs = [
      `${CANARY_RK_TEST}\u200B`,
      CANARY_RK_TEST.replace('r', '\u0433'),
      `${CANARY_RK_TEST} x`,
      CANARY_RK_TEST.toUpperCase(),
      `${CANARY_RK_TEST}-`,
    ];
    for (const input of inputs) {
      const parsed = parseStripeKey(input);
      expect(parsed.valid).toBe(false);
      if (!parsed.valid) {
        const said = `${JSON.stringify(parsed)} ${keyProblemText(parsed.problem)}`;
        expect(said).not.toContain('CANARY');
        expect(said.toLowerCase()).not.toContain('canary');
        expect(said).not.toContain(SEGMENTS.acme);
      }
    }
  });
});
