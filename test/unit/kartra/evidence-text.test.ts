/**
 * The popup's "why" lines, made from the detector's codes and values (components/text/evidence.ts): English as the
 * detector used to write it, Spanish with the page's values quoted as the page has them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { decisionText, evidenceText } from '../../../components/text/evidence.ts';
import type { Decision, EvidenceDetail } from '../../../lib/kartra/evidence-detail.ts';
import { useTestLocale } from '../support/fake-browser-gaps';

const DOT: EvidenceDetail = {
  code: 'colour',
  colour: 'red',
  property: 'background-color',
  value: '#e53935',
  at: { on: 'probe', tag: 'span', small: true, round: true, label: { attribute: 'title', value: 'Needs attention' } },
};
const GENERATED: EvidenceDetail = { code: 'colour', colour: 'green', property: 'color', value: 'rgb(0, 128, 0)', at: { on: 'generated', pseudo: '::before', tag: 'i' } };
const DECIDED: Decision = {
  code: 'evidence',
  strongest: DOT,
  alsoAgreeing: 2,
  outweighs: { status: 'connected', strongest: { code: 'symbol', symbol: '✓', in: { pseudo: '::after', tag: '' } } },
};

describe('evidence and decisions in words', () => {
  afterEach(() => useTestLocale('en'));

  it('says in English what the detector used to write', () => {
    expect(evidenceText(DOT)).toBe("red computed background-color #e53935 on a small round <span> (title 'Needs attention')");
    expect(evidenceText(GENERATED)).toBe('green computed color rgb(0, 128, 0) in ::before of <i>');
    expect(evidenceText({ code: 'label', attribute: 'aria-label', value: 'Error', at: { on: 'tile' } })).toBe("aria-label 'Error' on the tile");
    expect(evidenceText(undefined)).toBe('nothing');
    expect(decisionText(DECIDED)).toBe(
      "red computed background-color #e53935 on a small round <span> (title 'Needs attention') (+2 more agreeing); outweighs connected (status symbol '✓' in ::after of <element>)",
    );
    expect(decisionText({ code: 'weak-evidence', strongest: { code: 'text', text: 'Error' } })).toBe("too little evidence: text 'Error' alone is not enough");
    expect(decisionText({ code: 'no-evidence' })).toBe('no status indicator found on the tile');
  });

  it('says it in Spanish, page values untouched', () => {
    useTestLocale('es');
    expect(evidenceText(DOT)).toBe('background-color calculado #e53935 (rojo) en un <span> pequeño y redondo (title «Needs attention»)');
    expect(decisionText({ code: 'evidence', strongest: { code: 'text', text: 'Error' }, alsoAgreeing: 1 })).toBe('texto «Error» (y 1 indicio más a favor)');
    expect(decisionText({ code: 'conflict', leader: { status: 'needs-attention' }, runnerUp: { status: 'connected', strongest: { code: 'image', name: 'ok.svg' } } })).toBe(
      'indicios contradictorios: necesita atención (nada) frente a conectada (imagen «ok.svg»)',
    );
  });
});
