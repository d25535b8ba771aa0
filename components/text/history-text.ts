/**
 * The guide's history in the agent's language: each entry is a code and values (lib/guide/message-params.ts), worded
 * here when it is shown, so a guide written in one language reads in another.
 */
import type { EventCode, HistoryEntry, MessageParams } from '../../lib/guide/guide-state';
import type { StepId } from '../../lib/guide/steps';
import { t } from '../../lib/i18n';
import { integrationOf, kartraText, nameOr, text } from './message-values';
import { stepTitle } from './step-text';
import { warningText } from './warning-text';

function stepParam(value: string | number | undefined): string {
  return typeof value === 'string' ? stepTitle(value as StepId) : '';
}

const EVENT_TEXT: Readonly<Record<Exclude<EventCode, 'warning-raised'>, (p: MessageParams) => string>> = {
  started: () => t('guide.history.started'),
  'started-again': () => t('guide.history.startedAgain'),
  'integrations-open': () => t('guide.history.integrationsOpen'),
  'tile-red': (p) => t('guide.history.tileRed', { integration: integrationOf(p) }),
  'tile-green': (p) => t('guide.history.tileGreen', { integration: integrationOf(p) }),
  'tile-not-set-up': (p) => t('guide.history.tileNotSetUp', { integration: integrationOf(p) }),
  'tile-missing': (p) => t('guide.history.tileMissing', { integration: integrationOf(p) }),
  'tile-menu-opened': (p) => t('guide.history.tileMenuOpened', { integration: integrationOf(p) }),
  'wrong-integration': (p) => t('guide.history.wrongIntegration', { name: text(p.name), integration: integrationOf(p) }),
  'edit-opened': () => t('guide.history.editOpened'),
  'edit-opened-key': (p) => t('guide.history.editOpenedKey', { keyEnd: text(p.keyEnd) }),
  'edit-opened-no-key': () => t('guide.history.editOpenedNoKey'),
  'edit-without-click': () => t('guide.history.editWithoutClick'),
  'edit-key-changed': (p) => t('guide.history.editKeyChanged', { newKeyEnd: text(p.newKeyEnd), firstKeyEnd: text(p.firstKeyEnd) }),
  'connect-with-stripe-clicked': () => t('guide.history.connectWithStripeClicked'),
  'dashboard-login': () => t('guide.history.dashboardLogin'),
  'stripe-login': () => t('guide.history.stripeLogin'),
  'picker-shown': (p) => t('guide.history.pickerShown', typeof p.count === 'number' ? p.count : 0),
  'account-selected': (p) => t('guide.history.accountSelected', { name: nameOr(p, () => t('guide.unnamedAccount')) }),
  'account-selected-same': (p) => t('guide.history.accountSelectedSame', { name: nameOr(p, () => t('guide.unnamedAccount')) }),
  'account-selected-other': (p) => t('guide.history.accountSelectedOther', { name: nameOr(p, () => t('guide.unnamedAccount')) }),
  'stripe-connect-clicked': () => t('guide.history.stripeConnectClicked'),
  'stripe-connect-clicked-mismatch': () => t('guide.history.stripeConnectClickedMismatch', { kartraText: kartraText('account-mismatch') }),
  'stripe-cancelled': () => t('guide.history.stripeCancelled'),
  'stripe-error-page': (p) => t('guide.history.stripeErrorPage', { error: text(p.error) }),
  'redirect-code': () => t('guide.history.redirectCode'),
  'redirect-denied': () => t('guide.history.redirectDenied'),
  'redirect-error': (p) => t('guide.history.redirectError', { error: text(p.error) }),
  'kartra-outcome': (p) => t('guide.history.kartraOutcome', { kartraText: p.text !== undefined ? text(p.text) : kartraText(p.outcome) }),
  'kartra-confirmed': (p) => t('guide.history.kartraConfirmed', { integration: integrationOf(p) }),
  'kartra-connected': (p) => t('guide.history.kartraConnected', { integration: integrationOf(p) }),
  'dashboard-shows': (p) => t('guide.history.dashboardShows', { name: text(p.name) }),
  'dashboard-shows-unnamed': () => t('guide.history.dashboardShowsUnnamed'),
  'dashboard-shows-none': () => t('guide.history.dashboardShowsNone'),
  dismissed: () => t('guide.history.dismissed'),
  resumed: () => t('guide.history.resumed'),
  restarted: () => t('guide.history.restarted'),
  'marked-done': (p) => t('guide.history.markedDone', { step: stepParam(p.step), next: stepParam(p.next) }),
  'back-to': (p) => t('guide.history.backTo', { step: stepParam(p.step) }),
  'back-to-retry': (p) => t('guide.history.backToRetry', { step: stepParam(p.step) }),
  'key-chosen-first': (p) => t('guide.history.keyChosenFirst', { keyEnd: text(p.keyEnd) }),
  'key-chosen-newer': (p) => t('guide.history.keyChosenNewer', { keyEnd: text(p.keyEnd) }),
  legacy: (p) => t('guide.history.legacy', { text: text(p.text) }),
};

/** What a history entry says, in the agent's language. */
export function historyText(entry: Pick<HistoryEntry, 'event' | 'params' | 'warning'>): string {
  if (entry.event === 'warning-raised') return entry.warning ? warningText(entry.warning) : '';
  return EVENT_TEXT[entry.event](entry.params ?? {});
}

export function historySourceText(source: HistoryEntry['source']): string {
  return source === 'agent' ? t('guide.bySource.agent') : t('guide.bySource.observed');
}

/** What Stripe said when it sent the agent back with an error and no words of its own. */
export const stripeErrorDescription = (description: string): string => description || t('guide.redirectErrorDescription');
