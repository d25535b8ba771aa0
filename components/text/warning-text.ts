/** The guide's warnings in the agent's language, from their codes and values (lib/guide/warnings.ts raises them). */
import type { GuideWarning, MessageParams, WarningCode } from '../../lib/guide/guide-state';
import { t } from '../../lib/i18n';
import { integrationOf, kartraText, nameOr, text } from './message-values';

const WARNING_TEXT: Readonly<Record<WarningCode, (p: MessageParams) => string>> = {
  'different-account': (p) => t('guide.warning.differentAccount', { name: nameOr(p, () => t('guide.thisAccount')) }),
  'mode-mismatch': (p) => t('guide.warning.modeMismatch', { name: nameOr(p, () => t('guide.thisAccount')) }),
  'account-unverified': (p) => t('guide.warning.accountUnverified', { name: nameOr(p, () => t('guide.thisAccount')) }),
  'key-invalid': () => t('guide.warning.keyInvalid'),
  'key-not-read': () => t('guide.warning.keyNotRead'),
  'wrong-integration': (p) => t('guide.warning.wrongIntegration', { name: nameOr(p, () => t('guide.thisAccount')), integration: integrationOf(p) }),
  'stripe-tile-missing': (p) => t('guide.warning.stripeTileMissing', { integration: integrationOf(p) }),
  'stripe-not-configured': (p) => t('guide.warning.stripeNotConfigured', { integration: integrationOf(p) }),
  'already-connected': (p) => t('guide.warning.alreadyConnected', { integration: integrationOf(p) }),
  'unexpected-outcome': (p) => t('guide.warning.unexpectedOutcome', { kartraText: p.text !== undefined ? text(p.text) : kartraText(p.outcome) }),
  'stripe-without-guide': () => t('guide.warning.stripeWithoutGuide'),
  'original-key-changed': (p) => t('guide.warning.originalKeyChanged', { newKeyEnd: text(p.newKeyEnd), firstKeyEnd: text(p.firstKeyEnd) }),
};

export function warningText(warning: GuideWarning): string {
  return WARNING_TEXT[warning.code](warning.params ?? {});
}
