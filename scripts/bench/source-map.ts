/**
 * Which source modules the bytes of a built file come from, read from its source map (v3): every generated segment
 * is charged to the source it maps to, up to the next segment on the line. Pure, no file access.
 */

export interface SourceMapV3 {
  version: number;
  sources: string[];
  mappings: string;
  sourceRoot?: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Map([...BASE64].map((c, i) => [c, i]));

/** Decode one segment's Base64 VLQ fields, e.g. `AAAA` → [0, 0, 0, 0]. */
export function decodeVlqSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64_VALUE.get(char);
    if (digit === undefined) throw new Error(`source map: bad Base64 character ${JSON.stringify(char)}`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value % 2 === 1 ? -(value - 1) / 2 : value / 2);
    value = 0;
    shift = 0;
  }
  if (shift !== 0) throw new Error('source map: truncated VLQ segment');
  return values;
}

export const UNMAPPED = '(unmapped)';

/** Generated text per source, as fragments: `code` is the generated file, `map` its source map. */
export function fragmentsBySource(code: string, map: SourceMapV3): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (source: string, text: string) => {
    if (!text) return;
    let list = out.get(source);
    if (!list) out.set(source, (list = []));
    list.push(text);
  };
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  let sourceIndex = 0;
  for (let lineNo = 0; lineNo < lines.length; lineNo++) {
    const line = lines[lineNo] as string;
    const segments = (mappingLines[lineNo] ?? '').split(',').filter(Boolean);
    let column = 0;
    const starts: { column: number; source: string }[] = [];
    for (const segment of segments) {
      const fields = decodeVlqSegment(segment);
      column += fields[0] ?? 0;
      let source = UNMAPPED;
      if (fields.length >= 4) {
        sourceIndex += fields[1] ?? 0;
        source = map.sources[sourceIndex] ?? UNMAPPED;
      }
      starts.push({ column, source });
    }
    const firstColumn = starts[0]?.column ?? line.length;
    add(UNMAPPED, line.slice(0, firstColumn));
    for (let i = 0; i < starts.length; i++) {
      const start = starts[i] as { column: number; source: string };
      const end = i + 1 < starts.length ? (starts[i + 1] as { column: number }).column : line.length;
      add(start.source, line.slice(start.column, end));
    }
    if (lineNo < lines.length - 1) add(UNMAPPED, '\n');
  }
  return out;
}

/**
 * A lookup from a generated position (0-based line and column, as in V8 CPU profiles) to the source it came from:
 * the last segment on that line starting at or before the column.
 */
export function sourceLocator(map: SourceMapV3): (line: number, column: number) => string {
  const lines: { column: number; source: string }[][] = [];
  let sourceIndex = 0;
  for (const mappingLine of map.mappings.split(';')) {
    let column = 0;
    const segments: { column: number; source: string }[] = [];
    for (const segment of mappingLine.split(',').filter(Boolean)) {
      const fields = decodeVlqSegment(segment);
      column += fields[0] ?? 0;
      if (fields.length >= 4) {
        sourceIndex += fields[1] ?? 0;
        segments.push({ column, source: map.sources[sourceIndex] ?? UNMAPPED });
      } else segments.push({ column, source: UNMAPPED });
    }
    lines.push(segments);
  }
  return (line, column) => {
    const segments = lines[line] ?? [];
    let found = UNMAPPED;
    for (const s of segments) {
      if (s.column > column) break;
      found = s.source;
    }
    return found;
  };
}

/** `../../../node_modules/@scope/pkg/dist/x.mjs` → `@scope/pkg`; own code → its folder (`lib/kartra`). */
export function packageOf(source: string): string {
  if (source === UNMAPPED) return UNMAPPED;
  const path = source.replace(/\\/g, '/');
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = path.slice(nm + 'node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1] ?? ''}` : (parts[0] ?? path);
  }
  const own = path.replace(/^(\.\.\/|\.\/)+/, '').replace(/^\/+/, '');
  const dirs = own.split('/');
  return dirs.length > 2 ? `${dirs[0]}/${dirs[1]}` : dirs.length === 2 ? (dirs[0] as string) : own;
}

/** `../../../lib/kartra/scan-page.ts` → `lib/kartra/scan-page.ts`; node_modules paths from the package on. */
export function shortSourceName(source: string): string {
  const path = source.replace(/\\/g, '/');
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) return path.slice(nm + 'node_modules/'.length);
  return path.replace(/^(\.\.\/|\.\/)+/, '');
}
