/** The builds the benchmark measures, run through the project's own commands. */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const OUTPUT = {
  chrome: resolve('.output/chrome-mv3'),
  firefox: resolve('.output/firefox-mv3'),
  chromeSandbox: resolve('.output/chrome-mv3-sandbox'),
} as const;

export const CONTENT_SCRIPTS = ['content-scripts/kartra.js', 'content-scripts/stripe.js'] as const;

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  const started = performance.now();
  try {
    execFileSync(command, args, { stdio: 'pipe', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    process.stderr.write(e.stdout ?? '');
    process.stderr.write(e.stderr ?? '');
    throw new Error(`${command} ${args.join(' ')} failed`, { cause: error });
  }
  return (performance.now() - started) / 1000;
}

export interface ContentScriptMaps {
  /** file (relative to the build) → { code, map JSON text } from a build with source maps. */
  [file: string]: { code: string; map: string };
}

/**
 * 1. Chrome production build with source maps (SRA_SOURCEMAP=1, see wxt.config.ts), kept in memory for the module
 *    breakdown; 2. `npm run build` (Chrome + Firefox, no maps): the files whose sizes count; 3. the sandbox build the
 *    browser sections load. Returns seconds per step.
 */
export function buildAll(log: (line: string) => void): { maps: ContentScriptMaps; seconds: Record<string, number> } {
  const seconds: Record<string, number> = {};
  log('building Chrome (production, with source maps) for the module breakdown…');
  seconds['wxt build (source maps)'] = run('npx', ['wxt', 'build'], { SRA_SOURCEMAP: '1' });
  const maps: ContentScriptMaps = {};
  for (const file of CONTENT_SCRIPTS) {
    const js = resolve(OUTPUT.chrome, file);
    if (existsSync(`${js}.map`)) maps[file] = { code: readFileSync(js, 'utf8'), map: readFileSync(`${js}.map`, 'utf8') };
  }
  log('building Chrome and Firefox (production: npm run build)…');
  seconds['npm run build'] = run('npm', ['run', '--silent', 'build']);
  log('building Chrome (sandbox mode) for the browser measurements…');
  seconds['wxt build --mode sandbox'] = run('npx', ['wxt', 'build', '--mode', 'sandbox']);
  return { maps, seconds };
}

/** Without building: the source maps only if a previous build left them (usually not). */
export function existingBuilds(): { maps: ContentScriptMaps } {
  for (const dir of Object.values(OUTPUT)) if (!existsSync(dir)) throw new Error(`${dir} is missing: run without --no-build`);
  const maps: ContentScriptMaps = {};
  for (const file of CONTENT_SCRIPTS) {
    const js = resolve(OUTPUT.chrome, file);
    if (existsSync(`${js}.map`)) maps[file] = { code: readFileSync(js, 'utf8'), map: readFileSync(`${js}.map`, 'utf8') };
  }
  return { maps };
}

/**
 * A private copy of the sandbox build for the browser sections. Others may rebuild .output/ while the bench runs
 * (`npm run test:e2e` does); loading from a copy keeps the extension stable. Remove it with the returned function.
 */
export function snapshotSandboxBuild(): { dir: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'sra-bench-ext-'));
  const dir = join(root, 'chrome-mv3-sandbox');
  const remove = () => rmSync(root, { recursive: true, force: true });
  // Another build may be rewriting the folder right now: retry until the copy is whole (a build takes seconds).
  for (let attempt = 1; ; attempt++) {
    try {
      rmSync(dir, { recursive: true, force: true });
      cpSync(OUTPUT.chromeSandbox, dir, { recursive: true });
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[]; background?: { service_worker?: string } };
      const files = [...(manifest.content_scripts ?? []).flatMap((c) => c.js ?? []), manifest.background?.service_worker ?? 'background.js'];
      const missing = files.filter((f) => !existsSync(join(dir, f)));
      if (missing.length) throw new Error(`missing ${missing.join(', ')}`);
      return { dir, remove };
    } catch (error) {
      if (attempt >= 5) {
        remove();
        throw new Error(`could not take a whole copy of ${OUTPUT.chromeSandbox}`, { cause: error });
      }
      execFileSync('sleep', ['2']);
    }
  }
}
