/**
 * Everything the Stripe content script does, wired together: tell which Stripe page this is (login, account picker,
 * JSON error, dashboard, API keys), report what the guide needs (the accounts offered, the one selected, Connect or
 * Cancel clicked), mark the account Kartra used originally, and point at the step's element.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { AccountVerdict } from '../guide/guide-state';
import { siteRoleOf } from '../origins';
import type { PickerAccount as ProtocolPickerAccount } from '../protocol';
import {
  classifyStripePage,
  findCancelButton,
  findConnectButton,
  findLoginForm,
  readApiKeysPagePublishableKey,
  readConnectErrorPage,
  readDashboardActiveAccount,
  readPickerAccounts,
  type PickerAccount,
  type StripePageKind,
} from '../stripe/connect-page';
import { createAnchoredOverlay } from './anchored-overlay';
import { createObservationSender } from './observation-sender';
import { observeDomChanges } from './observe-dom-changes';
import { watchPageView } from './page-view-source';
import { contextTimers } from './context-timers';
import { createRerunScheduler } from './rerun-scheduler';
import { createStepOverlay } from './step-overlay';
import { onLocationChange } from './location-change';
import { listenToExtension } from './extension-listener';

const MATCHING: ReadonlySet<AccountVerdict | undefined> = new Set(['same-account', 'same-key']);

export function startStripeContent(ctx: ContentScriptContext): void {
  const role = siteRoleOf(location.href);
  if (role !== 'stripe-connect' && role !== 'stripe-dashboard') return;

  let running: 'detecting' | 'stopped' = 'detecting';
  const extension = listenToExtension(ctx, () => running);
  let kind: StripePageKind = 'other';
  let accounts: PickerAccount[] = [];
  let verdicts: (AccountVerdict | undefined)[] = [];
  const sender = createObservationSender(() => stop());
  const originalBadge = createAnchoredOverlay(ctx);

  const originalRow = () => {
    const index = verdicts.findIndex((v) => MATCHING.has(v));
    return index >= 0 ? accounts[index]?.row : undefined;
  };

  const stepOverlay = createStepOverlay(createAnchoredOverlay(ctx), {
    site: role,
    findTarget: (target) => {
      switch (target) {
        case 'stripe-login': {
          const login = findLoginForm(document);
          return login?.submit ?? login?.form ?? login?.email;
        }
        case 'stripe-account-picker':
          return originalRow() ?? accounts[0]?.row.parentElement ?? undefined;
        case 'stripe-connect-button': {
          const lookup = findConnectButton(document);
          return lookup.status === 'found' ? lookup.element : undefined;
        }
        default:
          return undefined;
      }
    },
  });

  const toProtocol = (a: PickerAccount): ProtocolPickerAccount => ({
    name: a.name.slice(0, 120),
    ...(a.accountId ? { accountId: a.accountId.slice(0, 64) } : {}),
    ...(a.profile ? { profile: a.profile.slice(0, 120) } : {}),
    selected: a.selected,
  });

  const showOriginalBadge = () => {
    const row = originalRow();
    if (!row) {
      if (originalBadge.visible) originalBadge.hide();
      return;
    }
    if (!originalBadge.visible) {
      originalBadge.show({ variant: 'badge', title: 'Originally used', instruction: 'This is the account Kartra used before.', find: () => originalRow() });
    }
  };

  const scan = () => {
    if (ctx.isInvalid) return;
    kind = classifyStripePage(location.href, document);
    if (kind === 'connect-login') void sender.observe({ kind: 'stripe-login-shown' });
    if (kind === 'connect-picker') {
      accounts = readPickerAccounts(document).slice(0, 100);
      const offered = accounts.map(toProtocol);
      const reply = sender.observe<{ verdicts: (AccountVerdict | undefined)[] }>({ kind: 'stripe-picker-shown', accounts: offered });
      void reply?.then((r) => {
        if (r.ok && Array.isArray(r.value?.verdicts)) {
          verdicts = r.value.verdicts;
          showOriginalBadge();
        }
      });
      const selected = offered.find((a) => a.selected);
      if (selected) void sender.observe({ kind: 'stripe-account-selected', account: selected });
    }
    if (kind === 'connect-error') {
      const error = readConnectErrorPage(document);
      if (error) void sender.observe({ kind: 'stripe-error-page', error: error.error.slice(0, 80), description: (error.error_description ?? '').slice(0, 500) });
    }
    if (kind === 'dashboard' || kind === 'dashboard-apikeys') {
      const active = readDashboardActiveAccount(location.href, document);
      const key = kind === 'dashboard-apikeys' ? readApiKeysPagePublishableKey(document) : undefined;
      void sender.observe({
        kind: 'stripe-dashboard',
        ...(active.accountId ? { accountId: active.accountId.slice(0, 64) } : {}),
        ...(active.name ? { accountName: active.name.slice(0, 120) } : {}),
        ...(key?.status === 'found' ? { publishableKey: key.key.normalized.slice(0, 255) } : {}),
      });
    }
    showOriginalBadge();
    stepOverlay.refresh();
  };

  const timers = contextTimers(ctx);
  const scheduler = createRerunScheduler(scan, { quietMs: 100, maxWaitMs: 800 }, timers);

  const onClick = (event: MouseEvent) => {
    // Only the agent's own clicks are steps; a page can synthesise clicks on its own buttons.
    if (!event.isTrusted || kind !== 'connect-picker') return;
    const clicked = event.composedPath()[0];
    if (!(clicked instanceof Node)) return;
    const connect = findConnectButton(document);
    const cancel = findCancelButton(document);
    if (connect.status === 'found' && connect.element.contains(clicked)) void sender.observe({ kind: 'stripe-connect-clicked' }, { repeat: true });
    else if (cancel.status === 'found' && cancel.element.contains(clicked)) void sender.observe({ kind: 'stripe-cancel-clicked' }, { repeat: true });
    scheduler.poke();
  };

  const stopObserving = observeDomChanges(document, () => scheduler.poke());
  ctx.addEventListener(document, 'click', onClick, { capture: true });
  ctx.addEventListener(document, 'change', (event) => event.isTrusted && scan(), { capture: true });
  onLocationChange(ctx, scan);
  let guideId: string | undefined;
  watchPageView(ctx, extension, (view) => {
    if (view && view.guideId !== guideId) {
      sender.forgetAll();
      timers.setTimeout(scan, 0);
    }
    guideId = view?.guideId;
    stepOverlay.setView(view);
  });

  function stop() {
    running = 'stopped';
    scheduler.cancel();
    stopObserving();
    originalBadge.hide();
    stepOverlay.setView(undefined);
  }
  ctx.onInvalidated(stop);
  scan();
}
