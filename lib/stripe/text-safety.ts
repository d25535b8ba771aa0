/**
 * Character checks shared by the key and account-id parsers. Stripe identifiers are plain ASCII letters, digits and
 * underscores, so anything else in a pasted value is either invisible (zero-width, bidi controls, odd spaces) or a
 * look-alike (Cyrillic `р`, full-width `＿`). Both are reported rather than silently removed: a value that needed
 * cleaning was not copied from where the agent thinks it was.
 */

export type CharacterProblemKind = 'invisible' | 'look-alike' | 'inner-whitespace';

export interface CharacterProblem {
  kind: CharacterProblemKind;
  /** 1-based position, as a person counts characters. */
  position: number;
  codePoint: number;
}

// Controls, format characters (zero-width, bidi embeddings/isolates, BOM, tags), separators, and the fillers and
// variation selectors that render as nothing.
// The class lists combining and variation characters one by one on purpose: each is a character to refuse.
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class
  /[\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u3164\uFE00-\uFE0F\uFFA0\u{E0100}-\u{E01EF}]/u;
const ASCII_WHITESPACE = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]);

/** Strip ASCII whitespace (space, tab, CR, LF, VT, FF) from both ends; nothing else. */
export function trimAsciiWhitespace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && ASCII_WHITESPACE.has(text.charCodeAt(start))) start++;
  while (end > start && ASCII_WHITESPACE.has(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/**
 * The first character that has no place in a Stripe identifier, preferring invisible ones (the most surprising to an
 * agent), then look-alikes, then ASCII whitespace inside the value. Undefined when the text is printable ASCII only.
 */
export function findCharacterProblem(text: string): CharacterProblem | undefined {
  let lookAlike: CharacterProblem | undefined;
  let innerWhitespace: CharacterProblem | undefined;
  let position = 0;
  for (const char of text) {
    position++;
    const codePoint = char.codePointAt(0) ?? 0;
    if (codePoint >= 0x21 && codePoint <= 0x7e) continue;
    if (ASCII_WHITESPACE.has(codePoint)) {
      innerWhitespace ??= { kind: 'inner-whitespace', position, codePoint };
    } else if (INVISIBLE.test(char)) {
      return { kind: 'invisible', position, codePoint };
    } else {
      lookAlike ??= { kind: 'look-alike', position, codePoint };
    }
  }
  return lookAlike ?? innerWhitespace;
}

/** What a character is, named by code; components/text/key-check.ts words the names. */
export type CharacterName =
  | 'no-break-space'
  | 'soft-hyphen'
  | 'zero-width-space'
  | 'zero-width-non-joiner'
  | 'zero-width-joiner'
  | 'left-to-right-mark'
  | 'right-to-left-mark'
  | 'left-to-right-embedding'
  | 'right-to-left-embedding'
  | 'pop-directional-formatting'
  | 'left-to-right-override'
  | 'right-to-left-override'
  | 'word-joiner'
  | 'left-to-right-isolate'
  | 'right-to-left-isolate'
  | 'first-strong-isolate'
  | 'pop-directional-isolate'
  | 'byte-order-mark'
  | 'full-width-character'
  | 'cyrillic-letter'
  | 'greek-letter'
  | 'combining-mark'
  | 'control-character'
  | 'space-character';

const NAMED: Readonly<Record<number, CharacterName>> = {
  0x00a0: 'no-break-space',
  0x00ad: 'soft-hyphen',
  0x200b: 'zero-width-space',
  0x200c: 'zero-width-non-joiner',
  0x200d: 'zero-width-joiner',
  0x200e: 'left-to-right-mark',
  0x200f: 'right-to-left-mark',
  0x202a: 'left-to-right-embedding',
  0x202b: 'right-to-left-embedding',
  0x202c: 'pop-directional-formatting',
  0x202d: 'left-to-right-override',
  0x202e: 'right-to-left-override',
  0x2060: 'word-joiner',
  0x2066: 'left-to-right-isolate',
  0x2067: 'right-to-left-isolate',
  0x2068: 'first-strong-isolate',
  0x2069: 'pop-directional-isolate',
  0xfeff: 'byte-order-mark',
};

export interface CodePointDescription {
  /** `U+200B`: the code point, never the character itself. */
  hex: string;
  /** What kind of character it is, when we know. */
  name?: CharacterName;
}

/**
 * `{ hex: 'U+200B', name: 'zero-width-space' }`, `{ hex: 'U+0440', name: 'cyrillic-letter' }`: enough for an agent to
 * believe us, without echoing text.
 */
export function describeCodePoint(codePoint: number): CodePointDescription {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const char = String.fromCodePoint(codePoint);
  const name: CharacterName | undefined =
    NAMED[codePoint] ??
    (codePoint >= 0xff01 && codePoint <= 0xff5e
      ? 'full-width-character'
      : /\p{Script=Cyrillic}/u.test(char)
        ? 'cyrillic-letter'
        : /\p{Script=Greek}/u.test(char)
          ? 'greek-letter'
          : /\p{M}/u.test(char)
            ? 'combining-mark'
            : /[\p{Cc}\p{Cf}]/u.test(char)
              ? 'control-character'
              : /\p{Z}/u.test(char)
                ? 'space-character'
                : undefined);
  return name ? { hex, name } : { hex };
}
