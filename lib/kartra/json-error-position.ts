/**
 * Where a JSON text first goes wrong, as line and column.
 *
 * JSON.parse messages differ by engine and V8 often names no position at all ("Unexpected token '}' … is not valid
 * JSON"), so an agent editing a profile override would be left guessing. This small scanner follows RFC 8259 and
 * stops at the first error. Only called after JSON.parse has already failed.
 */

/** The first syntax error: 1-based line and column, 0-based offset, and what was expected. */
export interface JsonErrorPosition {
  offset: number;
  line: number;
  column: number;
  reason: string;
}

const MAX_DEPTH = 512;

class JsonSyntaxError {
  readonly offset: number;
  readonly reason: string;
  constructor(offset: number, reason: string) {
    this.offset = offset;
    this.reason = reason;
  }
}

/** Locate the first syntax error in `text`, or undefined if the scanner finds none. Never throws. */
export function locateJsonError(text: string): JsonErrorPosition | undefined {
  let i = 0;

  const fail = (reason: string, at = i): never => {
    throw new JsonSyntaxError(at, reason);
  };
  const describe = (at: number): string => (at >= text.length ? 'end of input' : `"${text[at] as string}"`);
  const skipSpace = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };

  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) fail('nesting is too deep');
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
    fail(`expected a value, found ${describe(i)}`);
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
      if (text[i] !== '"') fail(`expected a double-quoted property name, found ${describe(i)}`);
      string();
      skipSpace();
      if (text[i] !== ':') fail(`expected ":" after the property name, found ${describe(i)}`);
      i++;
      value(depth + 1);
      skipSpace();
      if (text[i] === ',') {
        i++;
        skipSpace();
        if (text[i] === '}') fail('trailing comma before "}"');
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      fail(`expected "," or "}" after a property value, found ${describe(i)}`);
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
        if (text[i] === ']') fail('trailing comma before "]"');
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      fail(`expected "," or "]" after a list item, found ${describe(i)}`);
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
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('invalid \\u escape', i);
          i += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) fail('invalid escape in a string', i);
        i += 2;
        continue;
      }
      if (ch < ' ') fail('unescaped control character (such as a line break) inside a string');
      i++;
    }
    fail('unterminated string', start);
  };

  const number = (): void => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail(`invalid number starting with ${describe(i)}`);
    i += (match as RegExpExecArray)[0].length;
  };

  try {
    value(0);
    skipSpace();
    if (i < text.length) fail(`unexpected ${describe(i)} after the end of the JSON value`);
    return undefined;
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) return undefined;
    return { offset: error.offset, ...lineAndColumn(text, error.offset), reason: error.reason };
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
