/**
 * What a piece of tile evidence saw, and what decided a tile's status, as codes and values: the popup words them
 * (components/text/evidence.ts). Values quote the page as data, already clipped, never markup.
 */
import type { EvidenceStatus } from './compiled-profile.ts';
import { clipText } from '../dom/text.ts';

/** An element of the tile: the tile itself, or one inside it, by its tag name ('' when it has none). */
export type ElementPlace = { on: 'tile' } | { on: 'inside'; tag: string };

/** CSS generated content (`::before`, `::after`) of an element. */
export interface GeneratedPlace {
  pseudo: '::before' | '::after';
  tag: string;
}

/** Where a colour was read: the tile's own border, a probe (a dot, an icon, a label), or generated content. */
export type ColourPlace =
  | { on: 'tile' }
  | { on: 'probe'; tag: string; small: boolean; round: boolean; label?: { attribute: string; value: string } }
  | ({ on: 'generated' } & GeneratedPlace);

export type EvidenceDetail =
  | { code: 'text' | 'icon-title' | 'icon-glyph'; text: string }
  | { code: 'symbol'; symbol: string; in?: GeneratedPlace }
  | { code: 'generated-text'; text: string; in: GeneratedPlace }
  | { code: 'colour'; colour: 'red' | 'green' | 'grey'; property: string; value: string; at: ColourPlace }
  | { code: 'class-token'; token: string; at: ElementPlace }
  | { code: 'icon-class'; token: string; tag: string }
  | { code: 'label'; attribute: string; value: string; at: ElementPlace }
  | { code: 'data-status'; attribute: string; value: string; tag: string }
  | { code: 'icon-reference' | 'image'; name: string }
  | { code: 'action-label'; tag: string; text: string }
  | { code: 'banner'; integration: string; text: string };

/** The strongest evidence for one status; absent when nothing pointed there. */
export interface StatusEvidence {
  status: EvidenceStatus;
  strongest?: EvidenceDetail;
}

/** What decided a tile's status, or why nothing could. */
export type Decision =
  | { code: 'no-evidence' }
  | { code: 'weak-evidence'; strongest?: EvidenceDetail }
  | { code: 'conflict'; leader: StatusEvidence; runnerUp: StatusEvidence }
  | { code: 'evidence'; strongest?: EvidenceDetail; alsoAgreeing: number; outweighs?: StatusEvidence };

/** Longest tag or attribute name kept (custom elements may have any length). */
const MAX_TAG = 40;
/** Longest string anywhere in a detail or decision, as messages carry them (evidence-schema.ts). */
export const MAX_DETAIL_TEXT = 200;

export function clipTag(tag: string): string {
  return tag.slice(0, MAX_TAG);
}

/** The same detail or decision with every string clipped to MAX_DETAIL_TEXT: for whatever a caller put in a report. */
export function clipDetailTexts<T>(value: T): T {
  if (typeof value === 'string') return clipText(value, MAX_DETAIL_TEXT) as T;
  if (Array.isArray(value)) return value.map(clipDetailTexts) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, clipDetailTexts(inner)])) as T;
  return value;
}
