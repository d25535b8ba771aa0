import { useLayoutEffect, useRef, useState } from 'preact/hooks';
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
}

interface Props {
  view: OverlayView;
  onDismiss(): void;
  onAction(): void;
}

/** The in-page guide: a spotlight ring around the next thing to click and a short card that says what to do. */
export function GuideOverlay({ view, onDismiss, onAction }: Props) {
  return (
    <div class="root">
      <p class="sr-only" role="status" aria-live="polite">
        {view.status === 'not-found' ? `${view.title}: not found on this page.` : `${view.title}. ${view.instruction}`}
      </p>
      {view.variant === 'marker' ? (
        <Marker view={view} onAction={onAction} />
      ) : view.variant === 'badge' ? (
        <Badge view={view} />
      ) : (
        <Spotlight view={view} onDismiss={onDismiss} />
      )}
    </div>
  );
}

function Spotlight({ view, onDismiss }: { view: OverlayView; onDismiss(): void }) {
  const cardRef = useRef<HTMLDivElement>(null);
  const [cardSize, setCardSize] = useState({ width: 300, height: 140 });
  useLayoutEffect(() => {
    const card = cardRef.current;
    if (card && (card.offsetWidth !== cardSize.width || card.offsetHeight !== cardSize.height)) {
      setCardSize({ width: card.offsetWidth, height: card.offsetHeight });
    }
  });
  const viewport = { width: window.innerWidth, height: window.innerHeight };
  const position = view.target
    ? placeCard(view.target, cardSize, viewport, 12, view.placement)
    : { top: 16, left: Math.max(8, viewport.width - cardSize.width - 16) };
  return (
    <>
      {view.target && view.status === 'tracking' && (
        <div
          class="ring"
          data-part="ring"
          style={{
            top: `${view.target.top - 6}px`,
            left: `${view.target.left - 6}px`,
            width: `${view.target.width + 12}px`,
            height: `${view.target.height + 12}px`,
          }}
        />
      )}
      <div class="card" data-part="card" role="dialog" aria-label="Reconnect guide" ref={cardRef} style={{ top: `${position.top}px`, left: `${position.left}px` }}>
        {view.stepLabel && <p class="step">{view.stepLabel}</p>}
        <p class="title">{view.title}</p>
        <p class="instruction">
          {view.status === 'waiting' && 'Waiting for the page to show it… '}
          {view.status === 'not-found'
            ? `I can't find this on the page. Do it by hand, or continue from the side panel.`
            : view.instruction}
        </p>
        {view.warning && (
          <p class="warning" role="alert">
            {view.warning}
          </p>
        )}
        <div class="buttons">
          <button type="button" onClick={onDismiss} title="Hide this hint (Esc)">
            Hide hint
          </button>
        </div>
      </div>
    </>
  );
}

function Marker({ view, onAction }: { view: OverlayView; onAction(): void }) {
  if (!view.target) return null;
  // Straddle the tile's bottom edge: the tile's own status dot and name stay visible.
  const top = Math.max(4, view.target.top + view.target.height - 13);
  const left = Math.max(4, view.target.left + 16);
  return (
    <>
      <button type="button" class="marker" data-part="marker" style={{ top: `${top}px`, left: `${left}px` }} onClick={onAction}>
        <span aria-hidden="true">➜</span> {view.actionLabel ?? view.title}
      </button>
      {view.note && (
        <p class="marker-note" role="note" style={{ top: `${top + 30}px`, left: `${left}px` }}>
          {view.note}
        </p>
      )}
    </>
  );
}

function Badge({ view }: { view: OverlayView }) {
  if (!view.target) return null;
  return (
    <span class="badge" data-part="badge" style={{ top: `${Math.max(4, view.target.top + view.target.height / 2 - 11)}px`, left: `${view.target.left + view.target.width - 130}px` }}>
      ✓ {view.title}
    </span>
  );
}
