/**
 * Everything the Stripe content script does, wired together: tell which Stripe page this is (login, account picker,
 * JSON error, dashboard, API keys), report what the guide needs (the accounts offered, the one selected, Connect or
 * Cancel clicked), mark the account Kartra used originally, and point at the step's element. Every page is read with
 * the Stripe profile in force, asked of the background.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { AccountVerdict } from '../guide/guide-state';
import { siteRoleOf } from '../origins';
import type { PickerAccount as ProtocolPickerAccount } from '../protocol';
import type { StripeProfile } from '../stripe/default-stripe-profile';
import {
  classifyStripePage,
  compileStripeProfile,
  findCancelButton,
  findConnectButton,
  findLoginForm,
  readApiKeysPagePublishableKey,
  readConnectErrorPage,
  readDashboardActiveAccount,
  readPickerAccounts,
  type CompiledStripeProfile,
  type PickerAccount,
  type StripePageKind,
} from '../stripe/connect-page';
import { loadProfileInForce } from './active-profile';
import { createAnchoredOverlay } from './anchored-overlay';
import { pageNote } from '../../components/overlay/page-notes';
import { createObservationSender } from './observation-sender';
import { observeDomChanges } from './observe-dom-changes';
import { watchPageView } from './page-view-source';
import { contextTimers } from './context-timers';
import { createRerunScheduler } from './rerun-scheduler';
import { createStepOverlay } from './step-overlay';
import { onLocationChange } from './location-change';
import { listenToExtension } from './extension-listener';
import type { ContentState } from '../tab-messages';

const MATCHING: ReadonlySet<AccountVerdict | undefined> = new Set(['same-account', 'same-key']);

const loadStripeProfile = () => loadProfileInForce<StripeProfile, CompiledStripeProfile>('stripe', compileStripeProfile);

export async function startStripeContent(ctx: ContentScriptContext): Promise<void> {
  const role = siteRoleOf(location.href);
  if (role !== 'stripe-connect' && role !== 'stripe-dashboard') return;
  let running: ContentState = 'starting';
  const extension = listenToExtension(ctx, () => running);
  const active = await loadStripeProfile();
  // No profile means no background to report to (the extension is gone or broken): stay out of the page.
  if (!active || ctx.isInvalid) {
    running = 'stopped';
    return;
  }
  running = 'detecting';
  let stripe = active.compiled;

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
          const login = findLoginForm(document, stripe);
          return login?.submit ?? login?.form ?? login?.email;
        }
        case 'stripe-account-picker':
          return originalRow() ?? accounts[0]?.row.parentElement ?? undefined;
        case 'stripe-connect-button': {
          const lookup = findConnectButton(document, stripe);
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

  // Rows without ids that the background could not judge: it knows no name for the original account (or two rows
  // share it). The picker then says it cannot tell, instead of marking a guess.
  const cannotTell = () => !originalRow() && accounts.length > 0 && accounts.every((a, i) => !a.accountId && verdicts[i] === 'cannot-tell');
  let badgeShows: 'original' | 'cannot-tell' | undefined;

  const showOriginalBadge = () => {
    const row = originalRow();
    const wanted = row ? 'original' : cannotTell() ? 'cannot-tell' : undefined;
    if (wanted !== badgeShows && originalBadge.visible) originalBadge.hide();
    badgeShows = wanted;
    if (!wanted || originalBadge.visible) return;
    if (wanted === 'original') {
      const byName = !accounts.some((a) => a.accountId);
      originalBadge.show({
        variant: 'badge',
        ...pageNote(byName ? 'original-account-by-name' : 'original-account'),
        find: () => originalRow(),
      });
    } else {
      originalBadge.show({
        variant: 'badge',
        ...pageNote('cannot-tell-account'),
        find: () => accounts[0]?.row.parentElement ?? undefined,
      });
    }
  };

  const scan = () => {
    if (ctx.isInvalid) return;
    kind = classifyStripePage(location.href, document, stripe);
    if (kind === 'connect-login') void sender.observe({ kind: 'stripe-login-shown' });
    if (kind === 'connect-picker') {
      accounts = readPickerAccounts(document, stripe).slice(0, 100);
      const offered = accounts.map(toProtocol);
      const reply = sender.observe({ kind: 'stripe-picker-shown', accounts: offered });
      void reply?.then((r) => {
        if (!r.ok || !Array.isArray(r.value?.verdicts)) return;
        // The selected row itself is judged again in the background when the guide learns a name; this is the badge.
        verdicts = r.value.verdicts;
        showOriginalBadge();
      });
      const selected = offered.find((a) => a.selected);
      if (selected) void sender.observe({ kind: 'stripe-account-selected', account: selected });
    }
    if (kind === 'connect-error') {
      const error = readConnectErrorPage(document);
      if (error) void sender.observe({ kind: 'stripe-error-page', error: error.error.slice(0, 80), description: (error.error_description ?? '').slice(0, 500) });
    }
    if (kind === 'dashboard' || kind === 'dashboard-apikeys') {
      const active = readDashboardActiveAccount(location.href, document, stripe);
      const key = kind === 'dashboard-apikeys' ? readApiKeysPagePublishableKey(document, stripe) : undefined;
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
    const connect = findConnectButton(document, stripe);
    const cancel = findCancelButton(document, stripe);
    if (connect.status === 'found' && connect.element.contains(clicked)) void sender.observe({ kind: 'stripe-connect-clicked' }, { repeat: true });
    else if (cancel.status === 'found' && cancel.element.contains(clicked)) void sender.observe({ kind: 'stripe-cancel-clicked' }, { repeat: true });
    scheduler.poke();
  };

  const stopObserving = observeDomChanges(document, () => scheduler.poke());
  ctx.addEventListener(document, 'click', onClick, { capture: true });
  ctx.addEventListener(document, 'change', (event) => event.isTrusted && scan(), { capture: true });
  onLocationChange(ctx, scan);
  // The agent saved or cleared a Stripe override in the options page: read again with what the background now holds.
  extension.onRefresh('profile', () => {
    void loadStripeProfile().then((next) => {
      if (!next || ctx.isInvalid) return;
      stripe = next.compiled;
      sender.forgetAll();
      scan();
    });
  });
  // A guide changed (a dashboard tab may have shown which account name holds the original key): rows without ids
  // are judged again. Re-reporting the picker changes no guide, so this cannot feed itself.
  extension.onRefresh('page-view', () => {
    if (kind === 'connect-picker' && accounts.some((a) => !a.accountId)) {
      sender.forget('stripe-picker-shown');
      scheduler.poke();
    }
  });
  let guideId: string | undefined;
  const pageView = watchPageView(ctx, extension, (view) => {
    if (view && view.guideId !== guideId) {
      sender.forgetAll();
      timers.setTimeout(scan, 0);
    }
    guideId = view?.guideId;
    stepOverlay.setView(view);
  });
  // A reply to this tab's own observation carries its view: a warning it raised shows without waiting for storage.
  sender.passViewsTo(pageView.accept);

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
