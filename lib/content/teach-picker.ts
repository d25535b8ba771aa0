/**
 * Teach mode in the page: loaded into a Kartra or Stripe tab only when the agent asks (lib/background/
 * open-teach-picker.ts), it dims the page, rings what the pointer or keyboard is on, and when the agent picks
 * something finds the smallest profile change that makes the extension's reader find it (lib/teach/*-lesson.ts),
 * shows it in plain words, and applies it only when the agent says so.
 *
 * While it is open, the page gets none of the agent's clicks (they pick, they do not press). The picker's host is put
 * back if the page removes it, and the ring follows its element, or the element under the pointer when the page
 * re-renders it away.
 */
import { browser } from 'wxt/browser';
import { createPickerView, type PickerPhase, type PickerView } from '../../components/teach/picker-view';
import pickerCss from '../../components/teach/picker.css?inline';
import pinnedHostCss from '../../components/shared/pinned-host.css?inline';
import { createSafeDom } from '../dom/safe-dom';
import type { EvidenceStatus } from '../kartra/compiled-profile';
import type { SiteProfile } from '../kartra/site-profile';
import { sendToBackground } from '../messaging';
import { profileSiteOfRole, siteRoleOf } from '../origins';
import type { ProfileSite } from '../protocol-values';
import type { StripeProfile } from '../stripe/default-stripe-profile';
import { findKartraLesson } from '../teach/kartra-lesson';
import type { LessonResult } from '../teach/lesson';
import { findStripeLesson } from '../teach/stripe-lesson';
import { isTeachOpenMessage } from '../teach/teach-open';
import { teachTargetsOf, type TeachTarget } from '../teach/teach-targets';
import { createShadowHost, type ShadowHost } from './shadow-host';

const BLOCKED_WHILE_OPEN = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'dblclick', 'auxclick', 'touchstart', 'touchend'] as const;
const KEYBOARD_PICKABLE = 'button,a[href],input,select,textarea,label,summary,img,svg,li,td,th,h1,h2,h3,h4,[role],[title],[aria-label],[tabindex]';
const MAX_KEYBOARD_STOPS = 3_000;

/** Load once per page: a second injection (the agent asked again) finds the listener there and only opens. */
const LOADED = Symbol.for('stripe-reconnect-assistant.teach-picker');

export function startTeachPicker(): void {
  const scope = globalThis as { [LOADED]?: true };
  if (scope[LOADED]) return;
  scope[LOADED] = true;
  let session: { close(): void } | undefined;
  const ownPages = browser.runtime.getURL('/');
  // Answered through sendResponse, as the content scripts do (lib/content/extension-listener.ts): the picker runs on
  // the browser's own API, not the polyfill (wxt.config.ts).
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string; url?: string }, sendResponse: (opened: boolean) => void) => {
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(ownPages) || !isTeachOpenMessage(message)) return;
    session?.close();
    const site = profileSiteOfRole(siteRoleOf(location.href));
    if (site) session = openPicker(site, message.target, () => (session = undefined));
    sendResponse(site !== undefined);
  });
}

