/**
 * The host of our in-page UI: a custom-named element on <html> with a closed shadow root holding our stylesheet and a
 * container to render into. The page can neither read nor restyle what is inside.
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

/**
 * Remove hosts of this name that an earlier copy of the content script left behind. Firefox injects the new version of
 * an updated extension into open tabs while the old copy's code is simply gone, so its UI would stay on the page,
 * frozen, next to the new one. (Elements of our name made by the page go too, which is what we want.)
 */
export function removeLeftoverHosts(name: string): void {
  for (const leftover of document.querySelectorAll(name)) leftover.remove();
}

/** `name` must be a valid custom element name (two words, kebab-case): only those accept a shadow root. */
export function createShadowHost(name: string, css: string): ShadowHost {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  shadow.append(style, container);
  return {
    host,
    shadow,
    container,
    mount: () => document.documentElement.append(host),
    remove: () => host.remove(),
  };
}
