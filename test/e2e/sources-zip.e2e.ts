/**
 * What Mozilla's reviewers do with the sources zip: unpack it in an empty folder, install, build, and compare with the
 * Firefox build we submit. Slow (a whole npm ci), so it lives with the end-to-end suites; it drives no browser.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

async function filesUnder(root: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    hashes.set(relative(root, path), createHash('sha256').update(await readFile(path)).digest('hex'));
  }
  return hashes;
}

// vitest sets NODE_ENV=test, which would make WXT build with Preact's development JSX (absolute file names inside):
// both builds run as `npm run zip` and a reviewer's shell would, with no NODE_ENV.
const { NODE_ENV: _testEnv, ...shellEnv } = process.env;

describe('the sources zip', () => {
  let folder = '';
  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('holds all a build needs: unpacked alone in an empty folder it builds the same Firefox extension', async () => {
    execFileSync('npx', ['wxt', 'zip', '-b', 'firefox', '--mv3'], { stdio: 'pipe', env: shellEnv });
    const zips = (await readdir('.output')).filter((name) => name.endsWith('-sources.zip'));
    expect(zips).toHaveLength(1);
    const submitted = await filesUnder('.output/firefox-mv3');

    folder = await mkdtemp(join(tmpdir(), 'sra-sources-'));
    execFileSync('unzip', ['-q', join(process.cwd(), '.output', zips[0]!), '-d', folder]);
    const unpacked = await readdir(folder);
    expect(unpacked).toContain('package-lock.json');
    expect(unpacked).not.toContain('node_modules');
    expect(unpacked).not.toContain('artifacts');

    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: folder, stdio: 'pipe', env: shellEnv });
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { cwd: folder, stdio: 'pipe', env: shellEnv });
    const rebuilt = await filesUnder(join(folder, '.output/firefox-mv3'));

    expect([...rebuilt.keys()].sort()).toEqual([...submitted.keys()].sort());
    for (const [path, hash] of submitted) expect(rebuilt.get(path), path).toBe(hash);
  }, 300_000);
});
