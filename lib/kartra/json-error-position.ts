/**
 * Where a JSON text first goes wrong, as line and column.
 *
 * JSON.parse messages differ by engine and V8 often names no position at all ("Unexpected token '}' … is not valid
 * JSON"), so an agent editing a profile override would be left guessing. This small scanner follows RFC 8259 and
 * stops at the first error. Only called after JSON.parse has already failed.
 */

/** What the scanner found where it stopped: the character, or null at the end of the text. */
type Found = { found: string | null };

/** What is wrong at the first syntax error, as a code (the options page words it). */
export type JsonSyntaxProblem =
  | { code: 'tooDeep' }
  | ({ code: 'expectedValue' } & Found)
  | ({ code: 'expectedPropertyName' } & Found)
  | ({ code: 'expectedColon' } & Found)
  | { code: 'trailingComma'; closer: '}' | ']' }
  | ({ code: 'expectedCommaOrBrace' } & Found)
  | ({ code: 'expectedCommaOrBracket' } & Found)
  | { code: 'badUnicodeEscape' }
  | { code: 'badEscape' }
  | { code: 'controlCharacter' }
  | { code: 'unterminatedString' }
  | ({ code: 'badNumber' } & Found)
  | ({ code: 'afterEnd' } & Found);

/** The first syntax error: 1-based line and column, 0-based offset, and what is wrong there. */
export interface JsonErrorPosition {
  offset: number;
  line: number;
  column: number;
  problem: JsonSyntaxProblem;
}

const MAX_DEPTH = 512;

class JsonSyntaxError {
  readonly offset: number;
  readonly problem: JsonSyntaxProblem;
  constructor(offset: number, problem: JsonSyntaxProblem) {
    this.offset = offset;
    this.problem = problem;
  }
}

/** Locate the first syntax error in `text`, or undefined if the scanner finds none. Never throws. */
export function locateJsonError(text: string): JsonErrorPosition | undefined {
  let i = 0;

  const fail = (problem: JsonSyntaxProblem, at = i): never => {
    throw new JsonSyntaxError(at, problem);
  };
  const found = (): Found => ({ found: i >= text.length ? null : (text[i] as string) });
  const skipSpace = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };

  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) fail({ code: 'tooDeep' });
    skipSpace();
    const ch = text[i];
    if (ch === '{') return object(depth);
    if (ch === '[') return array(depth);
    if (ch === '"') return string();
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    fail({ code: 'expectedValue', ...found() });
  };

  const object = (depth: number): void => {
    i++; // {
    skipSpace();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      skipSpace();
      if (text[i] !== '"') fail({ code: 'expectedPropertyName', ...found() });
      string();
      skipSpace();
      if (text[i] !== ':') fail({ code: 'expectedColon', ...found() });
      i++;
      value(depth + 1);
      skipSpace();
      if (text[i] === ',') {
        i++;
        skipSpace();
        if (text[i] === '}') fail({ code: 'trailingComma', closer: '}' });
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      fail({ code: 'expectedCommaOrBrace', ...found() });
    }
  };

  const array = (depth: number): void => {
    i++; // [
    skipSpace();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      value(depth + 1);
      skipSpace();
      if (text[i] === ',') {
        i++;
        skipSpace();
        if (text[i] === ']') fail({ code: 'trailingComma', closer: ']' });
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      fail({ code: 'expectedCommaOrBracket', ...found() });
    }
  };

  const string = (): void => {
    const start = i;
    i++; // "
    while (i < text.length) {
      const ch = text[i] as string;
      if (ch === '"') {
        i++;
        return;
      }
      if (ch === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail({ code: 'badUnicodeEscape' }, i);
          i += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) fail({ code: 'badEscape' }, i);
        i += 2;
        continue;
      }
      if (ch < ' ') fail({ code: 'controlCharacter' });
      i++;
    }
    fail({ code: 'unterminatedString' }, start);
  };

  const number = (): void => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail({ code: 'badNumber', ...found() });
    i += (match as RegExpExecArray)[0].length;
  };

  try {
    value(0);
    skipSpace();
    if (i < text.length) fail({ code: 'afterEnd', ...found() });
    return undefined;
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) return undefined;
    return { offset: error.offset, ...lineAndColumn(text, error.offset), problem: error.problem };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let k = 0; k < end; k++) {
    if (text[k] === '\n') {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
