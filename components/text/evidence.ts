/**
 * Why the popup gives a tile its status, in words: what decided it (lib/kartra/evidence-detail.ts's codes) and the
 * evidence it rests on. Page values (texts, class names, colours) go in as parts, quoted as the page has them.
 */
import type { EvidenceStatus } from '../../lib/kartra/compiled-profile';
import type { ColourPlace, Decision, ElementPlace, EvidenceDetail, GeneratedPlace, StatusEvidence } from '../../lib/kartra/evidence-detail';
import { t } from '../../lib/i18n';

type Code<C extends EvidenceDetail['code']> = EvidenceDetail & { code: C };

const STATUS: Record<EvidenceStatus, () => string> = {
  'needs-attention': () => t('evidence.status.needsAttention'),
  connected: () => t('evidence.status.connected'),
  'not-configured': () => t('evidence.status.notConfigured'),
};

const COLOUR: Record<Code<'colour'>['colour'], () => string> = {
  red: () => t('evidence.colour.red'),
  green: () => t('evidence.colour.green'),
  grey: () => t('evidence.colour.grey'),
};

/** `<span>`: tag names are the page's markup, not words. */
function tagText(tag: string): string {
  return tag ? `<${tag}>` : t('evidence.unnamedElement');
}

function elementPlace(place: ElementPlace): string {
  return place.on === 'tile' ? t('evidence.theTile') : tagText(place.tag);
}

function generatedPlace(place: GeneratedPlace): string {
  return t('evidence.generatedPlace', { pseudo: place.pseudo, tag: tagText(place.tag) });
}

function probePlace(place: Extract<ColourPlace, { on: 'probe' }>): string {
  const tag = tagText(place.tag);
  const shaped =
    place.small && place.round
      ? t('evidence.probe.smallRound', { tag })
      : place.small
        ? t('evidence.probe.small', { tag })
        : place.round
          ? t('evidence.probe.round', { tag })
          : t('evidence.probe.plain', { tag });
  if (!place.label) return shaped;
  const attribute = place.label.attribute === 'aria-label' ? t('evidence.ariaLabelName') : place.label.attribute;
  return t('evidence.probe.withLabel', { place: shaped, label: t('evidence.attributeValue', { attribute, value: place.label.value }) });
}

function colourText(detail: Code<'colour'>): string {
  const parts = { colour: COLOUR[detail.colour](), property: detail.property, value: detail.value };
  const { at } = detail;
  if (at.on === 'generated') return t('evidence.detail.colourIn', { ...parts, place: generatedPlace(at) });
  return t('evidence.detail.colourOn', { ...parts, place: at.on === 'tile' ? t('evidence.theTile') : probePlace(at) });
}

const DETAIL: { [C in EvidenceDetail['code']]: (detail: Code<C>) => string } = {
  text: (d) => t('evidence.detail.text', { text: d.text }),
  'icon-title': (d) => t('evidence.detail.iconTitle', { text: d.text }),
  'icon-glyph': (d) => t('evidence.detail.iconGlyph', { text: d.text }),
  symbol: (d) => (d.in ? t('evidence.detail.symbolIn', { symbol: d.symbol, place: generatedPlace(d.in) }) : t('evidence.detail.symbol', { symbol: d.symbol })),
  'generated-text': (d) => t('evidence.detail.generatedText', { text: d.text, place: generatedPlace(d.in) }),
  colour: colourText,
  'class-token': (d) => t('evidence.detail.classToken', { token: d.token, place: elementPlace(d.at) }),
  'icon-class': (d) => t('evidence.detail.iconClass', { token: d.token, tag: tagText(d.tag) }),
  label: (d) => t('evidence.detail.label', { attribute: d.attribute, value: d.value, place: elementPlace(d.at) }),
  'data-status': (d) => t('evidence.detail.dataStatus', { attribute: d.attribute, value: d.value, tag: tagText(d.tag) }),
  'icon-reference': (d) => t('evidence.detail.iconReference', { name: d.name }),
  image: (d) => t('evidence.detail.image', { name: d.name }),
  'action-label': (d) => t('evidence.detail.actionLabel', { tag: tagText(d.tag), text: d.text }),
  banner: (d) => t('evidence.detail.banner', { integration: d.integration, text: d.text }),
};

/** One piece of evidence: "red computed background-color #e53935 on a small round <span>". */
export function evidenceText(detail: EvidenceDetail | undefined): string {
  if (!detail) return t('evidence.nothing');
  return (DETAIL[detail.code] as (d: EvidenceDetail) => string)(detail);
}

function statusEvidence(side: StatusEvidence): { status: string; evidence: string } {
  return { status: STATUS[side.status](), evidence: evidenceText(side.strongest) };
}

/** What decided a tile's status, or why nothing could. */
export function decisionText(decision: Decision): string {
  switch (decision.code) {
    case 'no-evidence':
      return t('evidence.decision.noEvidence');
    case 'weak-evidence':
      return t('evidence.decision.weak', { evidence: evidenceText(decision.strongest) });
    case 'conflict': {
      const leader = statusEvidence(decision.leader);
      const runnerUp = statusEvidence(decision.runnerUp);
      return t('evidence.decision.conflict', {
        leader: leader.status,
        leaderEvidence: leader.evidence,
        runnerUp: runnerUp.status,
        runnerUpEvidence: runnerUp.evidence,
      });
    }
    case 'evidence': {
      const strongest = evidenceText(decision.strongest);
      const agreed = decision.alsoAgreeing > 0 ? t('evidence.decision.alsoAgreeing', decision.alsoAgreeing, { evidence: strongest }) : strongest;
      if (!decision.outweighs) return agreed;
      const other = statusEvidence(decision.outweighs);
      return t('evidence.decision.outweighs', { evidence: agreed, status: other.status, other: other.evidence });
    }
  }
}
