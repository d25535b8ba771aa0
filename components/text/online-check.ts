/** The online account check's failures in words: lib/stripe/online-check.ts gives a reason and its values. */
import { t } from '../../lib/i18n';
import type { OnlineCheckFailure } from '../../lib/stripe/online-check';
import { keyProblemText } from './key-check';

type Reason = OnlineCheckFailure['reason'];
type FailureOf<R extends Reason> = Extract<OnlineCheckFailure, { reason: R }>;

const FAILURE_TEXT: { [R in Reason]: (failure: FailureOf<R>) => string } = {
  'secret-key-refused': ({ permission }) => t('shared.onlineSecretRefused', { permission }),
  'not-restricted': ({ permission }) => t('shared.onlineNotRestricted', { permission }),
  // What the key reader found wrong with the text (lib/stripe/stripe-key.ts).
  'invalid-key': ({ problem }) => keyProblemText(problem.problem),
  'host-not-allowed': ({ allowed, host, protocol }) => t('shared.onlineHostRefused', { allowed, host, protocol }),
  authentication: ({ redactedKey }) => t('shared.onlineAuthentication', { key: redactedKey }),
  permission: ({ redactedKey, missing }) => t('shared.onlinePermission', { key: redactedKey, missing }),
  'rate-limit': () => t('shared.onlineRateLimit'),
  network: () => t('shared.onlineNetwork'),
  'not-an-account': () => t('shared.onlineNotAccount'),
  unknown: ({ status }) => (status ? t('shared.onlineUnexpectedStatus', { status }) : t('shared.onlineUnexpected')),
};

export function onlineCheckFailureText(failure: OnlineCheckFailure): string {
  return (FAILURE_TEXT[failure.reason] as (failure: OnlineCheckFailure) => string)(failure);
}
