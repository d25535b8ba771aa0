/**
 * Guide schema 1 → 2. Version 1 stored warnings and history as English sentences; version 2 stores codes and values,
 * worded where they are shown. The sentences below are the ones version 1 wrote, frozen here: each is read back into
 * its code and values, so a guide in progress resumes at the same step with its history readable in any language.
 * A sentence that matches none is kept as written (`legacy`). Never read as anything but text.
 */
import { KARTRA_OUTCOMES, isKartraFailure, kartraMessageFor } from '../kartra/outcomes';
import type { GuideMigration } from './migrations';

type Params = Record<string, string | number>;
interface Template {
  code: string;
  pattern: RegExp;
  names: string[];
}

/** `{name}` parts become lazy groups; a part named twice matches the same way but is read once. */
function template(code: string, sentence: string): Template {
  const names: string[] = [];
  const source = sentence
    .split(/(\{[a-zA-Z]+\})/)
    .map((piece) => {
      const part = /^\{([a-zA-Z]+)\}$/.exec(piece)?.[1];
      if (!part) return piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (names.includes(part)) return '.+?';
      names.push(part);
      return '(.+?)';
    })
    .join('');
  return { code, pattern: new RegExp(`^${source}$`, 's'), names };
}

const V1_HISTORY = [
  ['started', 'The guide was started.'],
  ['started-again', 'The guide was started again.'],
  ['integrations-open', 'The Integrations page is open.'],
  ['tile-red', 'The Integrations page shows {integration} with a red status.'],
  ['tile-green', 'The Integrations page shows {integration} with a green status.'],
  ['tile-not-set-up', 'The Integrations page shows {integration} as not set up.'],
  ['tile-missing', 'The Integrations page shows no {integration} tile.'],
  ['tile-menu-opened', "The {integration} tile's menu was opened."],
  ['wrong-integration', 'A menu or window opened for “{name}”, not {integration}.'],
  ['edit-opened', "Kartra's Edit window is open."],
  ['edit-opened-key', "Kartra's Edit window is open. Its Publishable key ends in …{keyEnd}."],
  ['edit-opened-no-key', "Kartra's Edit window is open. Its Publishable key could not be read."],
  ['edit-without-click', "Kartra's Edit window opened without a click of yours; nothing was taken from it."],
  ['edit-key-changed', "Kartra's Edit window showed a different Publishable key (…{newKeyEnd}); the first one (…{firstKeyEnd}) is kept until you choose."],
  ['connect-with-stripe-clicked', 'Connect with Stripe was clicked.'],
  ['dashboard-login', 'A Stripe login page is showing.'],
  ['stripe-login', 'Stripe asks to log in.'],
  ['picker-shown', "Stripe's account list is showing."],
  ['picker-shown', 'Stripe lists {count} account to choose from.'],
  ['picker-shown', 'Stripe lists {count} accounts to choose from.'],
  ['account-selected-same', 'Account “{name}” was selected: it is the account Kartra used before.'],
  ['account-selected-other', 'Account “{name}” was selected, but it is not the account Kartra used before.'],
  ['account-selected', 'Account “{name}” was selected.'],
  ['stripe-connect-clicked-mismatch', 'Connect was clicked in Stripe with an account that does not match; Kartra will likely say “{kartraText}”.'],
  ['stripe-connect-clicked', 'Connect was clicked in Stripe.'],
  ['stripe-cancelled', 'The connection was cancelled in Stripe.'],
  ['stripe-error-page', 'Stripe showed an error page ({error}).'],
  ['redirect-code', 'Stripe sent the agent back to Kartra; waiting for Kartra to confirm.'],
  ['redirect-denied', 'Stripe sent the agent back to Kartra: the request was denied.'],
  ['redirect-error', 'Stripe sent the agent back to Kartra with an error ({error}).'],
  ['kartra-confirmed', 'Kartra confirmed the {integration} connection.'],
  ['kartra-connected', 'Kartra shows {integration} connected.'],
  ['kartra-outcome', 'Kartra shows “{text}”.'],
  ['dashboard-shows-unnamed', 'A Stripe dashboard tab shows an account.'],
  ['dashboard-shows-none', 'A Stripe dashboard tab shows no account yet.'],
  ['dashboard-shows', 'A Stripe dashboard tab shows “{name}”.'],
  ['dismissed', 'The guide was dismissed.'],
  ['resumed', 'The guide was resumed.'],
  ['restarted', 'The guide restarted from the Kartra steps.'],
  ['marked-done', 'Marked “{step}” done; now: {next}.'],
  ['back-to-retry', 'Back to “{step}” to try again.'],
  ['back-to', 'Back to “{step}”.'],
  ['key-chosen-newer', 'You chose the newer Publishable key (…{keyEnd}).'],
  ['key-chosen-first', 'You chose the first Publishable key (…{keyEnd}).'],
].map(([code, sentence]) => template(code!, sentence!));

