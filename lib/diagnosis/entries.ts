/**
 * What went wrong, why, and how to fix it: one entry per message an agent can meet while reconnecting Stripe.
 * Kartra's four troubleshooting messages come from its help article "Update an older Stripe connection" (support.kartra.com);
 * Stripe's authorize errors from Stripe's OAuth behaviour (docs/quality.md "Stripe Connect": only `access_denied` is redirected back, the
 * others are shown as JSON on Stripe's own page).
 */
import { diagnosisFor, kartraMessageFor, type KartraDiagnosisId, type KartraFailure } from '../kartra/outcomes';

/** Plain data, typed rather than parsed: the popup and side panel show entries on their first paint, without zod. */
export interface CatalogueEntry {
  id: string;
  title: string;
  whatHappened: string;
  why: string;
  /** At least one step. */
  fix: string[];
  source: 'kartra' | 'stripe';
  /** The verbatim Kartra message or the Stripe `error` code this entry explains. */
  trigger: string;
}

export type CatalogueId =
  | KartraDiagnosisId
  | 'stripe-invalid-scope'
  | 'stripe-invalid-redirect-uri'
  | 'stripe-invalid-request'
  | 'stripe-unsupported-response-type'
  | 'stripe-access-denied';

const START_AGAIN_FROM_KARTRA =
  'Go back to Kartra, open the Stripe integration again (Settings > Integrations > three dots > Edit) and click Connect with Stripe. Do not reuse an old, bookmarked or edited Stripe link.';
const ESCALATE_LINK_PROBLEM =
  'If the same error comes back, contact Kartra support with a screenshot of the error and what you tried: the link Kartra builds needs fixing on their side.';

/** A Kartra failure's entry: its id and the words it explains come from its row in lib/kartra/outcomes.ts. */
function kartraEntry(outcome: KartraFailure, text: Pick<CatalogueEntry, 'whatHappened' | 'why' | 'fix'>): CatalogueEntry & { id: CatalogueId } {
  const words = kartraMessageFor(outcome);
  return { id: diagnosisFor(outcome), source: 'kartra', trigger: words, title: words, ...text };
}

/** Every entry, Kartra's first, in the order the help article lists them. */
export const CATALOGUE: ReadonlyArray<CatalogueEntry & { id: CatalogueId }> = [
  kartraEntry('account-mismatch', {
    whatHappened: 'Kartra refused the connection because the Stripe account selected is not the one this integration used before.',
    why:
      'Kartra only reconnects the Stripe account that was originally connected, so that subscriptions keep billing and products keep their payment settings. One Stripe login can hold several accounts, and a different one was picked.',
    fix: [
      'In Kartra, open the Stripe integration (three dots > Edit) and note the Publishable key shown there.',
      "In Stripe, compare it with each account's publishable key (Developers > API keys, live mode) — the assistant can compare them for you.",
      'Click Connect with Stripe again, select the account whose key matches, and click Connect.',
    ],
  }),
  kartraEntry('ineligible-account', {
    whatHappened: 'Stripe would not let Kartra connect to the selected account.',
    why:
      'The account is already connected to another platform. Since June 2021, a platform that asks for full (read_write) access, as Kartra does, cannot connect a Standard Stripe account that another platform controls.',
    fix: [
      'Check that this is really the account Kartra used before (compare the publishable keys); if not, select the right one instead.',
      'If it is the right account, the customer disconnects it from the other platform (from that platform, or from the connected platforms listed in their Stripe settings) — only if they no longer need that platform.',
      'Click Connect with Stripe in Kartra again.',
    ],
  }),
  kartraEntry('user-denied', {
    whatHappened: 'The Stripe page was left before the connection was completed.',
    why:
      "Stripe reports 'access_denied' to Kartra when the person on Stripe's page cancels, goes back, or declines instead of clicking Connect.",
    fix: [
      'In Kartra, click Connect with Stripe again.',
      'In Stripe, log in if asked, select the account used originally, and click Connect — not Cancel or the back link.',
    ],
  }),
  kartraEntry('already-integrated', {
    whatHappened: 'The Stripe account selected is already connected in Kartra.',
    why: 'Kartra does not connect the same Stripe account twice: another Stripe integration in this Kartra account already uses it.',
    fix: [
      'Choose a different Stripe account: the one this integration used originally (compare the publishable keys).',
      'Or keep using the existing integration that already has this Stripe account.',
    ],
  }),
  {
    id: 'stripe-invalid-scope',
    source: 'stripe',
    trigger: 'invalid_scope',
    title: 'Stripe error: invalid_scope',
    whatHappened: 'Stripe showed an error page (invalid_scope) instead of letting you choose an account.',
    why:
      "The Connect link asked Stripe for a permission level it does not accept (Kartra's link should ask for read_write). The problem is in the link, not in the customer's Stripe account.",
    fix: [START_AGAIN_FROM_KARTRA, ESCALATE_LINK_PROBLEM],
  },
  {
    id: 'stripe-invalid-redirect-uri',
    source: 'stripe',
    trigger: 'invalid_redirect_uri',
    title: 'Stripe error: invalid_redirect_uri',
    whatHappened: 'Stripe showed an error page (invalid_redirect_uri) instead of letting you choose an account.',
    why:
      "The address Stripe should send you back to is not one Kartra registered with Stripe, so Stripe refuses to continue. The problem is in the link, not in the customer's Stripe account.",
    fix: [START_AGAIN_FROM_KARTRA, ESCALATE_LINK_PROBLEM],
  },
  {
    id: 'stripe-invalid-request',
    source: 'stripe',
    trigger: 'invalid_request',
    title: 'Stripe error: invalid_request',
    whatHappened: 'Stripe showed an error page (invalid_request) instead of letting you choose an account.',
    why:
      'A required part of the Connect link is missing or wrong (for example the client id), most often because the link was copied, cut short, bookmarked, or opened a second time.',
    fix: [START_AGAIN_FROM_KARTRA, ESCALATE_LINK_PROBLEM],
  },
  {
    id: 'stripe-unsupported-response-type',
    source: 'stripe',
    trigger: 'unsupported_response_type',
    title: 'Stripe error: unsupported_response_type',
    whatHappened: 'Stripe showed an error page (unsupported_response_type) instead of letting you choose an account.',
    why: "Stripe's Connect link must ask for response_type=code; this one asked for something else, so the link was altered or built wrongly.",
    fix: [START_AGAIN_FROM_KARTRA, ESCALATE_LINK_PROBLEM],
  },
  {
    id: 'stripe-access-denied',
    source: 'stripe',
    trigger: 'access_denied',
    title: 'Stripe error: access_denied',
    whatHappened: 'Stripe sent you back to Kartra without connecting: the request was denied on Stripe\'s page.',
    why:
      "This is what Stripe reports when the person on its page cancels or declines. Kartra shows it as 'User denied request'.",
    fix: [
      'In Kartra, click Connect with Stripe again.',
      'In Stripe, select the account used originally and click Connect — not Cancel or the back link.',
    ],
  },
];

/** One entry by id. */
export function getCatalogueEntry(id: CatalogueId): CatalogueEntry {
  return CATALOGUE.find((entry) => entry.id === id) as CatalogueEntry;
}
