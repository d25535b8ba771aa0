/**
 * What the queued probes say in colour (computed style, so it runs last and only on a few elements per tile): the
 * tile's border, SVG fill and stroke, background and border, text colour, and CSS generated content (`::before`,
 * `::after`: its words and symbols like text, its colours like the element's).
 */
import { classifyColour, type ColourClass } from './colour.ts';
import type { EvidenceStatus } from './compiled-profile.ts';
import { clipText } from '../dom/text.ts';
import { clipTag, type ColourPlace, type GeneratedPlace } from './evidence-detail.ts';
import { analyseText, HAS_WORD, type Probe, type TileRead } from './tile-evidence-context.ts';

const SVG_SHAPES = new Set(['svg', 'circle', 'path', 'rect', 'ellipse', 'polygon', 'use', 'g']);

/** One probe's colour reading: each colour class counts once per probe, described the first way it was seen. */
interface ProbeColours {
  read: TileRead;
  probe: Probe;
  /** The probe's place in the queue (the evidence dedupe key). */
  at: number;
  style: CSSStyleDeclaration;
  seen: Set<ColourClass>;
  /** Where this probe's colours are said to be, set by the first one read. */
  place: ColourPlace | undefined;
}

/** Read every queued probe's colours. */
export function readColourEvidence(read: TileRead): void {
  for (let at = 0; at < read.probes.length; at++) {
    const probe = read.probes[at] as Probe;
    const style = read.dom.computedStyle(probe.element);
    if (!style) continue;
    const colours: ProbeColours = { read, probe, at, style, seen: new Set(), place: undefined };
    if (probe.priority < 0) {
      readTileBorder(colours);
      continue;
    }
    if (SVG_SHAPES.has(probe.tag)) readSvgPaint(colours);
    readBoxColours(colours);
    // Generated content paints elements that hold no text of their own: a coloured ::before dot, an icon-font glyph.
    if (!probe.hasText || probe.tag === 'i') readGeneratedContent(colours);
  }
}

/** The tile's own border (a red left edge), never its background: cards are white or tinted. */
function readTileBorder(colours: ProbeColours): void {
  const { style } = colours;
  const { weights } = colours.read.compiled.profile;
  if (hasBorder(style, 'Left')) considerColour(colours, style.borderLeftColor, 'border-left-color', weights.colourBorder, false);
  if (hasBorder(style, 'Top')) considerColour(colours, style.borderTopColor, 'border-top-color', weights.colourBorder, false);
}

/** An SVG shape's fill and stroke, computed or as attributes. */
function readSvgPaint(colours: ProbeColours): void {
  const { style, probe, read } = colours;
  const { weights } = read.compiled.profile;
  considerColour(colours, style.fill || read.dom.attr(probe.element, 'fill'), 'fill', weights.colourFill, true);
  considerColour(colours, style.stroke || read.dom.attr(probe.element, 'stroke'), 'stroke', weights.colourBorder, false);
}

/** Background, text colour (of an icon or an element that holds text) and border. */
function readBoxColours(colours: ProbeColours): void {
  const { style, probe } = colours;
  const { weights } = colours.read.compiled.profile;
  considerColour(colours, style.backgroundColor, 'background-color', weights.colourFill, true);
  if (probe.tag === 'i' || probe.hasText) considerColour(colours, style.color, 'color', weights.colourText, false);
  if (hasBorder(style, 'Top')) considerColour(colours, style.borderTopColor, 'border-color', weights.colourBorder, false);
}

/** `::before` / `::after`: words and symbols in `content`, its background, and the colour of a glyph. */
function readGeneratedContent(colours: ProbeColours): void {
  const { read, probe } = colours;
  const { weights } = read.compiled.profile;
  for (const pseudo of ['::before', '::after'] as const) {
    const generated = read.dom.computedStyle(probe.element, pseudo);
    const content = generated?.content;
    if (!generated || !content || content === 'none' || content === 'normal') continue;
    const text = /^"(.*)"$/.exec(content)?.[1] ?? '';
    const place: GeneratedPlace = { pseudo, tag: clipTag(probe.tag) };
    colours.place = { on: 'generated', ...place };
    const analysis = analyseText(read, text);
    for (const hit of analysis.statusHits) read.add('text', hit.label, weights.text, { code: 'generated-text', text: clipText(text, 40), in: place }, `t:${hit.phrase}`, probe.element, 'text');
    for (const { symbol, status } of analysis.symbols) read.add('icon', status, weights.icon, { code: 'symbol', symbol: clipText(symbol, 20), in: place }, `s:${symbol}`, probe.element, 'text');
    considerColour(colours, generated.backgroundColor, 'background-color', weights.colourFill, true);
    // A glyph (no letters) is painted by its colour; words in content are read, not their ink.
    if (text && !HAS_WORD.test(text)) considerColour(colours, generated.color, 'color', weights.colourFill, false);
  }
}

/** A red, green or (where allowed) grey colour as evidence, once per colour class per probe. */
function considerColour(colours: ProbeColours, value: string | null | undefined, property: string, weight: number, allowGrey: boolean): void {
  if (!value) return;
  const { read, probe } = colours;
  const { profile } = read.compiled;
  const cls = classifyColour(value, profile.colours);
  if (cls !== 'red' && cls !== 'green' && cls !== 'grey') return;
  if (cls === 'grey' && !allowGrey) return;
  if (colours.seen.has(cls)) return;
  colours.seen.add(cls);
  const points: EvidenceStatus = cls === 'red' ? 'needs-attention' : cls === 'green' ? 'connected' : 'not-configured';
  const w = cls === 'grey' ? weight * profile.weights.greyFactor : weight;
  colours.place ??= probe.priority < 0 ? { on: 'tile' } : probePlace(probe, colours.style);
  read.add('colour', points, w, { code: 'colour', colour: cls, property: clipTag(property), value: clipText(value, 40), at: colours.place }, `c:${colours.at}`, probe.element, 'colour');
}

function probePlace(probe: Probe, style: CSSStyleDeclaration): ColourPlace {
  const small = !probe.hasText;
  const radius = style.borderTopLeftRadius || style.borderRadius || '';
  const round = /%/.test(radius) ? parseFloat(radius) >= 40 : parseFloat(radius) >= 6 && small;
  return { on: 'probe', tag: clipTag(probe.tag), small, round, ...(probe.label ? { label: probe.label } : {}) };
}

function hasBorder(style: CSSStyleDeclaration, side: 'Top' | 'Left'): boolean {
  const width = side === 'Top' ? style.borderTopWidth : style.borderLeftWidth;
  const kind = side === 'Top' ? style.borderTopStyle : style.borderLeftStyle;
  if (kind === 'none' || kind === 'hidden') return false;
  return width === undefined || width === '' || parseFloat(width) > 0;
}
