/** A navigation link or button by its visible text (e.g. the "Integrations" entry of Kartra's Settings menu). */
export function findNavLink(doc: Document, text: string): Element | undefined {
  const wanted = text.trim().toLowerCase();
  const candidates = doc.querySelectorAll('a, button, [role="link"], [role="menuitem"], [role="tab"]');
  let best: Element | undefined;
  for (const el of candidates) {
    const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().toLowerCase();
    if (label === wanted) return el;
    if (!best && label.length < 40 && label.includes(wanted)) best = el;
  }
  return best;
}
