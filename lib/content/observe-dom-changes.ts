/**
 * One MutationObserver for "the page changed, detect again". It only pokes a scheduler: the callback does no DOM
 * reading, so a page mutating 1,000 times a second costs almost nothing here. Attributes are filtered to the ones
 * that carry status (observing every attribute of a busy app is what froze browsers for other extensions).
 */
export const STATUS_ATTRIBUTES = ['class', 'style', 'title', 'aria-label', 'hidden', 'aria-hidden', 'open', 'src', 'alt'];

export function observeDomChanges(doc: Document, onChange: () => void): () => void {
  const observer = new MutationObserver(() => onChange());
  observer.observe(doc, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: STATUS_ATTRIBUTES });
  return () => observer.disconnect();
}
