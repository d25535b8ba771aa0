/**
 * What a tile's short texts say: status words, icon-font glyphs (private-use characters and ligatures such as
 * Material's "error"), SVG `<title>`s, status symbols, and on the way the tile's category and heading.
 */
import type { EvidenceKind } from './decide-status.ts';
import { clipText } from '../dom/text.ts';
import { analyseClass, analyseText, considerProbe, type TextAnalysis, type TileRead } from './tile-evidence-context.ts';

/** Longest text read as a status (longer ones are descriptions). */
export const MAX_STATUS_TEXT = 60;
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b']);
const SKIP_TEXT_PARENTS = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'option']);
const PRIVATE_USE = /^[\uE000-\uF8FF]+$/;

/** Read one text of the tile (a text node's data, or a planned site's text), said by `parent`. */
export function readTextEvidence(read: TileRead, data: string, parent: Element | undefined, parentTag: string): void {
  const text = data.trim();
  if (!text) return;
  // Too long to be a status, but a heading still names the tile (clipped), as written.
  if (text.length > MAX_STATUS_TEXT) return readHeading(read, clipText(text, MAX_STATUS_TEXT * 4), parent, parentTag);
  const analysis = analyseText(read, text);
  if (SKIP_TEXT_PARENTS.has(parentTag)) return;
  // An icon-font glyph (private use area) says its status in colour, whether or not the profile knows the glyph.
  if (parent && parent !== read.tile && PRIVATE_USE.test(text)) considerProbe(read, { element: parent, tag: parentTag, priority: 2, label: undefined, hasText: true });
  // A name says no status; in a heading it is the tile's name as written.
  if (analysis.isName) return readHeading(read, text, parent, parentTag);
  if (!analysis.hasWords && !analysis.symbols.length) return;
  const said = readStatusWords(read, text, analysis, parent, parentTag);
  // The element that says the status in words may also say it in colour (red "Needs attention").
  if (said && parent && parent !== read.tile) considerProbe(read, { element: parent, tag: parentTag, priority: 2, label: undefined, hasText: true });
  readCategoryAndHeading(read, text, analysis, parent, parentTag);
}

/** Status words as text, as an SVG title or an icon-font ligature, and status symbols (✓, ⚠). */
function readStatusWords(read: TileRead, text: string, analysis: TextAnalysis, parent: Element | undefined, parentTag: string): boolean {
  const { dom, compiled } = read;
  const { weights } = compiled.profile;
  const inSvgTitle = parentTag === 'title' || parentTag === 'desc';
  // An SVG <title> is never rendered itself; whether its icon shows is what counts.
  const source = (inSvgTitle && parent ? dom.parentOf(parent) : parent) ?? read.tile;
  const iconFont = parent !== undefined && !text.includes(' ') && analyseClass(read, dom.attr(parent, 'class') ?? '').iconFont;
  const kind: EvidenceKind = inSvgTitle || iconFont ? 'icon' : 'text';
  const code = inSvgTitle ? 'icon-title' : iconFont ? 'icon-glyph' : 'text';
  let said = false;
  for (const hit of inSvgTitle ? analysis.labelHits : analysis.statusHits)
    said = read.add(kind, hit.label, kind === 'icon' ? weights.icon : weights.text, { code, text: clipText(text, 40) }, `t:${hit.phrase}`, source, 'text') || said;
  if (iconFont) for (const hit of analysis.iconHits) said = read.add('icon', hit.label, weights.icon, { code: 'icon-glyph', text: clipText(text, 30) }, `g:${hit.phrase}`, source, 'text') || said;
  for (const { symbol, status } of analysis.symbols) said = read.add('icon', status, weights.icon, { code: 'symbol', symbol: clipText(symbol, 20) }, `s:${symbol}`, source, 'text') || said;
  return said;
}

/** The first category text, the first heading and the first other text (a name the profile does not know). */
function readCategoryAndHeading(read: TileRead, text: string, analysis: TextAnalysis, parent: Element | undefined, parentTag: string): void {
  const { dom, recorded } = read;
  if (!read.category && analysis.category && (!parent || dom.isRendered(parent))) {
    read.category = clipText(analysis.category, 40);
    if (recorded && parent) recorded.category = parent;
  }
  if (parentTag === 'title' || parentTag === 'desc' || !analysis.hasWords) return;
  readHeading(read, text, parent, parentTag);
  if (read.firstText === undefined && !analysis.isStatusOrCategory) {
    read.firstText = text;
    read.firstTextSource = parent;
  }
}

/** The tile's first heading text (an h1–h6, strong or b element, or role=heading). */
function readHeading(read: TileRead, text: string, parent: Element | undefined, parentTag: string): void {
  if (read.headingText || !parent || SKIP_TEXT_PARENTS.has(parentTag)) return;
  if (!HEADING_TAGS.has(parentTag) && read.dom.attr(parent, 'role') !== 'heading') return;
  read.headingText = text;
  if (read.recorded) read.recorded.heading = parent;
}

