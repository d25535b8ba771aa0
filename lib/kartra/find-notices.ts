/**
 * Page-level notices: the alert banner of a re-authorisation campaign ("Your Stripe integration needs attention")
 * and Kartra's outcome notice after a reconnect ("Stripe account does not match", …).
 *
 * Candidates are the short texts the page scan flagged, their blocks, and the nearest ancestor matching a banner hint
 * (role=alert, aria-live, …). Only rendered candidates count; a hidden template holding all four error
 * messages must not read as an error.
 */
import { parseCssColour, rgbToHsl } from './colour.ts';
import { outcomeOfText, type CompiledProfile, type KartraOutcome } from './compiled-profile.ts';
import type { SafeDom } from '../dom/safe-dom.ts';
import type { PageScan } from './scan-page.ts';
import { clipText, wordsOf } from '../dom/text.ts';
import { matchPhrases } from './text-match.ts';

/** A visible page banner about integrations needing attention. */
export interface PageBanner {
  text: string;
  mentionsStripe: boolean;
  element: Element;
}

/** A visible Kartra outcome notice. */
export interface OutcomeNotice {
  outcome: KartraOutcome;
  text: string;
  element: Element;
}

export type OutcomeSearch = { kind: 'none' } | { kind: 'found'; notice: OutcomeNotice } | { kind: 'conflict'; outcomes: KartraOutcome[] };

const MAX_HINT_CLIMB = 4;
const MAX_BANNER_TEXT = 600;
const TEXT_LEVEL = new Set(['span', 'strong', 'b', 'em', 'i', 'a', 'small', 'u', 'mark', 'code']);

/** The most relevant visible banner outside the tiles: one naming Stripe first. */
export function findBanner(scan: PageScan, insideTile: (el: Element) => boolean, dom: SafeDom, compiled: CompiledProfile): PageBanner | undefined {
  // Hinted candidates (role=alert, aria-live, class *banner*…) are banners by declaration; a plain text block only
  // when it is painted like one (tinted background or coloured edge), so an article paragraph saying "reconnect" is not.
  const candidates: { element: Element; hinted: boolean }[] = [];
  const byElement = new Map<Element, { element: Element; hinted: boolean }>();
  const push = (element: Element, hinted: boolean): void => {
    const known = byElement.get(element);
    if (known) {
      known.hinted ||= hinted;
      return;
    }
    const candidate = { element, hinted };
    byElement.set(element, candidate);
    candidates.push(candidate);
  };
  // Start from the texts the scan flagged (banner words, Stripe mentions) rather than querying every hint over the
  // whole page: `[class*="alert" i]` against 100k elements would cost more than the rest of the detection.
  const hints = compiled.profile.bannerSelectorHints;
  const hinted = (el: Element): boolean => dom.matchesAny(el, hints);
  for (const hit of scan.messageHits) {
    const block = blockAround(hit.element, dom);
    push(block, hinted(block));
    let el = dom.parentOf(block);
    for (let depth = 0; el && depth < MAX_HINT_CLIMB; depth++, el = dom.parentOf(el)) {
      if (hinted(el)) {
        push(el, true);
        break;
      }
    }
  }

  let best: PageBanner | undefined;
  for (const { element: el, hinted } of candidates) {
    const raw = dom.boundedText(el, MAX_BANNER_TEXT + 1, 400);
    if (raw.length > MAX_BANNER_TEXT) continue; // a page wrapper, not a banner
    const words = wordsOf(raw);
    if (!matchPhrases(words, compiled.bannerWords).length) continue;
    if (insideTile(el) || insideDialog(el, dom) || !dom.isRendered(el)) continue;
    if (!hinted && !paintedLikeABanner(el, dom, compiled)) continue;
    const banner: PageBanner = { text: clipText(raw, 300), mentionsStripe: compiled.stripeMention.test(raw), element: el };
    if (banner.mentionsStripe) return banner;
    best ??= banner;
  }
  return best;
}

/** The visible outcome notice; several different ones at once is a conflict, reported as such rather than guessed. */
export function findOutcome(scan: PageScan, dom: SafeDom, compiled: CompiledProfile): OutcomeSearch {
  const found = new Map<KartraOutcome, OutcomeNotice>();
  for (const hit of scan.messageHits) {
    const outcome = outcomeOfText(hit.text, compiled);
    if (!outcome || found.has(outcome)) continue;
    if (!dom.isRendered(hit.element)) continue;
    const block = blockAround(hit.element, dom);
    const text = clipText(dom.boundedText(block, compiled.profile.limits.maxMessageTextLength, 100) || hit.text, 300);
    found.set(outcome, { outcome, text, element: block });
  }
  if (found.size === 0) return { kind: 'none' };
  if (found.size > 1) return { kind: 'conflict', outcomes: [...found.keys()] };
  return { kind: 'found', notice: [...found.values()][0] as OutcomeNotice };
}

const DIALOG_ROLES = new Set(['dialog', 'alertdialog']);

/** Text inside a dialog belongs to that dialog (the gateway window says "reconnect"), not to the page. */
function insideDialog(element: Element, dom: SafeDom): boolean {
  let el: Element | undefined = element;
  for (let depth = 0; el && depth < 64; depth++, el = dom.parentOf(el)) {
    if (dom.tagOf(el) === 'dialog' || DIALOG_ROLES.has((dom.attr(el, 'role') ?? '').trim().toLowerCase())) return true;
    if (dom.attr(el, 'aria-modal') === 'true') return true;
  }
  return false;
}

/** A tinted background or a coloured border on the block or its two nearest ancestors. */
function paintedLikeABanner(element: Element, dom: SafeDom, compiled: CompiledProfile): boolean {
  let el: Element | undefined = element;
  for (let depth = 0; el && depth < 3; depth++, el = dom.parentOf(el)) {
    const style = dom.computedStyle(el);
    if (!style) return false;
    if (isTint(style.backgroundColor, compiled)) return true;
    for (const [width, colour] of [
      [style.borderLeftWidth, style.borderLeftColor],
      [style.borderTopWidth, style.borderTopColor],
    ] as const) {
      if (width && parseFloat(width) >= 2 && isTint(colour, compiled)) return true;
    }
  }
  return false;
}

function isTint(value: string | undefined, compiled: CompiledProfile): boolean {
  if (!value) return false;
  const rgba = parseCssColour(value);
  if (!rgba || rgba.a < compiled.profile.colours.minAlpha) return false;
  const { s, l } = rgbToHsl(rgba);
  // White, near-white greys and black are page furniture, not a notice colour.
  return !(l > 0.97 || (s < 0.2 && l > 0.93) || l < 0.05);
}

/** Climb out of inline wrappers (`<strong>` inside `<p>`) to the element holding the whole sentence. */
function blockAround(element: Element, dom: SafeDom): Element {
  let el = element;
  for (let i = 0; i < 3 && TEXT_LEVEL.has(dom.tagOf(el)); i++) {
    const parent = dom.parentOf(el);
    if (!parent) break;
    el = parent;
  }
  return el;
}
