/** Section 1: size of every built file (raw and gzip -9), content-script budgets, and what the content scripts hold. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_SCRIPTS, OUTPUT, type ContentScriptMaps } from './build.ts';
import type { Figure, SectionResult, Table } from './report.ts';
import { fragmentsBySource, packageOf, shortSourceName, type SourceMapV3 } from './source-map.ts';

/** Budget per content script, gzipped. 1 KB = 1,000 bytes, as in wxt's build summary. */
export const CONTENT_SCRIPT_GZIP_BUDGET = 25_000;
const KB = 1000;

const gzipSize = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out.sort();
}

/** Shipped files only: source maps are left over from a build with SRA_SOURCEMAP=1 and never ship. */
function sizesOf(dir: string): FileSize[] {
  return filesUnder(dir).filter((path) => !path.endsWith('.map')).map((path) => {
    const data = readFileSync(path);
    return { file: relative(dir, path), raw: statSync(path).size, gzip: gzipSize(data) };
  });
}

interface ModuleShare {
  name: string;
  raw: number;
  /** gzip -9 of this module's generated code on its own: an upper bound on what removing it would save. */
  gzipAlone: number;
}

function breakdown(code: string, mapText: string): { modules: ModuleShare[]; packages: ModuleShare[] } {
  const fragments = fragmentsBySource(code, JSON.parse(mapText) as SourceMapV3);
  const group = (keyOf: (source: string) => string): ModuleShare[] => {
    const joined = new Map<string, string[]>();
    for (const [source, parts] of fragments) {
      const key = keyOf(source);
      joined.set(key, [...(joined.get(key) ?? []), ...parts]);
    }
    return [...joined]
      .map(([name, parts]) => {
        const text = parts.join('');
        return { name, raw: Buffer.byteLength(text), gzipAlone: gzipSize(text) };
      })
      .sort((a, b) => b.raw - a.raw);
  };
  return { modules: group(shortSourceName), packages: group(packageOf) };
}

export async function measureBundleSize(maps: ContentScriptMaps): Promise<Omit<SectionResult, 'seconds'>> {
  const builds = { 'chrome-mv3': sizesOf(OUTPUT.chrome), 'firefox-mv3': sizesOf(OUTPUT.firefox) };
  const tables: Table[] = [];
  const figures: Figure[] = [];
  const notes: string[] = ['KB = 1,000 bytes (as in wxt\'s build summary); gzip is zlib level 9.'];
  for (const [build, files] of Object.entries(builds)) {
    const total = files.reduce((s, f) => ({ raw: s.raw + f.raw, gzip: s.gzip + f.gzip }), { raw: 0, gzip: 0 });
    tables.push({
      title: `.output/${build}: every file`,
      headers: ['File', 'Raw KB', 'Gzip KB'],
      rows: [...files.map((f) => [f.file, f.raw / KB, f.gzip / KB]), ['(total)', total.raw / KB, total.gzip / KB]],
    });
    for (const script of CONTENT_SCRIPTS) {
      const found = files.find((f) => f.file === script);
      if (!found) {
        notes.push(`${build}/${script} was not built.`);
        continue;
      }
      figures.push({ what: `${build} ${script} raw`, value: found.raw / KB, unit: 'KB', digits: 1 });
      figures.push({
        what: `${build} ${script} gzip`,
        value: found.gzip / KB,
        unit: 'KB',
        digits: 1,
        budget: `≤ ${CONTENT_SCRIPT_GZIP_BUDGET / KB} KB`,
        pass: found.gzip <= CONTENT_SCRIPT_GZIP_BUDGET,
      });
    }
  }

  const compositions: Record<string, { modules: ModuleShare[]; packages: ModuleShare[] }> = {};
  for (const script of CONTENT_SCRIPTS) {
    const source = maps[script];
    if (!source) continue;
    const result = breakdown(source.code, source.map);
    compositions[script] = result;
    const total = result.packages.reduce((s, p) => s + p.raw, 0);
    const share = (m: ModuleShare) => [m.name, m.raw / KB, `${((m.raw / total) * 100).toFixed(1)} %`, m.gzipAlone / KB];
    tables.push({
      title: `${script} (chrome-mv3) by package / folder — from its source map`,
      headers: ['Package or folder', 'Min KB', 'Share', 'Gzip alone KB'],
      rows: result.packages.map(share),
    });
    if (script === 'content-scripts/kartra.js') {
      tables.push({
        title: `${script}: largest modules`,
        headers: ['Module', 'Min KB', 'Share', 'Gzip alone KB'],
        rows: result.modules.slice(0, 15).map(share),
      });
    }
  }
  if (Object.keys(compositions).length) {
    notes.push(
      'Module shares: each minified byte is charged to the source its source-map segment points at. "Gzip alone" ' +
        'compresses that module\'s code by itself, so it overstates its share of the real gzip size (shared ' +
        'dictionary) but bounds what removing it could save.',
    );
  } else notes.push('No source maps were available (run without --no-build for the module breakdown).');

  return {
    id: 'bundle-size',
    title: '1. Bundle size (production builds)',
    figures,
    tables,
    notes,
    data: { budgetGzipBytes: CONTENT_SCRIPT_GZIP_BUDGET, builds, compositions },
  };
}
