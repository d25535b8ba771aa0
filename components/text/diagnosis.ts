/**
 * A catalogue entry's words: its title (Kartra's message as Kartra shows it, or Stripe's error code), what happened,
 * why, and the fix as steps.
 */
import type { CatalogueEntry, CatalogueId } from '../../lib/diagnosis/catalogue';
import { t } from '../../lib/i18n';
import { kartraMessageFor } from '../../lib/kartra/outcomes';

export interface DiagnosisText {
  title: string;
  whatHappened: string;
  why: string;
  /** At least one step. */
  fix: string[];
}

type Explanation = Omit<DiagnosisText, 'title'>;

/** Stripe's JSON error pages: the Connect link itself is wrong, so the fix is a fresh link from Kartra. */
function linkProblem(code: string, why: string): Explanation {
  return {
    whatHappened: t('diagnosis.stripeErrorPage', { code }),
    why,
    fix: [t('diagnosis.startAgainFromKartra'), t('diagnosis.escalateLinkProblem')],
  };
}

const EXPLANATIONS: Record<CatalogueId, (entry: CatalogueEntry) => Explanation> = {
  'kartra-account-mismatch': () => ({
    whatHappened: t('diagnosis.accountMismatch.whatHappened'),
    why: t('diagnosis.accountMismatch.why'),
    fix: [t('diagnosis.accountMismatch.fixNoteKey'), t('diagnosis.accountMismatch.fixCompareKeys'), t('diagnosis.accountMismatch.fixConnectMatching')],
  }),
  'kartra-ineligible-account': () => ({
    whatHappened: t('diagnosis.ineligibleAccount.whatHappened'),
    why: t('diagnosis.ineligibleAccount.why'),
    fix: [t('diagnosis.ineligibleAccount.fixCheckAccount'), t('diagnosis.ineligibleAccount.fixDisconnectOther'), t('diagnosis.ineligibleAccount.fixConnectAgain')],
  }),
  'kartra-user-denied': () => ({
    whatHappened: t('diagnosis.userDenied.whatHappened'),
    why: t('diagnosis.userDenied.why'),
    fix: [t('diagnosis.clickConnectAgain'), t('diagnosis.userDenied.fixConnect')],
  }),
  'kartra-already-integrated': () => ({
    whatHappened: t('diagnosis.alreadyIntegrated.whatHappened'),
    why: t('diagnosis.alreadyIntegrated.why'),
    fix: [t('diagnosis.alreadyIntegrated.fixOtherAccount'), t('diagnosis.alreadyIntegrated.fixKeepExisting')],
  }),
  'stripe-invalid-scope': (entry) => linkProblem(entry.trigger, t('diagnosis.stripeInvalidScope.why')),
  'stripe-invalid-redirect-uri': (entry) => linkProblem(entry.trigger, t('diagnosis.stripeInvalidRedirectUri.why')),
  'stripe-invalid-request': (entry) => linkProblem(entry.trigger, t('diagnosis.stripeInvalidRequest.why')),
  'stripe-unsupported-response-type': (entry) => linkProblem(entry.trigger, t('diagnosis.stripeUnsupportedResponseType.why')),
  'stripe-access-denied': () => ({
    whatHappened: t('diagnosis.stripeAccessDenied.whatHappened'),
    why: t('diagnosis.stripeAccessDenied.why', { message: kartraMessageFor('user-denied') }),
    fix: [t('diagnosis.clickConnectAgain'), t('diagnosis.stripeAccessDenied.fixConnect')],
  }),
};

/** Kartra's entries are titled with Kartra's own message, quoted as seen; Stripe's name their error code. */
export function diagnosisTitle(entry: CatalogueEntry): string {
  return entry.source === 'kartra' ? entry.trigger : t('diagnosis.stripeErrorTitle', { code: entry.trigger });
}

export function diagnosisText(entry: CatalogueEntry): DiagnosisText {
  return { title: diagnosisTitle(entry), ...EXPLANATIONS[entry.id](entry) };
}
