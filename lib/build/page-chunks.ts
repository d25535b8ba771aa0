import type { InlineConfig } from 'vite';

/** The pages whose first paint is measured and budgeted (`npm run bench`): they should load as few files as possible. */
const FIRST_PAINT_PAGES: ReadonlySet<string> = new Set(['sidepanel', 'popup']);

interface PageEntrypoint {
  type: string;
  inputPath: string;
}

interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/**
 * How the extension pages' code is split into files. Left to itself the bundler gives every set of pages that shares
 * code its own chunk, and the side panel loaded five scripts. Each extension file is served by the browser process in
 * turn, and on a busy machine those turns, not the bytes, were most of the panel's time to first render. Here the
 * code the side panel or popup loads up front and shares with another page goes into one chunk, `pages-shared`: each
 * of them loads its own script and that one (plus Rolldown's sub-kilobyte runtime helpers, which no group can take).
 * Whatever they load only on demand (zod, with the online check) stays out.
 *
 * Registered as WXT's `vite:build:extendConfig` hook; only the page build is touched (background and content scripts
 * are single-file IIFE builds).
 */
export function groupSharedPageCode(entrypoints: readonly PageEntrypoint[], config: InlineConfig): void {
  if (!entrypoints.every((entry) => entry.inputPath.endsWith('.html'))) return;
  const roots = entrypoints.filter((entry) => FIRST_PAINT_PAGES.has(entry.type)).map((entry) => entry.inputPath);
  const build = (config.build ??= {});
  // WXT sets the page build's output under the deprecated `rollupOptions`, which Vite aliases to `rolldownOptions`.
  const options = build.rolldownOptions ?? build.rollupOptions ?? (build.rolldownOptions = {});
  if (Array.isArray(options.output)) throw new Error('groupSharedPageCode: expected one output for the page build.');
  let upFront: Set<string> | undefined;
  options.output = {
    ...options.output,
    codeSplitting: {
      groups: [
        {
          name: (id: string, graph: ModuleGraph) => ((upFront ??= staticallyReachable(roots, graph)).has(id) ? 'pages-shared' : null),
          minShareCount: 2,
        },
      ],
    },
  };
}

/** Every module the given entries import without `import()`, themselves included. */
export function staticallyReachable(roots: readonly string[], graph: ModuleGraph): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}
