/**
 * Everything the Kartra content script does, wired together: detect integration health on the Integrations page
 * (again after every burst of DOM changes or SPA navigation), report it, notice the guide's steps happening, mark the
 * red Stripe tile, and point at the element the guide's current step needs.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectIntegrations, type DetectedIntegration, type IntegrationsReport } from '../kartra/detect-integrations';
import { isIntegrationsRoute } from '../kartra/integrations-route';
import { findConnectWithStripeButton, findEditMenuItem, findGatewayModal, findTileMenuButton, readPublishableKey } from '../kartra/page-elements';
import type { Observation } from '../protocol';
import { compileProfile } from '../kartra/compiled-profile';
import { loadProfileInForce } from './active-profile';
import { listenToExtension } from './extension-listener';
import type { ContentState } from '../tab-messages';
import { createObservationSender } from './observation-sender';
import { createAnchoredOverlay } from './anchored-overlay';
import { openGuideByHandNote, pageNote } from '../../components/overlay/page-notes';
import { findNavLink } from './find-nav-link';
import { toHealthReport } from './health-report';
import { watchPageView } from './page-view-source';
import { contextTimers } from './context-timers';
import { createRerunScheduler } from './rerun-scheduler';
import { createStepOverlay } from './step-overlay';
import { onLocationChange } from './location-change';
import { observeDomChanges } from './observe-dom-changes';
import { pickStripeTileToReconnect } from './pick-stripe-tile';

const MARKER_STEPS = new Set(['why-reconnect', 'before-you-begin', 'open-integrations', 'find-red-tile']);
/** How soon after the agent's own click a gateway window counts as opened by the agent (Kartra may fetch first). */
const AGENT_ACTION_MS = 5000;

