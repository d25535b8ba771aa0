/**
 * Covers what the support report's screenshot must not show, for the moment of the capture: every key, account id,
 * email address and redirect `code`/`state` value on the page (the shapes of lib/report/redact.ts, and this page's
 * own `code`/`state` values) gets a solid box with "•••• 1234" in it, in a closed shadow root in the top layer.
 * Plain DOM, no Preact: content scripts have a size budget.
 */
import { SHOW_TEXT } from '../dom/natives';
import { searchRootsUnder } from '../dom/search-roots';
import { domOf } from '../dom/shared-dom';
import { SECRET_SHAPES } from '../report/redact';
import { createShadowHost, type ShadowHost } from './shadow-host';
import css from './secret-cover.css?inline';

let cover: ShadowHost | undefined;

/** This page's own redirect values, which may show in its text without a `code=` before them (word characters only). */
const urlSecrets = () => ['code', 'state'].flatMap((name) => new URLSearchParams(location.search).getAll(name)).filter((value) => /^[\w-]{8,}$/.test(value));

/** Covers every secret in view; returns how many boxes it drew. */
export function coverSecrets(): number {
  uncoverSecrets();
  const pattern = new RegExp([SECRET_SHAPES, ...urlSecrets()].join('|'), 'gi');
  const boxes: [DOMRect, string][] = [];
  const range = Document.prototype.createRange.call(document);
  const secrets = (text: string) => [...text.matchAll(pattern)].filter((found) => found[0].length >= 8);
  const dom = domOf(document);
  // The page's open shadow roots too (the page-reading layer's clobber-proof walk): what the agent sees is covered.
  for (const root of searchRootsUnder(document, dom)) {
    const walker = dom.walker(root, SHOW_TEXT);
    for (let node = walker?.nextNode(); node; node = walker?.nextNode()) {
      for (const found of secrets(node.nodeValue ?? '')) {
        range.setStart(node, found.index);
        range.setEnd(node, found.index + found[0].length);
        for (const rect of range.getClientRects()) boxes.push([rect, found[0]]);
      }
    }
    // A field's value is not a text node: the whole field is covered.
    for (const field of dom.queryAll(root, 'input,textarea') as HTMLInputElement[]) {
      const [found] = secrets(field.value);
      if (found) boxes.push([field.getBoundingClientRect(), found[0]]);
    }
  }
  cover = createShadowHost(css);
  for (const [rect, secret] of boxes) {
    const box = document.createElement('b');
    const px = (value: number) => `${value}px`;
    Object.assign(box.style, { left: px(rect.left - 1), top: px(rect.top - 1), width: px(rect.width + 2), height: px(rect.height + 2), lineHeight: px(rect.height + 2) });
    box.textContent = `•••• ${secret.slice(-4)}`;
    cover.container.append(box);
  }
  cover.mount();
  try {
    // Above the page's own dialogs and popovers, which paint over any z-index.
    cover.container.popover = 'manual';
    cover.container.showPopover();
  } catch {
    // No top layer: the host's z-index still puts it over everything else.
  }
  // If the background never says it is done (it was stopped mid-capture), the page gets its text back anyway.
  const mine = cover;
  setTimeout(() => cover === mine && uncoverSecrets(), 10_000);
  return boxes.length;
}

/** Takes the cover away; true if there was one (the page was still the one covered). */
export function uncoverSecrets(): boolean {
  const had = cover !== undefined;
  cover?.remove();
  cover = undefined;
  return had;
}
