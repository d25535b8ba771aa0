import { describe, expect, it } from 'vitest';
import { describeCodePoint, findCharacterProblem, trimAsciiWhitespace } from '../../../lib/stripe/text-safety';

describe('trimAsciiWhitespace', () => {
  it('trims only ASCII whitespace', () => {
    expect(trimAsciiWhitespace(' \t\r\n\v\fabc \n')).toBe('abc');
    expect(trimAsciiWhitespace('\u00A0abc\u200B')).toBe('\u00A0abc\u200B');
    expect(trimAsciiWhitespace('')).toBe('');
  });
});

describe('findCharacterProblem', () => {
  it('printable ASCII is fine', () => {
    expect(findCharacterProblem('pk_live_ABC123!~')).toBeUndefined();
  });

  it('reports 1-based positions counted in characters (not UTF-16 units)', () => {
    expect(findCharacterProblem('ab\u200Bc')).toEqual({ kind: 'invisible', position: 3, codePoint: 0x200b });
    expect(findCharacterProblem('🔑x\u0440')).toEqual({ kind: 'look-alike', position: 1, codePoint: 0x1f511 });
    expect(findCharacterProblem('a b')).toEqual({ kind: 'inner-whitespace', position: 2, codePoint: 0x20 });
  });

  it('prefers invisible over look-alike over inner whitespace', () => {
    expect(findCharacterProblem('a b\u0440c\u2066')?.kind).toBe('invisible');
    expect(findCharacterProblem('a b\u0440c')?.kind).toBe('look-alike');
  });
});

describe('describeCodePoint', () => {
  it.each([
    [0x200b, 'U+200B (zero-width space)'],
    [0x202e, 'U+202E (right-to-left override)'],
    [0xfeff, 'U+FEFF (byte-order mark)'],
    [0x0440, 'U+0440 (Cyrillic letter)'],
    [0x03bf, 'U+03BF (Greek letter)'],
    [0xff3f, 'U+FF3F (full-width character)'],
    [0x0301, 'U+0301 (combining mark)'],
    [0x0007, 'U+0007 (control character)'],
    [0x3000, 'U+3000 (space character)'],
    [0x1f511, 'U+1F511'],
  ])('%i → %s', (codePoint, text) => {
    expect(describeCodePoint(codePoint)).toBe(text);
  });
});
