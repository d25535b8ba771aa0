import { afterEach, describe, expect, it } from 'vitest';
import { createSafeDom } from '../../../lib/kartra/safe-dom.ts';
import { loadHtml, type LoadedPage } from './load-fixture.ts';

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

const textOf = (html: string, max = 300) => {
  page = loadHtml(`<body><div id="root">${html}</div></body>`);
  const root = page.document.getElementById('root')!;
  return createSafeDom(page.document).boundedText(root, max);
};

describe('boundedText: what a block says, read node by node', () => {
  it('keeps the texts of separate elements apart when the markup puts no space between them', () => {
    expect(textOf('<strong>Stripe account does not match</strong>You selected a different account.')).toBe(
      'Stripe account does not match You selected a different account.',
    );
    expect(textOf('<h3>Stripe</h3><p>Needs attention</p>')).toBe('Stripe Needs attention');
  });

  it('adds nothing where the page already spaced or punctuated its inline markup', () => {
    expect(textOf('<p><b>Action required:</b> reconnect Stripe</p>')).toBe('Action required: reconnect Stripe');
    expect(textOf('<p>Action <b>required</b>: now</p>')).toBe('Action required: now');
  });

  it('skips script and style text and stops at the limit', () => {
    expect(textOf('<p>Visible</p><script>var secret = 1</script><style>p{}</style><p>text</p>')).toBe('Visible text');
    expect(textOf('<p>abcdef</p><p>ghijkl</p>', 8)).toHaveLength(8);
  });
});