function openPicker(site: ProfileSite, preset: TeachTarget | undefined, onClosed: () => void): { close(): void } {
  const targets = teachTargetsOf(site);
  let target: TeachTarget = preset && targets.includes(preset) ? preset : (targets[0] as TeachTarget);
  let meaning: EvidenceStatus = 'needs-attention';
  let phase: PickerPhase = { phase: 'picking', targets, target, meaning };
  let marked: Element | undefined;
  let pointer: { x: number; y: number } | undefined;
  let keyboardStops: Element[] = [];
  let appliedId: string | undefined;
  let frame = 0;
  let closed = false;

  const host: ShadowHost = createShadowHost(pinnedHostCss + pickerCss);
  const view: PickerView = createPickerView(host.container, {
    onTarget: (next) => {
      target = next;
      render({ phase: 'picking', targets, target, meaning });
    },
    onMeaning: (next) => {
      meaning = next;
      render({ phase: 'picking', targets, target, meaning });
    },
    onChosen: () => (host.shadow.activeElement as HTMLElement | null)?.blur(),
    onApply: () => void apply(),
    onPickAgain: () => {
      marked = undefined;
      render({ phase: 'picking', targets, target, meaning });
    },
    onCancel: close,
    onUndo: () => void undo(),
    onCopy: () => void copy(),
  });
  host.mount();
  render(phase);

  function render(next: PickerPhase): void {
    phase = next;
    view.render(next);
    if (next.phase !== 'picking') view.focusPanel();
  }

  const isOurs = (event: Event) => event.composedPath().includes(host.host);
  const elementOf = (event: Event): Element | undefined => {
    const first = event.composedPath()[0];
    return first instanceof Element && first !== host.host ? first : undefined;
  };

  // ——— picking ———
  const onPointerMove = (event: PointerEvent) => {
    pointer = { x: event.clientX, y: event.clientY };
    if (phase.phase !== 'picking' || isOurs(event)) return;
    marked = elementOf(event) ?? marked;
  };
  // While the picker is open the page gets no pointer presses (a menu must not close under a preview).
  const swallow = (event: Event) => {
    if (isOurs(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const onClick = (event: MouseEvent) => {
    if (isOurs(event)) return;
    // Outside the panel nothing reaches the page while the picker is open.
    event.preventDefault();
    event.stopImmediatePropagation();
    if (phase.phase !== 'picking' || !event.isTrusted) return;
    const picked = elementOf(event);
    if (picked) pick(picked);
  };
  const onKey = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopImmediatePropagation();
      close();
      return;
    }
    // In the panel, keys work its fields and buttons; on the page they move the ring.
    if (phase.phase !== 'picking' || isOurs(event)) return;
    const forward = event.key === 'ArrowDown' || event.key === 'ArrowRight' || (event.key === 'Tab' && !event.shiftKey);
    const backward = event.key === 'ArrowUp' || event.key === 'ArrowLeft' || (event.key === 'Tab' && event.shiftKey);
    if (!forward && !backward && event.key !== 'Enter') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.key === 'Enter') {
      if (marked?.isConnected) pick(marked);
      return;
    }
    step(forward ? 1 : -1);
  };

  function step(direction: 1 | -1): void {
    if (!keyboardStops.length || keyboardStops.some((stop) => !stop.isConnected)) keyboardStops = keyboardStopsOf(document);
    if (!keyboardStops.length) return;
    const at = stopIndexOf(marked, keyboardStops);
    const next = at < 0 ? (direction === 1 ? 0 : keyboardStops.length - 1) : (at + direction + keyboardStops.length) % keyboardStops.length;
    marked = keyboardStops[next];
    marked?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  function pick(picked: Element): void {
    marked = picked;
    render({ phase: 'checking' });
    // Let the panel paint "Checking…" before the readers run.
    setTimeout(() => void lessonFor(site, target, meaning, picked).then((result) => !closed && showLesson(result)), 30);
  }

  function showLesson(result: LessonResult | 'stopped'): void {
    if (result === 'stopped') render({ phase: 'stopped' });
    else if (result.ok) render({ phase: 'preview', change: result.lesson.change, sideEffects: result.lesson.sideEffects });
    else render({ phase: 'failed', why: result.failure });
  }

  async function apply(): Promise<void> {
    if (phase.phase !== 'preview') return;
    const change = phase.change;
    const reply = await sendToBackground({ type: 'teach/apply', change });
    if (closed) return;
    if (!reply.ok) return render({ phase: 'stopped' });
    if (reply.value.applied) {
      appliedId = reply.value.id;
      render({ phase: 'applied', change });
    } else render({ phase: 'refused', refused: reply.value.refused, change });
  }

  async function undo(): Promise<void> {
    if (!appliedId) return;
    const reply = await sendToBackground({ type: 'teach/undo', id: appliedId });
    if (closed) return;
    appliedId = undefined;
    render({ phase: reply.ok && reply.value ? 'undone' : 'undo-failed' });
  }

  async function copy(): Promise<void> {
    if (phase.phase !== 'refused') return;
    const current = phase;
    // The same export the options page writes: with the override documents a team policy takes as they are.
    const reply = await sendToBackground({ type: 'teach/export', change: current.change });
    if (!reply.ok) return render({ phase: 'stopped' });
    await navigator.clipboard.writeText(reply.value).catch(() => undefined);
    if (!closed) render({ ...current, copied: true });
  }

  // ——— keeping up with the page ———
  const tick = () => {
    if (closed) return;
    // The page removed our host (a re-render of <html>'s children): put it back.
    if (!host.host.isConnected) host.mount();
    if (marked && !marked.isConnected) marked = pointer && phase.phase === 'picking' ? elementAtPoint(pointer.x, pointer.y, host.host) : undefined;
    view.mark(marked ? boxOf(marked) : undefined);
    frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);

  window.addEventListener('pointermove', onPointerMove, true);
  window.addEventListener('click', onClick, true);
  window.addEventListener('keydown', onKey, true);
  for (const type of BLOCKED_WHILE_OPEN) window.addEventListener(type, swallow, { capture: true, passive: false });

  function close(): void {
    if (closed) return;
    closed = true;
    cancelAnimationFrame(frame);
    window.removeEventListener('pointermove', onPointerMove, true);
    window.removeEventListener('click', onClick, true);
    window.removeEventListener('keydown', onKey, true);
    for (const type of BLOCKED_WHILE_OPEN) window.removeEventListener(type, swallow, true);
    host.remove();
    onClosed();
  }
  return { close };
}

/** The lesson for a pick, read with the profile in force (asked of the background, which holds it). */
async function lessonFor(site: ProfileSite, target: TeachTarget, meaning: EvidenceStatus, picked: Element): Promise<LessonResult | 'stopped'> {
  const reply = await sendToBackground({ type: 'profile/active', site });
  if (!reply.ok) return 'stopped';
  try {
    return site === 'kartra'
      ? findKartraLesson(document, reply.value.profile as SiteProfile, { target, picked, meaning })
      : findStripeLesson(document, reply.value.profile as StripeProfile, { target, picked });
  } catch {
    return { ok: false, failure: 'not-found' };
  }
}

function keyboardStopsOf(doc: Document): Element[] {
  const dom = createSafeDom(doc);
  return dom.queryAll(doc, KEYBOARD_PICKABLE, MAX_KEYBOARD_STOPS).filter((element) => dom.isRendered(element) && hasSize(element));
}

/** Where the ring is among the keyboard's stops: its element, or the nearest stop around it (an icon in a button). */
function stopIndexOf(marked: Element | undefined, stops: readonly Element[]): number {
  for (let node: Element | null | undefined = marked, depth = 0; node && depth < 10; node = node.parentElement, depth++) {
    const at = stops.indexOf(node);
    if (at >= 0) return at;
  }
  return -1;
}

function hasSize(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

function boxOf(element: Element) {
  const rect = element.getBoundingClientRect();
  return { top: rect.top, left: rect.left, width: rect.width, height: rect.height };
}

function elementAtPoint(x: number, y: number, ours: Element): Element | undefined {
  const found = document.elementFromPoint(x, y);
  return found && found !== ours ? found : undefined;
}