const V1_WARNINGS = [
  ['different-account', '“{name}” is not the Stripe account Kartra used before. Choose the account whose Publishable key matches the one in Kartra before clicking Connect.'],
  ['mode-mismatch', "Kartra's key and “{name}” are in different modes (test and live). Check you are comparing the right key before clicking Connect."],
  ['account-unverified', 'The guide cannot tell whether “{name}” is the account Kartra used before. Compare the Publishable key in Kartra with this account before clicking Connect.'],
  ['key-invalid', 'The key read from Kartra does not look like a Stripe Publishable key, so the account cannot be checked. Compare by hand before clicking Connect.'],
  ['key-not-read', "The Publishable key could not be read from Kartra's window. Note it down so you can compare Stripe accounts."],
  ['wrong-integration', 'That belongs to “{name}”, not {integration}. Use the three dots on the {integration} tile.'],
  ['stripe-tile-missing', 'No {integration} integration is visible here. Use the filter (for example Payment) or the search box to find it.'],
  ['stripe-not-configured', "{integration} is not set up in this Kartra account, so there is nothing to reconnect. Check this is the right customer's account."],
  ['already-connected', '{integration} already shows a green status. Reconnect only if payments fail or Kartra asks for it.'],
  ['unexpected-outcome', 'Kartra shows “{text}”, but the guide has not seen this attempt come back from Stripe. It may be left from an earlier try: carry on with the current step and the guide will check again.'],
  ['stripe-without-guide', 'A Stripe Connect page was reached without starting the guide. Start the guide from the Kartra tab so each step can be checked.'],
  ['original-key-changed', "Kartra's window now shows a different Publishable key (…{newKeyEnd}) from the one first read (…{firstKeyEnd}). The page may have changed it. Check which is right and choose in the side panel; until then the first key is used."],
].map(([code, sentence]) => template(code!, sentence!));

/** Version 1's step titles, which its history quoted: read back into step ids. */
const V1_STEP_TITLES: Readonly<Record<string, string>> = {
  'Why reconnect Stripe': 'why-reconnect',
  'Before you begin': 'before-you-begin',
  'Open Settings > Integrations': 'open-integrations',
  'Find the red Stripe tile': 'find-red-tile',
  "Open the tile's menu": 'open-tile-menu',
  'Choose Edit': 'choose-edit',
  'Click Connect with Stripe': 'connect-with-stripe',
  'Log in to Stripe': 'stripe-login',
  'Choose the same account': 'choose-account',
  'Click Connect': 'confirm-connect',
  'Back to Kartra': 'redirect-back',
  'After reconnecting': 'after-reconnect',
  'Troubleshoot the connection': 'troubleshoot',
};

/** Words version 1 put in place of a missing value: version 2 leaves the value out and words the gap itself. */
const V1_FALLBACKS = new Set(['this account', 'an unnamed account', 'a result']);

function read(templates: readonly Template[], sentence: string): { code: string; params: Params } | undefined {
  for (const { code, pattern, names } of templates) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    const params: Params = {};
    names.forEach((name, index) => {
      const value = match[index + 1]!;
      if (V1_FALLBACKS.has(value)) return;
      if (name === 'count') params.count = Number(value);
      else if (name === 'step' || name === 'next') {
        const id = Object.hasOwn(V1_STEP_TITLES, value) ? V1_STEP_TITLES[value] : undefined;
        if (id) params[name] = id;
      } else if (name !== 'kartraText') params[name] = value;
    });
    if (code === 'picker-shown' && params.count === undefined) params.count = 0;
    return { code, params: withOutcome(params) };
  }
  return undefined;
}

/** Kartra's words, as version 1 quoted them, become the outcome they name (worded from the outcome table again). */
function withOutcome(params: Params): Params {
  if (typeof params.text !== 'string') return params;
  const outcome = KARTRA_OUTCOMES.find((id) => isKartraFailure(id) && kartraMessageFor(id) === params.text);
  if (!outcome) return params;
  const { text: _text, ...rest } = params;
  return { ...rest, outcome };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const withParams = <T extends object>(base: T, params: Params) => (Object.keys(params).length > 0 ? { ...base, params } : base);

/** A v1 warning: its sentence read back, else the values the guide itself still holds. */
function migrateWarning(warning: unknown, guide: Record<string, unknown>): unknown {
  if (!isRecord(warning) || typeof warning.code !== 'string') return warning;
  const message = typeof warning.message === 'string' ? warning.message : '';
  const sentence = read(V1_WARNINGS, message);
  if (sentence && sentence.code === warning.code) return withParams({ code: warning.code }, sentence.params);
  const candidate = isRecord(guide.candidate) && typeof guide.candidate.name === 'string' ? guide.candidate.name : '';
  const integration = typeof guide.integration === 'string' ? guide.integration : '';
  const params: Params = {};
  if (candidate) params.name = candidate;
  if (integration) params.integration = integration;
  return withParams({ code: warning.code }, params);
}

function migrateEntry(entry: unknown): unknown[] {
  // A corrupt entry is dropped rather than the whole guide: history is a record, the guide's progress is elsewhere.
  if (!isRecord(entry) || typeof entry.what !== 'string') return [];
  const { what, ...rest } = entry;
  const event = read(V1_HISTORY, what);
  if (event) return [withParams({ ...rest, event: event.code }, event.params)];
  const warning = read(V1_WARNINGS, what);
  if (warning) return [{ ...rest, event: 'warning-raised', warning: withParams({ code: warning.code }, warning.params) }];
  return [{ ...rest, event: 'legacy', params: { text: what } }];
}

/** Version 1's words for a redirect error without Stripe's own: version 2 stores none and words it where shown. */
const V1_REDIRECT_ERROR = 'Stripe sent the agent back to Kartra with an error.';

export const migrateV1: GuideMigration = (v1) => {
  const v2: Record<string, unknown> = { ...v1, schemaVersion: 2 };
  if (Array.isArray(v1.history)) v2.history = v1.history.flatMap(migrateEntry);
  if (v1.warning !== undefined) v2.warning = migrateWarning(v1.warning, v1);
  if (isRecord(v1.stripeError) && v1.stripeError.description === V1_REDIRECT_ERROR) v2.stripeError = { ...v1.stripeError, description: '' };
  return v2;
};
