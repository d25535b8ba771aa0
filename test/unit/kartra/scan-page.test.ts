import { afterEach, describe, expect, test } from 'vitest';
import { compileProfile } from '../../../lib/kartra/compiled-profile.ts';
import { DEFAULT_SITE_PROFILE } from '../../../lib/kartra/default-site-profile.ts';
import { createSafeDom } from '../../../lib/dom/safe-dom.ts';
import { scanLightTree, scanPage, scanShadowRoots } from '../../../lib/kartra/scan-page.ts';
import { loadHtml, type LoadedPage } from './load-fixture.ts';

const compiled = compileProfile(DEFAULT_SITE_PROFILE);
let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

function anchorsOf(html: string): string[] {
  page = loadHtml(html);
  const scan = scanPage(page.document, createSafeDom(page.document), compiled);
  return scan.anchors.map((a) => `${a.source}:${a.text}`);
}

describe('scanPage: logo labels', () => {
  test('an image is named by its alt text', () => {
    expect(anchorsOf('<img src="x.png" alt="Stripe">')).toEqual(['alt:Stripe']);
  });

  test('aria-label, then title, name an image only when it has no alt text (empty counts as none)', () => {
    expect(anchorsOf('<img src="x.png" aria-label="PayPal" title="Zapier">')).toEqual(['aria-label:PayPal']);
    expect(anchorsOf('<img src="x.png" alt="" title="Zapier">')).toEqual(['title:Zapier']);
    expect(anchorsOf('<img src="x.png" alt="  " aria-label="Stripe">')).toEqual(['aria-label:Stripe']);
  });

  test('an alt text that names nothing is the image\'s label: its title is not asked', () => {
    expect(anchorsOf('<img src="x.png" alt="Company logo" title="Stripe">')).toEqual([]);
  });
});

describe('scanShadowRoots', () => {
  const html =
    '<div id="a"><x-one><template shadowrootmode="open"><p>Stripe</p></template></x-one></div>' +
    '<div id="b"><x-two><template shadowrootmode="open"><p>PayPal</p><x-three><template shadowrootmode="open"><p>Zapier</p></template></x-three></template></x-two></div>';

  test('finds open shadow roots at any depth, nested ones too, and scans their texts', () => {
    page = loadHtml(html);
    const dom = createSafeDom(page.document);
    const scan = scanLightTree(page.document, dom, compiled);
    expect(scan.anchors).toEqual([]);
    expect(scanShadowRoots(scan, dom, compiled, new Set())).toBe(true);
    expect(scan.anchors.map((a) => a.text)).toEqual(['Stripe', 'PayPal', 'Zapier']);
    expect(scan.roots).toHaveLength(4);
    // Searched once: a second call finds nothing new.
    expect(scanShadowRoots(scan, dom, compiled, new Set())).toBe(false);
  });

  test('does not look inside the elements it is told to skip', () => {
    page = loadHtml(html);
    const dom = createSafeDom(page.document);
    const scan = scanLightTree(page.document, dom, compiled);
    const skipped = page.document.getElementById('b') as Element;
    expect(scanShadowRoots(scan, dom, compiled, new Set([skipped]))).toBe(true);
    expect(scan.anchors.map((a) => a.text)).toEqual(['Stripe']);
  });
});
