/**
 * The in-page guide as plain DOM: a spotlight ring around the next thing to click with a short card that says what to
 * do, a marker button on a tile, or a badge on an element. Built once per variant and updated in place on every frame
 * (nodes are kept, so keyboard focus survives the element moving). Plain DOM rather than Preact: it runs in content
 * scripts, where a UI library would cost a fifth of the size budget. Page text is only ever set as textContent.
 */
import { t } from '../../lib/i18n';
import { placeCard, type Box, type Placement } from './placement';

export interface OverlayView {
  /** spotlight: ring + card; marker: a button on a tile; badge: a label on an element, not interactive. */
  variant: 'spotlight' | 'marker' | 'badge';
  /** Where the element is, in viewport coordinates; absent while we wait for it or after giving up. */
  target?: Box;
  status: 'tracking' | 'waiting' | 'not-found';
  stepLabel?: string;
  title: string;
  instruction: string;
  warning?: string;
  /** The marker's button text, e.g. "Guide me through reconnecting". */
  actionLabel?: string;
  /** A note shown under the marker after its action, e.g. how to open the side panel by hand. */
  note?: string;
  /** Where the card goes relative to the target. */
  placement?: Placement;
  /** When not found: offer "Show it" (teach mode). */
  teachable?: boolean;
}

export interface OverlayHandlers {
  onDismiss(): void;
  onAction(): void;
  onTeach(): void;
}

export interface OverlayRenderer {
  /** Draw the view; `undefined` hides everything and clears the announcement. */
  update(view: OverlayView | undefined): void;
  /**
   * Put `text` in the aria-live region (no-op when unchanged). Separate from update: a live region announces changes
   * made after it is in the page, so a caller that has just mounted the overlay announces on a later frame.
   */
  announce(text: string): void;
}

/** What the live region says for a view. */
export function announcementOf(view: OverlayView): string {
  return view.status === 'not-found' ? t('guide.overlay.notFoundAnnouncement', { title: view.title }) : `${view.title}. ${view.instruction}`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, parent: Node): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  parent.appendChild(el);
  return el;
}

function place(el: HTMLElement, top: number, left: number, size?: { width: number; height: number }) {
  el.style.top = `${Math.round(top)}px`;
  el.style.left = `${Math.round(left)}px`;
  if (size) {
    el.style.width = `${Math.round(size.width)}px`;
    el.style.height = `${Math.round(size.height)}px`;
  }
}

function show(el: HTMLElement, visible: boolean) {
  el.hidden = !visible;
}

export function createOverlayRenderer(container: HTMLElement, handlers: OverlayHandlers): OverlayRenderer {
  const root = element('div', 'root', container);
  const live = element('p', 'sr-only', root);
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');

  // Spotlight parts.
  const ring = element('div', 'ring', root);
  ring.dataset.part = 'ring';
  const card = element('div', 'card', root);
  card.dataset.part = 'card';
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', t('guide.overlay.cardLabel'));
  const stepLabel = element('p', 'step', card);
  const title = element('p', 'title', card);
  const instruction = element('p', 'instruction', card);
  const warning = element('p', 'warning', card);
  warning.setAttribute('role', 'alert');
  const buttons = element('div', 'buttons', card);
  const hide = element('button', '', buttons);
  hide.type = 'button';
  hide.textContent = t('guide.overlay.hide');
  hide.title = t('guide.overlay.hideTitle');
  hide.addEventListener('click', () => handlers.onDismiss());
  const teach = element('button', '', buttons);
  teach.type = 'button';
  teach.textContent = t('teach.showIt');
  teach.title = t('teach.showItTitle');
  teach.addEventListener('click', () => handlers.onTeach());

  // Marker and badge parts.
  const marker = element('button', 'marker', root);
  marker.type = 'button';
  marker.dataset.part = 'marker';
  marker.addEventListener('click', () => handlers.onAction());
  const note = element('p', 'marker-note', root);
  note.setAttribute('role', 'note');
  const badge = element('span', 'badge', root);
  badge.dataset.part = 'badge';

  const all = [ring, card, marker, note, badge];

  return {
    update(view) {
      if (!view) {
        for (const part of all) show(part, false);
        live.textContent = '';
        return;
      }
      for (const part of all) show(part, false);
      if (view.variant === 'spotlight') updateSpotlight(view);
      else if (view.target) (view.variant === 'marker' ? updateMarker : updateBadge)(view, view.target);
    },
    announce(text) {
      if (live.textContent !== text) live.textContent = text;
    },
  };

  function updateSpotlight(view: OverlayView) {
    const tracking = view.status === 'tracking' && view.target;
    show(ring, Boolean(tracking));
    if (tracking) place(ring, view.target!.top - 6, view.target!.left - 6, { width: view.target!.width + 12, height: view.target!.height + 12 });
    stepLabel.textContent = view.stepLabel ?? '';
    show(stepLabel, Boolean(view.stepLabel));
    title.textContent = view.title;
    instruction.textContent =
      view.status === 'not-found'
        ? t('guide.overlay.notFound')
        : `${view.status === 'waiting' ? `${t('guide.overlay.waiting')} ` : ''}${view.instruction}`;
    show(teach, view.status === 'not-found' && Boolean(view.teachable));
    warning.textContent = view.warning ?? '';
    show(warning, Boolean(view.warning));
    show(card, true);
    // Measure after the text is in: the card's height depends on it.
    const size = { width: card.offsetWidth || 300, height: card.offsetHeight || 140 };
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const at = view.target ? placeCard(view.target, size, viewport, 12, view.placement) : { top: 16, left: Math.max(8, viewport.width - size.width - 16) };
    place(card, at.top, at.left);
  }

  function updateMarker(view: OverlayView, target: Box) {
    // Straddle the tile's bottom edge: the tile's own status dot and name stay visible.
    const top = Math.max(4, target.top + target.height - 13);
    const left = Math.max(4, target.left + 16);
    marker.textContent = `➜ ${view.actionLabel ?? view.title}`;
    place(marker, top, left);
    show(marker, true);
    note.textContent = view.note ?? '';
    place(note, top + 30, left);
    show(note, Boolean(view.note));
  }

  function updateBadge(view: OverlayView, target: Box) {
    badge.textContent = `✓ ${view.title}`;
    show(badge, true);
    // Inside the element's right edge, by the badge's own width: its words are longer in some languages.
    const width = badge.offsetWidth || 130;
    place(badge, Math.max(4, target.top + target.height / 2 - 11), Math.max(target.left + 4, target.left + target.width - width - 12));
  }
}
