/** How the benchmark prints: plain-text tables with a budget and PASS/OVER next to each budgeted figure. */

export interface Figure {
  /** What was measured, e.g. "content-scripts/kartra.js gzip". */
  what: string;
  value: number;
  unit: string;
  /** Human form of the budget ("≤ 25 KB"); absent for context figures that have none. */
  budget?: string;
  /** Whether the figure is within budget; absent when there is no budget. */
  pass?: boolean;
  /** Digits after the point when printing (default 2). */
  digits?: number;
}

export interface Table {
  title: string;
  headers: string[];
  rows: (string | number)[][];
}

export interface SectionResult {
  id: string;
  title: string;
  figures: Figure[];
  /** Extra detail tables (per file, per package, per run). */
  tables: Table[];
  /** Anything a reader needs to judge the figures: method, caveats, proxies used. */
  notes: string[];
  /** Raw data for the JSON file. */
  data: Record<string, unknown>;
  seconds: number;
  /** Set when the section could not run; its figures are then missing. */
  error?: string;
}

export function formatNumber(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return String(value);
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function verdict(pass: boolean | undefined): string {
  return pass === undefined ? '' : pass ? 'PASS' : 'OVER';
}

/** Columns padded to width; numeric-looking cells are right-aligned. */
export function formatTable(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [headers.map(String), ...rows.map((r) => r.map((c) => (typeof c === 'number' ? formatNumber(c) : c)))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].length)));
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number' || /^[-+]?[\d,.]+\s*\S{0,6}$/.test(String(r[i] ?? ''))));
  const pad = (text: string, i: number) => {
    const gap = ' '.repeat(Math.max(0, (widths[i] ?? 0) - [...text].length));
    return numeric[i] ? gap + text : text + gap;
  };
  const line = (r: readonly string[]) => `  ${r.map((c, i) => pad(c ?? '', i)).join('  ')}`.trimEnd();
  const rule = `  ${widths.map((w) => '─'.repeat(w)).join('  ')}`;
  return [line(cells[0] as string[]), rule, ...cells.slice(1).map(line)].join('\n');
}

export function figureRows(figures: readonly Figure[]): string[][] {
  return figures.map((f) => [f.what, `${formatNumber(f.value, f.digits ?? 2)} ${f.unit}`.trim(), f.budget ?? '—', verdict(f.pass)]);
}

export function formatSection(section: SectionResult): string {
  const out: string[] = [`\n▌ ${section.title}  (${formatNumber(section.seconds, 1)} s)`];
  if (section.error) out.push(`  NOT MEASURED: ${section.error}`);
  for (const table of section.tables) out.push(`\n  ${table.title}`, formatTable(table.headers, table.rows));
  if (section.figures.length) out.push('', formatTable(['Figure', 'Value', 'Budget', 'Result'], figureRows(section.figures)));
  for (const note of section.notes) out.push(`  · ${note}`);
  return out.join('\n');
}
