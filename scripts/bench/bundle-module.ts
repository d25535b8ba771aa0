/** Bundle one of the project's modules (and its imports) into a single script with Vite's library mode. */
import { build, type Rolldown } from 'vite';
import { zodWithoutEval } from '../../lib/build/zod-without-eval.ts';

/**
 * `format: 'iife'` gives a classic script that sets `globalThis[name]`, for pages; `'es'` a module, for Node.
 * Minified like the extension's production build unless `minify` is false (for readable CPU profiles).
 */
export async function bundleModule(entry: string, format: 'iife' | 'es', name = 'SRABench', minify = true): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [zodWithoutEval()],
    build: {
      lib: { entry, formats: [format], name, fileName: () => `bundle.${format === 'es' ? 'mjs' : 'js'}` },
      write: false,
      minify,
      sourcemap: false,
      emptyOutDir: false,
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  for (const output of outputs) {
    for (const chunk of output.output) if (chunk.type === 'chunk' && chunk.isEntry) return chunk.code;
  }
  throw new Error(`bundleModule: no entry chunk for ${entry}`);
}
