import { test } from 'vitest';
import { detectIntegrations } from '../../../lib/kartra/detect-integrations.ts';
import { compileProfile } from '../../../lib/kartra/compiled-profile.ts';
import { DEFAULT_SITE_PROFILE } from '../../../lib/kartra/site-profile.ts';
import { loadHtml } from './load-fixture.ts';
// @ts-expect-error plain js helper
import { buildPage } from '/tmp/kbench/gen.mjs';

test('hd bench', async () => {
  for (const tiles of [500, 1000, 2000]) {
    const page = loadHtml(`<body>${buildPage(tiles, 0)}</body>`);
    const compiled = compileProfile(DEFAULT_SITE_PROFILE);
    const doc = page.document;
    let bare = 1e9, det = 1e9, rep;
    for (let i = 0; i < 3; i++) {
      let t = performance.now(); let n = 0; for (const el of doc.querySelectorAll('*')) if (el) n++; bare = Math.min(bare, performance.now() - t);
      t = performance.now(); rep = detectIntegrations(doc, DEFAULT_SITE_PROFILE, { compiled }); det = Math.min(det, performance.now() - t);
    }
    console.log(tiles, 'bare', bare.toFixed(1), 'detect', det.toFixed(1), 'ratio', (det / bare).toFixed(2), rep!.integrations.length, rep!.needsAttentionCount);
    await page.close();
  }
}, 300_000);
