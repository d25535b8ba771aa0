import { afterEach, describe, expect, it } from 'vitest';
import { createSafeDom } from '../../../lib/dom/safe-dom.ts';
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

describe('matchesAny and forEachMatch', () => {
  const setUp = (html: string) => {
    page = loadHtml(`<body><div id="root">${html}</div></body>`);
    return { dom: createSafeDom(page.document), doc: page.document };
  };

  it('matches any selector of a list, and one invalid selector does not hide the valid ones', () => {
    const { dom, doc } = setUp('<span class="status-dot" role="status"></span><span class="plain"></span>');
    const [dot, plain] = [doc.querySelector('.status-dot')!, doc.querySelector('.plain')!];
    const hints = ['[role="alert"]', '[class*="status" i]'];
    expect(dom.matchesAny(dot, hints)).toBe(true);
    expect(dom.matchesAny(plain, hints)).toBe(false);
    const withBroken = ['[[[not a selector', '[role="status"]'];
    expect(dom.matchesAny(dot, withBroken)).toBe(true);
    expect(dom.matchesAny(plain, withBroken)).toBe(false);
    expect(dom.matchesAny(dot, [])).toBe(false);
  });

  it('lists elements by selector under a document, an element and a shadow root, in document order, up to max', () => {
    const { dom, doc } = setUp('<img alt="a"><p><img alt="b"></p><div id="host"></div><img alt="c">');
    const host = doc.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<img alt="s1"><span><img alt="s2"></span>';
    const alts = (root: Document | Element | ShadowRoot, max = 100) => {
      const out: string[] = [];
      dom.forEachMatch(root, 'img', max, (el) => out.push(el.getAttribute('alt') ?? ''));
      return out;
    };
    expect(alts(doc)).toEqual(['a', 'b', 'c']);
    expect(alts(doc.getElementById('root')!, 2)).toEqual(['a', 'b']);
    expect(alts(host.shadowRoot!)).toEqual(['s1', 's2']);
  });

  it('an element named "length" or "item" cannot bend the list', () => {
    const { dom, doc } = setUp('<img name="length" alt="x"><img id="item" alt="y">');
    const out: string[] = [];
    dom.forEachMatch(doc, 'img', 10, (el) => out.push(el.getAttribute('alt') ?? ''));
    expect(out).toEqual(['x', 'y']);
  });
});
