/**
 * `npm run bench`: speed and size figures, each next to its budget from the project's issues, printed as tables and
 * written to artifacts/bench.json. Never a test: figures are reported, not asserted (the exit code is 0 when every
 * section ran, whatever the verdicts; 1 when a section could not run).
 *
 *   node scripts/bench.ts                        # build, then every section
 *   node scripts/bench.ts --no-build             # reuse .output/ (no module breakdown unless maps are there)
 *   node scripts/bench.ts --only=detection-cost,key-parser
 *
 * Sections: bundle-size, detection-cost, mutation-storm, side-panel, overlay-scroll, overlay-vs-driver, key-parser.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { buildAll, existingBuilds, snapshotSandboxBuild, type ContentScriptMaps } from './bench/build.ts';
import { measureBundleSize } from './bench/bundle-size.ts';
import { measureDetectionCost } from './bench/detection-cost.ts';
import { measureKeyParser } from './bench/key-parser.ts';
import { measureMutationStorm } from './bench/mutation-storm.ts';
import { measureOverlayScroll } from './bench/overlay-scroll.ts';
import { measureOverlayVsDriver } from './bench/overlay-vs-driver.ts';
import { formatNumber, formatSection, formatTable, verdict, type SectionResult } from './bench/report.ts';
import { measureSidePanel } from './bench/side-panel.ts';

type Section = Omit<SectionResult, 'seconds'>;
const log = (line: string) => console.log(line);

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const build = !args.includes('--no-build');
const wanted = (id: string) => !only || only.includes(id);

const started = performance.now();
const loadAtStart = loadavg()[0] ?? 0;
if (loadAtStart > cpus().length / 2) {
  log(`Note: the machine is already busy (load average ${loadAtStart.toFixed(2)} on ${cpus().length} cores): timings will be noisier.`);
}
let maps: ContentScriptMaps = {};
let buildSeconds: Record<string, number> = {};
if (build) ({ maps, seconds: buildSeconds } = buildAll(log));
else ({ maps } = existingBuilds());
const extension = snapshotSandboxBuild();

const plan: { id: string; title: string; run: () => Promise<Section> }[] = [
  { id: 'bundle-size', title: '1. Bundle size', run: () => measureBundleSize(maps) },
  { id: 'detection-cost', title: '2. Detection cost', run: () => measureDetectionCost(log) },
  { id: 'mutation-storm', title: '3. Mutation storm', run: () => measureMutationStorm(log, extension.dir) },
  { id: 'side-panel', title: '4. Side panel first render', run: () => measureSidePanel(log, extension.dir) },
  { id: 'overlay-scroll', title: '5. Overlay following while scrolling', run: () => measureOverlayScroll(log, extension.dir) },
  { id: 'overlay-vs-driver', title: '6. Overlay vs driver.js', run: () => measureOverlayVsDriver(log) },
  { id: 'key-parser', title: '7. Key parser', run: () => measureKeyParser() },
];

const results: SectionResult[] = [];
for (const step of plan.filter((s) => wanted(s.id))) {
  log(`\n${step.title}…`);
  const t0 = performance.now();
  let result: SectionResult;
  try {
    result = { ...(await step.run()), seconds: (performance.now() - t0) / 1000 };
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.error(message);
    result = { id: step.id, title: step.title, figures: [], tables: [], notes: [], data: {}, seconds: (performance.now() - t0) / 1000, error: message.split('\n')[0] ?? message };
  }
  results.push(result);
  console.log(formatSection(result));
}

extension.remove();
const totalSeconds = (performance.now() - started) / 1000;
const budgeted = results.flatMap((r) => r.figures.filter((f) => f.pass !== undefined).map((f) => ({ section: r.title, ...f })));
console.log('\n▌ Summary');
console.log(
  formatTable(
    ['Section', 'Budgeted figures', 'PASS', 'OVER', 'Seconds'],
    results.map((r) => {
      const figures = r.figures.filter((f) => f.pass !== undefined);
      return [r.title, r.error ? 'not measured' : String(figures.length), String(figures.filter((f) => f.pass).length), String(figures.filter((f) => !f.pass).length), formatNumber(r.seconds, 1)];
    }),
  ),
);
const over = budgeted.filter((f) => !f.pass);
if (over.length) {
  console.log('\n  Over budget:');
  for (const f of over) console.log(`  - ${f.section}: ${f.what} = ${formatNumber(f.value, f.digits ?? 2)} ${f.unit} (budget ${f.budget}) ${verdict(f.pass)}`);
}
if (Object.keys(buildSeconds).length) console.log(`\n  Builds: ${Object.entries(buildSeconds).map(([k, v]) => `${k} ${formatNumber(v, 1)} s`).join(', ')}`);
const loadAtEnd = loadavg()[0] ?? 0;
console.log(`  Whole run: ${formatNumber(totalSeconds, 1)} s on ${cpus().length} CPU core(s); 1-min load average ${loadAtStart.toFixed(2)} at start, ${loadAtEnd.toFixed(2)} at end.`);
console.log('  Timings are medians on a shared machine: other work on it moves them (compare a detection change with npm run bench:compare).');

const file = resolve('artifacts/bench.json');
await mkdir(resolve('artifacts'), { recursive: true });
await writeFile(
  file,
  `${JSON.stringify(
    {
      generatedAt: new Date().toISOString(),
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      totalSeconds,
      buildSeconds,
      loadAverage: { start: loadAtStart, end: loadAtEnd },
      summary: { budgeted: budgeted.length, pass: budgeted.length - over.length, over: over.length, notMeasured: results.filter((r) => r.error).map((r) => r.id) },
      sections: results,
    },
    null,
    2,
  )}\n`,
);
console.log(`  Figures written to ${file}`);
process.exitCode = results.some((r) => r.error) ? 1 : 0;
