import { beforeEach, describe, expect, it, vi } from 'vitest';
import { announcementOf, createOverlayRenderer, type OverlayView } from '../../components/overlay/overlay-view';

// The overlay checked in an open shadow root (production uses a closed one, which a test cannot look into).
function harness() {
  const host = document.createElement('div');
  document.body.appendChild(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.appendChild(container);
  const handlers = { onDismiss: vi.fn(), onAction: vi.fn(), onTeach: vi.fn() };
  return { shadow, handlers, renderer: createOverlayRenderer(container, handlers) };
}

const spotlight: OverlayView = {
  variant: 'spotlight',
  status: 'tracking',
  target: { top: 100, left: 50, width: 40, height: 40 },
  stepLabel: 'Step 5 of 12',
  title: 'Open the tile’s menu',
  instruction: 'Click the three dots on the Stripe tile.',
};

const visible = (el: Element | null) => el !== null && !(el as HTMLElement).hidden;

describe('overlay view', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('shows the ring around the target and a card with the step, and announces it', () => {
    const { shadow, renderer } = harness();
    renderer.update(spotlight);
    renderer.announce(announcementOf(spotlight));
    const ring = shadow.querySelector<HTMLElement>('[data-part="ring"]')!;
    expect(visible(ring)).toBe(true);
    expect([ring.style.top, ring.style.left, ring.style.width, ring.style.height]).toEqual(['94px', '44px', '52px', '52px']);
    expect(shadow.querySelector('[data-part="card"]')?.textContent).toContain('Click the three dots on the Stripe tile.');
    expect(shadow.querySelector('[role="status"]')?.textContent).toBe('Open the tile’s menu. Click the three dots on the Stripe tile.');
  });

  it('says so when the element cannot be found, without a ring', () => {
    const { shadow, renderer } = harness();
    renderer.update({ ...spotlight, status: 'not-found', target: undefined });
    expect(visible(shadow.querySelector('[data-part="ring"]'))).toBe(false);
    expect(shadow.querySelector('[data-part="card"]')?.textContent).toMatch(/can't find this on the page/);
  });

  it('offers "Show it" only when the element cannot be found and the step can be taught, and it opens teach mode', () => {
    const { shadow, handlers, renderer } = harness();
    const showIt = () => [...shadow.querySelectorAll<HTMLButtonElement>('[data-part="card"] button')].find((b) => b.textContent === 'Show it');
    renderer.update({ ...spotlight, teachable: true });
    expect(visible(showIt() ?? null)).toBe(false);
    renderer.update({ ...spotlight, status: 'not-found', target: undefined });
    expect(visible(showIt() ?? null)).toBe(false);
    renderer.update({ ...spotlight, status: 'not-found', target: undefined, teachable: true });
    expect(visible(showIt() ?? null)).toBe(true);
    showIt()!.click();
    expect(handlers.onTeach).toHaveBeenCalledOnce();
    expect(handlers.onDismiss).not.toHaveBeenCalled();
  });

  it('is keyboard operable: the hide button is a real button that dismisses', () => {
    const { shadow, handlers, renderer } = harness();
    renderer.update(spotlight);
    const hide = shadow.querySelector<HTMLButtonElement>('[data-part="card"] button')!;
    expect(hide.type).toBe('button');
    hide.focus();
    expect(shadow.activeElement).toBe(hide);
    hide.click();
    expect(handlers.onDismiss).toHaveBeenCalledOnce();
  });

  it('keeps the same nodes while the target moves, so focus is not lost', () => {
    const { shadow, renderer } = harness();
    renderer.update(spotlight);
    const card = shadow.querySelector('[data-part="card"]');
    renderer.update({ ...spotlight, target: { top: 300, left: 50, width: 40, height: 40 } });
    expect(shadow.querySelector('[data-part="card"]')).toBe(card);
  });

  it('renders page-derived text as text, never as markup', () => {
    const { shadow, renderer } = harness();
    renderer.update({ ...spotlight, title: '<img src=x onerror="alert(1)">', warning: '<script>alert(1)</script>' });
    expect(shadow.querySelector('img, script')).toBeNull();
    expect(shadow.querySelector('[role="alert"]')?.textContent).toBe('<script>alert(1)</script>');
  });

  it('shows the marker as a button that acts, and the badge as plain text', () => {
    const { shadow, handlers, renderer } = harness();
    renderer.update({ variant: 'marker', status: 'tracking', target: spotlight.target, title: 'Stripe', instruction: '', actionLabel: 'Guide me through reconnecting' });
    const marker = shadow.querySelector<HTMLButtonElement>('[data-part="marker"]')!;
    expect(marker.textContent).toContain('Guide me through reconnecting');
    marker.click();
    expect(handlers.onAction).toHaveBeenCalledOnce();
    renderer.update({ variant: 'badge', status: 'tracking', target: spotlight.target, title: 'Originally used', instruction: '' });
    expect(visible(marker)).toBe(false);
    expect(shadow.querySelector('[data-part="badge"]')?.textContent).toBe('✓ Originally used');
  });

  it('hides everything when there is nothing to show', () => {
    const { shadow, renderer } = harness();
    renderer.update(spotlight);
    renderer.update(undefined);
    expect([...shadow.querySelectorAll('[data-part]')].every((el) => (el as HTMLElement).hidden)).toBe(true);
  });
});
