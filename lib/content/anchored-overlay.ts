/**
 * Keeps one in-page UI (spotlight or tile marker) anchored to a page element: finds it (waiting for late elements),
 * follows it on scroll, resize and re-render, gives up with a clear "not found" after a timeout, and hides itself if
 * the page covers or restyles it. Rendered into a closed shadow root so the page can neither read nor style it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { announcementOf, createOverlayRenderer, type OverlayRenderer, type OverlayView } from '../../components/overlay/overlay-view';
import overlayCss from '../../components/overlay/overlay.css?inline';
import pinnedHostCss from '../../components/shared/pinned-host.css?inline';
import { createShadowHost, removeLeftoverHosts, type ShadowHost } from './shadow-host';

export interface AnchorSpec extends Omit<OverlayView, 'target' | 'status'> {
  /** Finds the element to point at; called again whenever the last one left the DOM. */
  find(): Element | undefined;
  /** How long to wait for the element before saying it cannot be found. */
  waitMs?: number;
  onAction?(): void;
  /** Shown with "not found": the agent shows the extension where it is (teach mode). */
  onTeach?(): void;
}

export interface AnchoredOverlay {
  show(spec: AnchorSpec): void;
  update(patch: Partial<Pick<OverlayView, 'note' | 'warning' | 'instruction'>>): void;
  hide(): void;
  readonly visible: boolean;
}

const DEFAULT_WAIT_MS = 8000;
const REFIND_EVERY_MS = 250;
const TAMPER_CHECK_EVERY_MS = 500;

export function createAnchoredOverlay(ctx: ContentScriptContext): AnchoredOverlay {
  removeLeftoverHosts();
  let ui: ShadowHost | undefined;
  let renderer: OverlayRenderer | undefined;
  let watcher: MutationObserver | undefined;
  let spec: AnchorSpec | undefined;
  let extra: Partial<OverlayView> = {};
  let target: Element | undefined;
  let shownAt = 0;
  let lastFindAt = 0;
  let lastTamperCheckAt = 0;
  let lastRendered = '';
  let frame: number | undefined;
  let focusBeforeAction: Element | null = null;

  const ensureUi = () => {
    if (ui) return;
    ui = createShadowHost(pinnedHostCss + overlayCss);
    renderer = createOverlayRenderer(ui.container, { onDismiss: dismiss, onAction: () => spec?.onAction?.(), onTeach: () => spec?.onTeach?.() });
    // Anything that changes our closed root other than our own writes (which own() takes back) is tampering.
    watcher = new MutationObserver(discardUi);
    watcher.observe(ui.shadow, { subtree: true, childList: true, attributes: true, characterData: true });
  };

  /** Our own writes into the root: their mutation records are dropped before the observer could report them. */
  const own = (write: () => void) => {
    write();
    watcher?.takeRecords();
  };

  /** The root was changed from outside: hide, and never reuse this host; the next show builds a fresh one. */
  function discardUi() {
    hide();
    watcher?.disconnect();
    watcher = undefined;
    ui = undefined;
    renderer = undefined;
  }

  const paint = (view: OverlayView) => {
    if (!ui) return;
    const mountedNow = !ui.host.isConnected;
    if (mountedNow) ui.mount(); // first show, or the page removed us: come back, once per frame at most
    const key = JSON.stringify(view);
    if (key !== lastRendered) {
      lastRendered = key;
      own(() => renderer?.update(view));
    }
    // Screen readers announce a live region's changes, not the text it arrives with: after a mount, the next frame
    // says it (paint runs every frame while shown).
    if (!mountedNow) own(() => renderer?.announce(announcementOf(view)));
  };

  const currentView = (now: number): OverlayView | undefined => {
    if (!spec) return undefined;
    const { find: _find, waitMs, onAction: _onAction, onTeach: _onTeach, ...rest } = spec;
    const base = { ...rest, ...extra };
    if (!target?.isConnected && now - lastFindAt >= REFIND_EVERY_MS) {
      lastFindAt = now;
      target = safely(spec.find);
    }
    if (!target?.isConnected) {
      return { ...base, status: now - shownAt > (waitMs ?? DEFAULT_WAIT_MS) ? 'not-found' : 'waiting' };
    }
    const rect = target.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return { ...base, status: 'waiting' };
    return {
      ...base,
      status: 'tracking',
      target: { top: Math.round(rect.top), left: Math.round(rect.left), width: Math.round(rect.width), height: Math.round(rect.height) },
    };
  };

  const tick = () => {
    frame = undefined;
    if (!spec || ctx.isInvalid) return;
    const now = performance.now();
    const view = currentView(now);
    if (view) {
      if (now - lastTamperCheckAt >= TAMPER_CHECK_EVERY_MS) {
        lastTamperCheckAt = now;
        if (ui && ui.host.isConnected && isTamperedWith(ui.host, ui.shadow)) {
          // Someone restyled or covered us: showing a hint the agent cannot fully see is worse than none.
          hide();
          return;
        }
      }
      paint(view);
    }
    frame = requestAnimationFrame(tick);
  };

  function dismiss() {
    hide();
    // Give keyboard focus back to where the agent was working.
    if (focusBeforeAction instanceof HTMLElement) focusBeforeAction.focus();
  }

  function hide() {
    spec = undefined;
    extra = {};
    target = undefined;
    lastRendered = '';
    if (frame !== undefined) cancelAnimationFrame(frame);
    frame = undefined;
    own(() => renderer?.update(undefined));
    // Nothing of ours stays in the page while nothing is shown; paint() mounts the host again when needed.
    ui?.remove();
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && spec?.variant === 'spotlight') dismiss();
  };
  ctx.addEventListener(document, 'keydown', onKeyDown, { capture: true });
  ctx.onInvalidated(hide);

  return {
    show(next) {
      focusBeforeAction = document.activeElement;
      spec = next;
      extra = {};
      target = undefined;
      shownAt = performance.now();
      lastFindAt = -Infinity;
      lastRendered = '';
      // Paint at once (a tab in the background gets no animation frames until it is shown), then follow the element.
      ensureUi();
      if (frame === undefined) tick();
    },
    update(patch) {
      extra = { ...extra, ...patch };
    },
    hide,
    get visible() {
      return spec !== undefined;
    },
  };
}

