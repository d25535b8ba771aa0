import { readdirSync } from 'node:fs';
import { test } from 'vitest';
import { detectIntegrations } from '../../../lib/kartra/detect-integrations.ts';
import { DEFAULT_SITE_PROFILE } from '../../../lib/kartra/site-profile.ts';
import { loadFixture } from './load-fixture.ts';

test('smoke', async () => {
  for (const f of readdirSync('test/fixtures/kartra')) {
    if (process.env.FX && !f.includes(process.env.FX)) continue;
    const page = loadFixture(f);
    const r = detectIntegrations(page.document, DEFAULT_SITE_PROFILE);
    console.log(`\n== ${f}: nodes=${r.nodeCount} ms=${r.durationMs.toFixed(1)} attention=${r.needsAttentionCount} stripe=${r.stripe ? (r.stripe.ambiguous ? 'AMBIGUOUS ' + r.stripe.tiles.length : r.stripe.tile.status) : '-'} banner=${r.banner ? JSON.stringify(r.banner.text.slice(0, 60)) + ' stripe=' + r.banner.mentionsStripe : '-'} outcome=${r.outcome ?? '-'} warnings=${JSON.stringify(r.warnings)}`);
    for (const i of r.integrations) console.log(`   ${JSON.stringify(i.name)} [${i.integration ?? '?'}] cat=${i.category ?? '-'} ${i.status} ${i.confidence} list=${i.inRepeatedList} <${i.element.tagName.toLowerCase()} class="${i.element.getAttribute('class') ?? ''}"> :: ${i.decidedBy}`);
    await page.close();
  }
});
