/**
 * `npm run test:e2e:repeat -- N`: the whole e2e suite N times in a row on one sandbox build, to show it is not flaky.
 * Every run goes to the end (a failure does not stop the next run), so the summary tells how often each test failed,
 * not only that one did. Exit code 1 when any run failed.
 *
 *   npm run test:e2e:repeat -- 10
 *   npm run test:e2e:repeat -- 3 test/e2e/happy-path.e2e.ts     # only these files
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [countArg, ...files] = process.argv.slice(2);
const runs = Number(countArg ?? '10');
if (!Number.isInteger(runs) || runs < 1 || runs > 100) {
  console.error(`Give the number of runs, 1 to 100 (got ${JSON.stringify(countArg)}): npm run test:e2e:repeat -- 10`);
  process.exit(2);
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const build = spawnSync('npm', ['run', 'build:sandbox'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);

interface VitestJson {
  numTotalTests: number;
  numFailedTests: number;
  testResults: { name: string; assertionResults: { fullName: string; status: string }[] }[];
}

const out = resolve('artifacts/e2e-repeat');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const failures = new Map<string, number>();
const lines: string[] = [];
for (let run = 1; run <= runs; run++) {
  const report = join(out, `run-${run}.json`);
  const started = performance.now();
  const result = spawnSync(npx, ['vitest', 'run', '-c', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...files], {
    stdio: 'inherit',
  });
  const seconds = (performance.now() - started) / 1000;
  let summary = `exit ${result.status}`;
  try {
    const json = JSON.parse(readFileSync(report, 'utf8')) as VitestJson;
    for (const file of json.testResults) {
      for (const test of file.assertionResults) if (test.status === 'failed') failures.set(test.fullName, (failures.get(test.fullName) ?? 0) + 1);
    }
    summary = `${json.numTotalTests - json.numFailedTests}/${json.numTotalTests} passed`;
  } catch {
    summary += ' (no report written)';
  }
  lines.push(`run ${String(run).padStart(2)}: ${summary} in ${seconds.toFixed(0)} s`);
  console.log(`\n[e2e-repeat] ${lines.at(-1)}\n`);
}

console.log('\ne2e repeated');
for (const line of lines) console.log(`  ${line}`);
if (failures.size === 0) console.log(`  every test passed in all ${runs} runs`);
for (const [name, count] of failures) console.log(`  failed ${count}/${runs}: ${name}`);
process.exit(failures.size === 0 && lines.every((l) => l.includes('passed')) ? 0 : 1);