function safely(find: () => Element | undefined): Element | undefined {
  try {
    return find();
  } catch {
    return undefined;
  }
}

/**
 * Parts the agent reads or clicks. The badge takes no pointer events (hit tests pass through it to the page), so it
 * cannot be checked this way; the ring is a frame around the page's own element.
 */
const CHECKED_PARTS = '[data-part="card"]:not([hidden]),[data-part="marker"]:not([hidden]),.marker-note:not([hidden])';
/** Layers the browser paints above any z-index, hit-testable or not. */
const TOP_LAYER = [':popover-open', ':modal'];

/** True when the page made our host (or <html>, its parent) see-through, or put something over any part of our UI. */
function isTamperedWith(host: HTMLElement, shadow: ShadowRoot): boolean {
  const style = getComputedStyle(host);
  if (style.display === 'none' || style.visibility !== 'visible' || Number(style.opacity) < 1) return true;
  // <html> is the host's parent: its opacity and filter apply to us whatever the host's own style says. <body> is a
  // sibling of the host, so its opacity or filter cannot touch our UI; it is not checked.
  const html = getComputedStyle(document.documentElement);
  if (Number(html.opacity) < 1 || html.filter !== 'none') return true;
  const boxes = [...shadow.querySelectorAll(CHECKED_PARTS)].map((part) => part.getBoundingClientRect());
  for (const selector of TOP_LAYER) {
    let layers: Element[] = [];
    try {
      layers = [...document.querySelectorAll(selector)];
    } catch {
      // A browser without this pseudo-class has no such layer either.
    }
    for (const layer of layers) if (boxes.some((box) => overlaps(box, layer.getBoundingClientRect()))) return true;
  }
  // From the page's side, any point of a closed shadow tree hit-tests as its host. Centre and four corners, inset
  // enough to stay inside rounded corners, so a box over part of a card is seen too.
  // The viewport without scrollbars: a point over a scrollbar hit-tests as the page, not as what is painted under it.
  const { clientWidth: width, clientHeight: height } = document.documentElement;
  for (const box of boxes) {
    const inset = Math.min(box.width, box.height) / 4;
    const [left, right, top, bottom] = [box.left + inset, box.right - inset, box.top + inset, box.bottom - inset];
    const points = [[(left + right) / 2, (top + bottom) / 2], [left, top], [right, top], [left, bottom], [right, bottom]];
    for (const [x = 0, y = 0] of points) {
      if (x < 0 || y < 0 || x >= width || y >= height) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit !== null && hit !== host) return true;
    }
  }
  return false;
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return b.width > 0 && b.height > 0 && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
