import type { Plugin } from 'vite';

/**
 * Zod 4 probes whether `new Function` works so it can compile faster parsers. Extension pages forbid eval anyway, and
 * docs/quality.md forbids the construct in our bundles, so the probe is replaced by "no eval" at build time. If a Zod
 * update changes the probe, the build fails here instead of silently shipping it.
 */
export function zodWithoutEval(): Plugin {
  const PROBE = /const F = Function;\s*new F\(""\);\s*return true;/;
  return {
    name: 'zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/.test(id)) return undefined;
      if (!PROBE.test(code)) this.error('zod-without-eval: the eval probe in zod/v4/core/util.js changed; update this plugin.');
      return { code: code.replace(PROBE, 'return false;'), map: null };
    },
  };
}
