/**
 * Browser side of the overlay harness (bundled by overlay-harness.ts): the production anchored overlay, driven as the
 * content scripts drive it, on a page of our own. Production attaches its shadow roots closed
 * (lib/content/shadow-host.ts) on <html>; here they are opened, so axe and the test can look inside, and moved to the
 * end of <body>, the only part of a page axe's contrast check walks. The tab order is the same: after the page.
 * Production hosts are nameless divs; the harness labels each one (`data-harness`) when it mounts, so tests can tell
 * the spotlight, marker and badge apart.
 */
import { neverInvalidatedContext } from './page-context';
import { createAnchoredOverlay } from '../../lib/content/anchored-overlay';

const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init: ShadowRootInit) {
  return attachShadow.call(this, { ...init, mode: 'open' });
};

const ctx = neverInvalidatedContext();

const spotlight = createAnchoredOverlay(ctx);
const marker = createAnchoredOverlay(ctx);
const badge = createAnchoredOverlay(ctx);
const find = (selector: string) => () => document.querySelector(selector) ?? undefined;

function hostOf(label: string): Element | null {
  return document.querySelector(`[data-harness="${label}"]`);
}

/** A host the overlay just mounted is the last child of <html>: label it and move it into <body>. */
function moveIntoBody(label: string): void {
  const el = document.documentElement.lastElementChild;
  if (!el || el === document.body || el === document.head) return;
  el.setAttribute('data-harness', label);
  document.body.append(el);
}

/** Every overlay host in the page, labelled or not (recognised by the container our code renders into). */
export function hostCount(): number {
  return [...document.querySelectorAll('*')].filter((el) => el.shadowRoot?.querySelector('[data-sra-ui]')).length;
}

/** What the marker's button did, in order. */
export const actions: string[] = [];

/** The guide's hint on the Stripe tile's three dots, with a warning like the account check's. */
export function showSpotlight(): void {
  spotlight.show({
    variant: 'spotlight',
    placement: 'below',
    stepLabel: 'Step 4 of 12',
    title: 'Open the tile’s menu',
    instruction: 'Click the three dots on the Stripe tile.',
    warning: 'That belongs to “Courses checkout”, not Stripe. Use the three dots on the Stripe tile.',
    find: find('#stripe-menu'),
  });
  moveIntoBody('sra-guide-overlay');
}

/** The marker on a red Stripe tile, and the note it shows when the side panel cannot open by itself. */
export function showMarker(withNote: boolean): void {
  marker.show({
    variant: 'marker',
    title: 'Stripe needs reconnecting',
    instruction: 'Open the reconnect guide in the side panel.',
    actionLabel: 'Guide me through reconnecting',
    find: find('#marker-tile'),
    onAction: () => actions.push('marker'),
  });
  moveIntoBody('sra-tile-marker');
  if (withNote) marker.update({ note: 'Click the Stripe Reconnect Assistant icon in the toolbar, then “Guide me through reconnecting”.' });
}

/** The badge on Stripe's account picker: not interactive, but it must be readable. */
export function showBadge(): void {
  badge.show({ variant: 'badge', title: 'Originally used', instruction: 'This is the account Kartra used before.', find: find('#original-account') });
  moveIntoBody('sra-original-badge');
}

export function isShown(host: string): boolean {
  const parts = hostOf(host)?.shadowRoot?.querySelectorAll<HTMLElement>('[data-part]') ?? [];
  return [...parts].some((part) => !part.hidden);
}

/** Where keyboard focus is, as "host › name" inside an overlay or "page › name" outside, named as a reader would. */
export function describeFocus(): string {
  const outer = document.activeElement;
  const inner = outer?.shadowRoot?.activeElement;
  const el = inner ?? outer;
  const label = el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : undefined;
  const name = (el?.getAttribute('aria-label') ?? label ?? el?.textContent ?? '').trim();
  return `${inner ? (outer!.getAttribute('data-harness') ?? outer!.localName) : 'page'} › ${el === document.body ? '(body)' : name}`;
}

/** Where the spotlight's ring is drawn, or undefined while it is hidden. */
export function ringBox(): { top: number; left: number; width: number; height: number } | undefined {
  const ring = hostOf('sra-guide-overlay')?.shadowRoot?.querySelector<HTMLElement>('[data-part="ring"]');
  if (!ring || ring.hidden) return undefined;
  const { top, left, width, height } = ring.getBoundingClientRect();
  return { top, left, width, height };
}

/** What the overlay's aria-live region says now ('' when the overlay is not in the page). */
export function liveText(host: string): string {
  return hostOf(host)?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '';
}

/** Shows the spotlight and reads its live region in the same task, before any animation frame. */
export function showSpotlightAndReadLive(): string {
  showSpotlight();
  return liveText('sra-guide-overlay');
}

/** The live region's text after `frames` animation frames (the overlay paints once a frame). */
export async function liveTextAfterFrames(host: string, frames: number): Promise<string> {
  for (let i = 0; i < frames; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  return liveText(host);
}
