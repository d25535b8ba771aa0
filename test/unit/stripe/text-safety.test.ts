import { describe, expect, it } from 'vitest';
import { codePointText } from '../../../components/text/key-check';
import { describeCodePoint, findCharacterProblem, trimAsciiWhitespace } from '../../../lib/stripe/text-safety';
import { useTestLocale } from '../support/fake-browser-gaps';

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

describe('describeCodePoint, and in words', () => {
  it.each([
    [0x200b, 'zero-width-space', 'U+200B (zero-width space)'],
    [0x202e, 'right-to-left-override', 'U+202E (right-to-left override)'],
    [0xfeff, 'byte-order-mark', 'U+FEFF (byte-order mark)'],
    [0x0440, 'cyrillic-letter', 'U+0440 (Cyrillic letter)'],
    [0x03bf, 'greek-letter', 'U+03BF (Greek letter)'],
    [0xff3f, 'full-width-character', 'U+FF3F (full-width character)'],
    [0x0301, 'combining-mark', 'U+0301 (combining mark)'],
    [0x0007, 'control-character', 'U+0007 (control character)'],
    [0x3000, 'space-character', 'U+3000 (space character)'],
    [0x1f511, undefined, 'U+1F511'],
  ])('%i → %s: %s', (codePoint, name, text) => {
    const hex = text.slice(0, text.indexOf(' ') === -1 ? undefined : text.indexOf(' '));
    expect(describeCodePoint(codePoint)).toEqual(name ? { hex, name } : { hex });
    expect(codePointText(codePoint)).toBe(text);
  });

  it('names characters in Spanish too', () => {
    useTestLocale('es');
    try {
      expect(codePointText(0x200b)).toBe('U+200B (espacio de ancho cero)');
      expect(codePointText(0x0440)).toBe('U+0440 (letra cirílica)');
    } finally {
      useTestLocale('en');
    }
  });
});
