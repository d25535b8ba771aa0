import { describe, expect, it } from 'vitest';
import { accessibleNameOf, nameTextOf } from '../../../lib/dom/accessible-name.ts';
import { createSafeDom } from '../../../lib/dom/safe-dom.ts';
import { queryAllDeep } from '../../../lib/dom/search-roots.ts';
import { domOf } from '../../../lib/dom/shared-dom.ts';
import { normalizeText, normalizeWords } from '../../../lib/dom/text.ts';
import { accessibleName } from '../../../lib/dom/visible-name.ts';
import { parseHtml } from '../../fixtures/stripe/load-fixture';

describe('one reading layer for both sites', () => {
  it('shares one set of accessors per document, and gives each pass its own rendered-state memo', () => {
    const doc = parseHtml('<p id="a">A</p>');
    const p = doc.getElementById('a')!;
    expect(domOf(p)).toBe(domOf(doc));
    expect(domOf(parseHtml('<p></p>'))).not.toBe(domOf(doc));
    expect(createSafeDom(doc)).not.toBe(createSafeDom(doc));
  });

  it('reads through a document whose methods and properties are shadowed by own properties', () => {
    const doc = parseHtml('<button aria-label="Connect">x</button><div id="host"></div>');
    doc.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<button>Inside</button>';
    for (const name of ['querySelectorAll', 'getElementById', 'createTreeWalker', 'nodeType', 'documentElement'])
      Object.defineProperty(doc, name, { value: { clobbered: true }, configurable: true });
    const names = queryAllDeep(doc, 'button').map((button) => accessibleName(button));
    expect(names).toEqual(['Connect', 'Inside']);
  });

  it('names a control the same way for both sites, each with its own idea of a subtree’s text', () => {
    const doc = parseHtml(`
      <label for="pw">Password</label><input id="pw" type="password">
      <input type="submit">
      <button id="menu"><span aria-hidden="true">⋮</span><span hidden>More options</span></button>`);
    const dom = createSafeDom(doc);
    const kartraName = (el: Element) => accessibleNameOf(el, dom, { textOf: (e) => nameTextOf(e, dom), max: 200 });
    const [password, submit, menu] = [doc.getElementById('pw')!, doc.querySelector('[type=submit]')!, doc.getElementById('menu')!];
    expect([accessibleName(password), kartraName(password)]).toEqual(['Password', 'Password']);
    expect([accessibleName(submit), kartraName(submit)]).toEqual(['Submit', 'Submit']);
    // Kartra's finders read every text node (an icon-only menu is "⋮"); Stripe's readers only what is visible.
    expect(kartraName(menu)).toBe('⋮ More options');
    expect(accessibleName(menu)).toBe('');
  });

  it('normalises the way each word list is written', () => {
    expect(normalizeText('  Don’t   “Connect”  ')).toBe('don\'t "connect"');
    expect(normalizeWords('Continue\u200B →  ＡＢ')).toBe('continue ab');
  });
});
