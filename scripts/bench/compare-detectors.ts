/**
 * `npm run bench:compare -- [base-ref] [sizes]`: is a detection change faster? The bench's detection ratio moves
 * ±15 % from run to run (the walk does), which hides a 5 % gain. This loads the detector as built from `base-ref`
 * (default HEAD) and from the working tree into the same sandbox page and times them in turns, in alternating order,
 * against the same walk. Each size runs in two fresh pages, the bundles loaded in either order. B/A under 1 means the
 * working tree is faster; comparing HEAD with an unchanged tree shows the noise left (a few per cent). Both detectors
 * must find the same integrations.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startSandbox } from '../../sandbox/server.ts';
import { launchPlainChromium } from './browsers.ts';
import { bundleModule } from './bundle-module.ts';
import { openIntegrationsPage, TILE_COUNTS, type DetectorBundleApi } from './detection-cost.ts';

const ENTRY = 'scripts/bench/detector-entry.ts';

interface Comparison {
  base: number;
  work: number;
  walk: number;
  samples: number;
  baseFound: string;
  workFound: string;
}

/** The detector bundle as of `ref`, built from a temporary worktree that borrows this checkout's node_modules. */
async function bundleAtRef(ref: string): Promise<string> {
  const root = process.cwd();
  const dir = mkdtempSync(path.join(tmpdir(), 'sra-compare-'));
  rmSync(dir, { recursive: true });
  execFileSync('git', ['worktree', 'add', '--detach', dir, ref], { stdio: 'ignore' });
  try {
    symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
    if (existsSync(path.join(root, '.wxt'))) symlinkSync(path.join(root, '.wxt'), path.join(dir, '.wxt'));
    return await bundleModule(path.join(dir, ENTRY), 'iife', 'SRADetectBase');
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', dir]);
  }
}

/** Runs in the page: both detectors and the walk in turns, each sample a batch lasting ≥ 5 ms; lower quartiles. */
function compareInPage(budgetMs: number): Comparison {
  const apis = globalThis as unknown as { SRADetectBase: DetectorBundleApi; SRADetectWork: DetectorBundleApi };
  const detector = (api: DetectorBundleApi) => {
    const compiled = api.compileProfile(api.DEFAULT_SITE_PROFILE);
    return () => api.detectIntegrations(document, api.DEFAULT_SITE_PROFILE, { compiled });
  };
  const base = detector(apis.SRADetectBase);
  const work = detector(apis.SRADetectWork);
  let sink = 0;
  const walk = () => {
    for (const el of document.querySelectorAll('*')) sink += el.nodeType;
  };
  const found = (report: ReturnType<typeof base>) => `${report.integrations.length} found, ${report.needsAttentionCount} red, Stripe ${report.stripe ? 'yes' : 'no'}`;
  const baseFound = found(base());
  const workFound = found(work());
  for (let i = 0; i < 3; i++) {
    base();
    work();
    walk();
  }
  const batchOf = (fn: () => unknown) => {
    for (let k = 1; ; k *= 2) {
      const started = performance.now();
      for (let i = 0; i < k; i++) fn();
      if (performance.now() - started >= 5) return k;
    }
  };
  const timed = (fn: () => unknown, k: number) => {
    const started = performance.now();
    for (let i = 0; i < k; i++) fn();
    return (performance.now() - started) / k;
  };
  const runs = [base, work, walk].map((fn) => ({ fn, batch: batchOf(fn), samples: [] as number[] }));
  const started = performance.now();
  // The order flips every round: whichever detector runs second pays for the first one's garbage.
  for (let round = 0; round < 8 || (performance.now() - started < budgetMs && round < 80); round++) {
    const order = round % 2 ? [runs[1], runs[0], runs[2]] : runs;
    for (const run of order) run?.samples.push(timed(run.fn, run.batch));
  }
  // A sample can only be slowed (GC, another process), so the faster ones are the truer: the lower quartile.
  const quartile = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 2] ?? NaN;
  const [b, w, k] = runs.map((run) => quartile(run.samples)) as [number, number, number];
  return { base: b, work: w, walk: k + (sink < 0 ? 1 : 0), samples: runs[0]?.samples.length ?? 0, baseFound, workFound };
}

const ref = process.argv[2] ?? 'HEAD';
const sizes = process.argv[3] ? process.argv[3].split(',').map(Number) : [...TILE_COUNTS];
const baseCode = await bundleAtRef(ref);
const workCode = await bundleModule(ENTRY, 'iife', 'SRADetectWork');
const sandbox = await startSandbox({ port: 0 });
const browser = await launchPlainChromium();
try {
  console.log(`Detection ÷ walk, ${ref} (A) vs working tree (B), same page, in turns:`);
  for (const tiles of sizes) {
    const pages: Comparison[] = [];
    for (const order of [
      [baseCode, workCode],
      [workCode, baseCode],
    ]) {
      const page = await openIntegrationsPage(browser, sandbox.origin('kartra-app'), tiles);
      for (const content of order) await page.addScriptTag({ content });
      pages.push(await page.evaluate(compareInPage, tiles >= 1000 ? 6000 : 2500));
      await page.close();
    }
    const ratios = pages.map((r) => r.work / r.base);
    const geometricMean = Math.sqrt((ratios[0] ?? NaN) * (ratios[1] ?? NaN));
    const first = pages[0] as Comparison;
    const differ = pages.find((r) => r.baseFound !== r.workFound);
    console.log(
      `  ${String(tiles).padStart(5)} tiles  A ${(first.base / first.walk).toFixed(2)}×  B ${(first.work / first.walk).toFixed(2)}×  ` +
        `B/A ${geometricMean.toFixed(3)} (per page ${ratios.map((x) => x.toFixed(3)).join(', ')}; walk ${(first.walk * 1000).toFixed(0)} µs)` +
        (differ ? `  DIFFERENT ANSWERS: A ${differ.baseFound}; B ${differ.workFound}` : ''),
    );
  }
} finally {
  await browser.close();
  await sandbox.close();
}
