import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAGE_TEXT_LIMIT, redactKeys, redactKeysDeep } from '../../lib/redact-keys';

/** Any secret or restricted key body still readable in the text. */
const LEFT_KEY = /[rs]k_(?:live|test)_\w|(?<![a-z\d])[rs]k_\w/i;

const body = fc.stringMatching(/^[A-Za-z0-9]{1,120}$/);
// Live and test keys are found glued to other text; a bare `sk_`/`rk_` only at a word start.
const prefix = fc.constantFrom('sk_live_', 'sk_test_', 'rk_live_', 'rk_test_', 'SK_LIVE_', ' sk_', '-rk_', ' sk_org_');
const around = fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('', ' ', 'Stripe ', 'x', '_', '<b>', '\u200b', 'pk_live_'));

describe('redactKeys', () => {
  it.each([
    ['sk_live_51HxYzAbCdEf', 'sk_…'],
    ['Stripe sk_live_51HxYzAbCdEf (main)', 'Stripe sk_… (main)'],
    ['rk_test_abc123', 'rk_…'],
    ['Account rk_live_51Q9zz and sk_test_4eC39H', 'Account rk_… and sk_…'],
    ['Stripesk_live_51Hx', 'Stripesk_…'],
    ['key=sk_live_51Hx&x=1', 'key=sk_…&x=1'],
    ['sk_org_1234', 'sk_…'],
    ['SK_LIVE_ABC', 'SK_…'],
    ['pk_live_51HxYzAbCdEf', 'pk_live_51HxYzAbCdEf'],
    ['desk_top risk_free', 'desk_top risk_free'],
    ['sk_live_', 'sk_…'],
    ['sk_', 'sk_'],
    ['Stripe', 'Stripe'],
  ])('%j becomes %j', (input, expected) => {
    expect(redactKeys(input)).toBe(expected);
  });

  it('clips page text to the limit, and to a given one', () => {
    expect(redactKeys('a'.repeat(PAGE_TEXT_LIMIT + 50))).toHaveLength(PAGE_TEXT_LIMIT);
    expect(redactKeys('Stripe payments', 6)).toBe('Stripe');
  });

  it('leaves no key body, whatever surrounds it', () => {
    fc.assert(
      fc.property(around, prefix, body, around, (before, shape, key, after) => {
        const out = redactKeys(before + shape + key + after, Infinity);
        expect(out).not.toMatch(LEFT_KEY);
        expect(out).not.toContain(shape + key);
      }),
    );
  });

  it('never lengthens, is idempotent, and leaves text without a key shape as it was', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.array(fc.oneof(around, prefix, body, fc.constant('…'))).map((parts) => parts.join(''))), (text) => {
        const out = redactKeys(text, Infinity);
        expect(out.length).toBeLessThanOrEqual(text.length);
        expect(redactKeys(out, Infinity)).toBe(out);
        if (!/[rs]k_/i.test(text)) expect(out).toBe(text);
      }),
    );
  });

  it('keeps field caps: a redacted string of at most n characters stays at most n', () => {
    fc.assert(
      fc.property(around, prefix, body, fc.integer({ min: 1, max: 200 }), (before, shape, key, cap) => {
        const capped = (before + shape + key).slice(0, cap);
        expect(redactKeys(capped).length).toBeLessThanOrEqual(cap);
      }),
    );
  });
});

describe('redactKeysDeep', () => {
  it('redacts every string of a message, nested in objects and arrays, and keeps the rest', () => {
    const message = {
      type: 'guide/observed',
      observation: {
        kind: 'stripe-picker-shown',
        accounts: [{ name: 'sk_live_51Canary', accountId: 'acct_1', selected: true }],
      },
      count: 3,
      flag: false,
    };
    expect(redactKeysDeep(message)).toEqual({
      type: 'guide/observed',
      observation: { kind: 'stripe-picker-shown', accounts: [{ name: 'sk_…', accountId: 'acct_1', selected: true }] },
      count: 3,
      flag: false,
    });
  });

  it('leaves no key body anywhere in a generated value', () => {
    const text = fc.oneof(fc.string({ maxLength: 40 }), fc.tuple(around, prefix, body).map(([a, p, k]) => a + p + k));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.boolean(), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 8 }), tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(value, (input) => {
        const strings: string[] = [];
        JSON.stringify(redactKeysDeep(input), (_key, inner: unknown) => {
          if (typeof inner === 'string') strings.push(inner);
          return inner;
        });
        for (const s of strings) expect(s).not.toMatch(LEFT_KEY);
      }),
    );
  });
});
