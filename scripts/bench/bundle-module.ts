/** Bundle one of the project's modules (and its imports) into a single script with Vite's library mode. */
import { build, type Rolldown } from 'vite';
import { zodWithoutEval } from '../../lib/build/zod-without-eval.ts';

/**
 * `format: 'iife'` gives a classic script that sets `globalThis[name]`, for pages; `'es'` a module, for Node.
 * Minified like the extension's production build unless `minify` is false (for readable CPU profiles).
 */
export async function bundleModule(entry: string, format: 'iife' | 'es', name = 'SRABench', minify = true): Promise<string> {
  return (await bundle(entry, format, name, minify, false)).code;
}

/** The same, with its source map (v3 JSON text), to map profile line/column positions back to modules. */
export async function bundleModuleWithMap(entry: string, format: 'iife' | 'es', name: string, minify: boolean): Promise<{ code: string; map: string }> {
  const out = await bundle(entry, format, name, minify, true);
  if (!out.map) throw new Error(`bundleModuleWithMap: no source map for ${entry}`);
  return { code: out.code, map: out.map };
}

async function bundle(entry: string, format: 'iife' | 'es', name: string, minify: boolean, sourcemap: boolean): Promise<{ code: string; map?: string }> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [zodWithoutEval()],
    build: {
      lib: { entry, formats: [format], name, fileName: () => `bundle.${format === 'es' ? 'mjs' : 'js'}` },
      write: false,
      minify,
      sourcemap,
      emptyOutDir: false,
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  for (const output of outputs) {
    for (const chunk of output.output) {
      if (chunk.type === 'chunk' && chunk.isEntry) return { code: chunk.code, ...(chunk.map ? { map: chunk.map.toString() } : {}) };
    }
  }
  throw new Error(`bundleModule: no entry chunk for ${entry}`);
}
