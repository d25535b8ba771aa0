import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStripeKey } from '../../../lib/stripe/stripe-key';
import { ParsedKeySchema } from '../../../lib/stripe/stripe-key-schema';
import { anyKeyInput, INVISIBLES, legacyKey, modernKeyParts, taintedKey } from './arbitraries';

const RUNS = { numRuns: 100_000 };

describe('parseStripeKey properties', () => {
  it('never throws and always returns the documented shape', () => {
    fc.assert(
      fc.property(anyKeyInput, (input) => {
        const parsed = parseStripeKey(input);
        return ParsedKeySchema.safeParse(parsed).success;
      }),
      RUNS,
    );
  });

  it('generated modern keys round-trip kind, mode and accountRef', () => {
    fc.assert(
      fc.property(modernKeyParts, ({ prefix, mode, segment, tail }) => {
        const key = `${prefix}_${mode}_51${segment}${tail}`;
        const parsed = parseStripeKey(key);
        if (!parsed.valid) return false;
        const kind = { pk: 'publishable', sk: 'secret', rk: 'restricted' }[prefix];
        return (
          parsed.format === 'modern' &&
          parsed.accountRef === `acct_1${segment}` &&
          parsed.kind === kind &&
          parsed.mode === mode &&
          parsed.normalized === key &&
          parsed.redacted === `${prefix}_${mode}_…${key.slice(-4)}`
        );
      }),
      RUNS,
    );
  });

  it('legacy keys never carry an account', () => {
    fc.assert(
      fc.property(legacyKey, (key) => {
        const parsed = parseStripeKey(key);
        return parsed.valid && parsed.format === 'legacy' && parsed.accountRef === undefined;
      }),
      RUNS,
    );
  });

  it('a key with an invisible or look-alike character inserted is always refused for that reason', () => {
    fc.assert(
      fc.property(taintedKey, ({ input, char }) => {
        const parsed = parseStripeKey(input);
        if (parsed.valid) return false;
        return parsed.reason === (INVISIBLES.includes(char) ? 'invisible-characters' : 'look-alike-characters');
      }),
      { numRuns: 20_000 },
    );
  });

  it('a 1 MB input is answered (too-long) without scanning it', () => {
    const huge = `pk_live_51FakeAcmeAcct001${'\u200B'.repeat(1 << 20)}`;
    const parsed = parseStripeKey(huge);
    expect(parsed).toMatchObject({ valid: false, reason: 'too-long' });
  });
});
