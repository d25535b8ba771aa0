/**
 * Kartra's outcomes after a reconnect, in one table: the four troubleshooting messages of its help article "Update an
 * older Stripe connection" and success. Everything else is derived from it: the protocol's values, the default site
 * profile's phrases (and the override's keys), the diagnosis entry each failure opens, and the step the guide retries
 * from. Adding a fifth Kartra error is a row here plus its entry in lib/diagnosis/entries.ts and its explanation in
 * components/text/diagnosis.ts; a convention test (test/unit/kartra/outcomes.test.ts) and tsc fail when a part is missing.
 */
import type { StepId } from '../guide/steps';

interface OutcomeRow {
  /** Key of this outcome's phrases in a Kartra site profile (`outcomes.<key>`), kept as overrides already spell it. */
  profileKey: string;
  /** What Kartra shows (failures: verbatim from the help article): the first is quoted to the agent; all are matched on the page. */
  words: readonly string[];
  /** For failures: the diagnosis entry that explains it (lib/diagnosis/entries.ts)... */
  diagnosis?: `kartra-${string}`;
  /** ...and the step a new attempt starts from. */
  retryFrom?: StepId;
}

export const KARTRA_OUTCOME_TABLE = {
  success: {
    profileKey: 'success',
    // Not documented: likely wordings of the success notice. Matched only in short, visible messages.
    words: [
      'successfully connected', 'connected successfully', 'successfully reconnected', 'reconnected successfully',
      'successfully integrated', 'integrated successfully', 'integration successful', 'connection successful',
      'has been connected', 'stripe account connected',
    ],
  },
  // A wrong account is fixed in Stripe's picker; the others need a fresh Connect with Stripe.
  'account-mismatch': {
    profileKey: 'accountMismatch',
    words: ['Stripe account does not match'],
    diagnosis: 'kartra-account-mismatch',
    retryFrom: 'choose-account',
  },
  'ineligible-account': {
    profileKey: 'ineligibleAccount',
    words: ['Ineligible account'],
    diagnosis: 'kartra-ineligible-account',
    retryFrom: 'connect-with-stripe',
  },
  'user-denied': {
    profileKey: 'userDenied',
    words: ['User denied request'],
    diagnosis: 'kartra-user-denied',
    retryFrom: 'connect-with-stripe',
  },
  'already-integrated': {
    profileKey: 'alreadyIntegrated',
    words: ['Account already integrated'],
    diagnosis: 'kartra-already-integrated',
    retryFrom: 'choose-account',
  },
} as const satisfies Readonly<Record<string, OutcomeRow>>;

type Table = typeof KARTRA_OUTCOME_TABLE;
export type KartraOutcome = keyof Table;
export type KartraFailure = { [K in KartraOutcome]: Table[K] extends { diagnosis: string } ? K : never }[KartraOutcome];
export type OutcomeProfileKey = Table[KartraOutcome]['profileKey'];
export type KartraDiagnosisId = Table[KartraFailure]['diagnosis'];

export const KARTRA_OUTCOMES = Object.keys(KARTRA_OUTCOME_TABLE) as [KartraOutcome, ...KartraOutcome[]];

/** Each outcome's phrases as a site profile holds them, keyed as overrides spell them. */
export function defaultOutcomePhrases(): Record<OutcomeProfileKey, string[]> {
  return Object.fromEntries(Object.values(KARTRA_OUTCOME_TABLE).map((row) => [row.profileKey, [...row.words]])) as Record<OutcomeProfileKey, string[]>;
}

export function isKartraFailure(outcome: KartraOutcome): outcome is KartraFailure {
  return 'diagnosis' in KARTRA_OUTCOME_TABLE[outcome];
}

/** Kartra's message for a failure, word for word (“Stripe account does not match”, …). */
export function kartraMessageFor(outcome: KartraFailure): string {
  return KARTRA_OUTCOME_TABLE[outcome].words[0];
}

export function diagnosisFor(outcome: KartraFailure): KartraDiagnosisId {
  return KARTRA_OUTCOME_TABLE[outcome].diagnosis;
}

export function retryStepFor(outcome: KartraFailure): StepId {
  return KARTRA_OUTCOME_TABLE[outcome].retryFrom;
}
