/**
 * The host of our in-page UI: a plain `<div>` on <html> with a closed shadow root holding our stylesheet and a
 * container to render into. The page can neither read nor restyle what is inside.
 *
 * Why a `div` and not a custom element: a page that defines our element's name first (customElements.define) upgrades
 * it, and a constructor calling attachInternals() gets `internals.shadowRoot`, the closed root included. A built-in
 * element is never upgraded and has no ElementInternals. It carries no attribute or name either: nothing fixed for a
 * page to select or guess. Our own mark sits inside the closed root, where only extension code can see it.
 *
 * This is what wxt's createShadowRootUi does, minus what we do not use (fetched CSS, positioning modes, event
 * isolation); written out because its helpers cost ~3 KB gzipped in a content script with a size budget.
 */
export interface ShadowHost {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Where the UI renders. */
  readonly container: HTMLElement;
  /** (Re-)attach the host as the last child of <html>. */
  mount(): void;
  remove(): void;
}

/** Marks our container inside the closed root, so a later copy of the content script can recognise our hosts. */
const MARK = 'data-sra-ui';
const ours = new WeakSet<Element>();

type ShadowRootReader = (element: Element) => ShadowRoot | null;

/**
 * A closed shadow root as extension code may see it: Firefox gives content scripts `openOrClosedShadowRoot` on every
 * element, Chrome `chrome.dom.openOrClosedShadowRoot`. Neither exists for page scripts.
 */
function readShadowRoot(element: Element): ShadowRoot | null {
  const firefox = (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  if (firefox !== undefined) return firefox;
  const chrome = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: ShadowRootReader } } }).chrome;
  try {
    return chrome?.dom?.openOrClosedShadowRoot?.(element) ?? null;
  } catch {
    return null;
  }
}

/**
 * Remove hosts that an earlier copy of the content script left behind. Firefox injects the new version of an updated
 * extension into open tabs while the old copy's code is simply gone, so its UI would stay on the page, frozen, next to
 * the new one. Recognised by our mark inside their closed root, which no page can put there.
 */
export function removeLeftoverHosts(): void {
  for (const child of [...document.documentElement.children]) {
    if (ours.has(child) || child.localName !== 'div') continue;
    if (readShadowRoot(child)?.querySelector(`[${MARK}]`)) child.remove();
  }
}

export function createShadowHost(css: string): ShadowHost {
  const host = document.createElement('div');
  ours.add(host);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  container.setAttribute(MARK, '');
  shadow.append(style, container);
  return {
    host,
    shadow,
    container,
    mount: () => document.documentElement.append(host),
    remove: () => host.remove(),
  };
}
