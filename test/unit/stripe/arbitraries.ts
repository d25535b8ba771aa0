import fc from 'fast-check';

/** Shared fast-check generators for Stripe keys and account ids (test helpers, not tests). */

const ALNUM = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'];
export const alnum = fc.constantFrom(...ALNUM);
export const prefix = fc.constantFrom('pk' as const, 'sk' as const, 'rk' as const);
export const mode = fc.constantFrom('live' as const, 'test' as const);
export const segment = fc.string({ unit: alnum, minLength: 15, maxLength: 15 });
/** A few fixed segments, so generated pairs often share an account. */
export const pooledSegment = fc.oneof(fc.constantFrom('FakeAcmeAcct001', 'FakeBetaAcct002', 'fakeacmeacct001'), segment);
export const modernTail = fc.string({ unit: alnum, minLength: 24, maxLength: 120 });

export const modernKeyParts = fc.record({ prefix, mode, segment: pooledSegment, tail: modernTail });
export const modernKey = modernKeyParts.map(({ prefix: p, mode: m, segment: s, tail }) => `${p}_${m}_51${s}${tail}`);

/** Legacy bodies are 16–40 characters: below the modern threshold, so never read as carrying an account. */
export const legacyKey = fc
  .record({ prefix, mode, body: fc.string({ unit: alnum, minLength: 16, maxLength: 40 }) })
  .map(({ prefix: p, mode: m, body }) => `${p}_${m}_${body}`);

export const INVISIBLES = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u202A', '\u202E', '\u2066', '\u2069', '\u00A0', '\u00AD', '\u0000', '\u200E'];
export const LOOK_ALIKES = ['\u0440', '\u0430', '\u0435', '\u043E', '\u0455', '\uFF3F', '\uFF50', '\uFF4B', '\u0391', '\u03BF', '\u0131', '\u2010'];

/** A valid key with one invisible or look-alike character inserted somewhere. */
export const taintedKey = fc
  .record({
    key: fc.oneof(modernKey, legacyKey),
    char: fc.constantFrom(...INVISIBLES, ...LOOK_ALIKES),
    at: fc.nat(),
  })
  .map(({ key, char, at }) => {
    const index = at % (key.length + 1);
    return { input: key.slice(0, index) + char + key.slice(index), char };
  });

/** Anything at all, weighted towards strings that look a bit like keys. */
export const anyKeyInput = fc.oneof(
  { weight: 3, arbitrary: modernKey },
  { weight: 2, arbitrary: legacyKey },
  { weight: 2, arbitrary: taintedKey.map((t) => t.input) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map((s) => `pk_live_${s}`) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.tuple(modernKey, fc.constantFrom(' ', '\n', '\t', '  \r\n')).map(([k, ws]) => `${ws}${k}${ws}`) },
);