export async function startKartraContent(ctx: ContentScriptContext): Promise<void> {
  let running: ContentState = 'starting';
  const extension = listenToExtension(ctx, () => running);
  const active = await loadProfileInForce('kartra', compileProfile);
  // No profile means no background to report to (the extension is gone or broken): stay out of the page.
  if (!active || ctx.isInvalid) {
    running = 'stopped';
    return;
  }
  running = 'detecting';
  let { profile, compiled } = active;
  let latest: IntegrationsReport | undefined;
  let lastHealthKey = '';
  let modalOpen = false;
  // Kartra's window may open before its fields load (a spinner first): it is read again until its key shows.
  let modalKeyRead = false;
  let modalByAgent = false;
  let lastMenuTile: string | undefined;
  let lastTrustedClickAt = -Infinity;
  let guideActive = false;
  let guideStep: string | undefined;

  // The extension was updated or reloaded under this tab: stop quietly; the new content script takes over.
  const sender = createObservationSender(() => stop());
  const { send } = sender;
  const observe = (observation: Observation, options?: { repeat?: boolean }) => void sender.observe(observation, options);

  const stripeTile = (): DetectedIntegration | undefined => pickStripeTileToReconnect(latest);

  const marker = createAnchoredOverlay(ctx);
  const stepOverlay = createStepOverlay(createAnchoredOverlay(ctx), {
    site: 'kartra-app',
    findTarget: (target) => {
      switch (target) {
        case 'integrations-nav':
          // Already there: nothing to point at.
          return isIntegrationsRoute(location.href, profile) ? undefined : findNavLink(document, 'Integrations');
        case 'stripe-tile':
          return stripeTile()?.element;
        case 'tile-menu-button': {
          const tile = stripeTile();
          return tile ? findTileMenuButton(tile.element, profile) : undefined;
        }
        case 'edit-menu-item':
          return findEditMenuItem(document, profile);
        case 'connect-with-stripe':
          return findConnectWithStripeButton(document, profile);
        default:
          return undefined;
      }
    },
    skipTarget: (target) => target === 'integrations-nav' && isIntegrationsRoute(location.href, profile),
  });

  const updateMarker = () => {
    const tile = stripeTile();
    // Not over Kartra's window: the tile is behind it, and the marker would sit on the window's fields.
    const wanted = tile?.status === 'needs-attention' && !modalOpen && (!guideActive || MARKER_STEPS.has(guideStep ?? ''));
    if (!wanted) {
      if (marker.visible) marker.hide();
      return;
    }
    if (marker.visible) return;
    marker.show({
      variant: 'marker',
      ...pageNote('reconnect-marker'),
      find: () => stripeTile()?.element,
      onAction: () => {
        void send({ type: 'panel/open-here' }).then((reply) => {
          if (!(reply.ok && reply.value === true)) {
            marker.update({ note: openGuideByHandNote() });
          }
        });
      },
    });
  };

  const detect = () => {
    if (ctx.isInvalid) return;
    const onRoute = isIntegrationsRoute(location.href, profile);
    latest = onRoute ? detectIntegrations(document, profile, { compiled }) : undefined;
    const health = toHealthReport(latest, onRoute);
    const healthKey = JSON.stringify(health);
    // One message per change: the background also reads from it what the guide needs of the Integrations page.
    if (healthKey !== lastHealthKey) {
      lastHealthKey = healthKey;
      void send({ type: 'health/report', report: health });
    }
    if (onRoute && latest?.outcome) observe({ kind: 'kartra-outcome', outcome: latest.outcome });
    const modal = findGatewayModal(document, profile);
    if (modal && (!modalOpen || !modalKeyRead)) {
      const key = readPublishableKey(modal, profile);
      // Whether the agent opened it is settled when it first appears, not when its key has loaded.
      if (!modalOpen) modalByAgent = performance.now() - lastTrustedClickAt <= AGENT_ACTION_MS;
      if (!modalOpen || key) {
        observe(
          {
            kind: 'edit-modal-opened',
            integration: (lastMenuTile ?? 'Stripe').slice(0, 80),
            ...(key ? { publishableKey: key.slice(0, 255) } : {}),
            byAgent: modalByAgent,
          },
          { repeat: true },
        );
      }
      modalKeyRead = key !== undefined;
    }
    modalOpen = modal !== undefined;
    if (!modalOpen) modalKeyRead = false;
    updateMarker();
    stepOverlay.refresh();
  };

  const timers = contextTimers(ctx);
  const scheduler = createRerunScheduler(detect, { quietMs: 150, maxWaitMs: 1000 }, timers);

  const onClick = (event: MouseEvent) => {
    // A page can dispatch synthetic clicks on its own elements; only the agent's real clicks are steps.
    if (!event.isTrusted || !(event.target instanceof Element)) return;
    lastTrustedClickAt = performance.now();
    const clicked = event.composedPath()[0] instanceof Element ? (event.composedPath()[0] as Element) : event.target;
    for (const tile of latest?.integrations ?? []) {
      const button = findTileMenuButton(tile.element, profile);
      if (button?.contains(clicked)) {
        lastMenuTile = tile.integration ?? tile.name;
        observe({ kind: 'tile-menu-opened', integration: lastMenuTile.slice(0, 80) }, { repeat: true });
        return;
      }
    }
    if (findConnectWithStripeButton(document, profile)?.contains(clicked)) {
      observe({ kind: 'connect-with-stripe-clicked' }, { repeat: true });
    }
    scheduler.poke();
  };

  const stopObserving = observeDomChanges(document, () => scheduler.poke());
  ctx.addEventListener(document, 'click', onClick, { capture: true });
  onLocationChange(ctx, () => {
    sender.forget('kartra-outcome');
    detect();
  });
  // The agent saved or cleared an override in the options page: detect again with what the background now holds.
  extension.onRefresh('profile', () => {
    void loadProfileInForce('kartra', compileProfile).then((next) => {
      if (!next || ctx.isInvalid) return;
      ({ profile, compiled } = next);
      detect();
    });
  });
  let guideId: string | undefined;
  const pageView = watchPageView(ctx, extension, (view) => {
    if (view && view.guideId !== guideId) {
      sender.forgetAll();
      timers.setTimeout(detect, 0);
    }
    guideId = view?.guideId;
    guideActive = view !== undefined;
    guideStep = view?.stepId;
    stepOverlay.setView(view);
    updateMarker();
  });
  // A reply to this tab's own observation carries its view: a warning it raised shows without waiting for storage.
  sender.passViewsTo(pageView.accept);

  function stop() {
    running = 'stopped';
    scheduler.cancel();
    stopObserving();
    marker.hide();
    stepOverlay.setView(undefined);
  }
  ctx.onInvalidated(stop);
  detect();
}
