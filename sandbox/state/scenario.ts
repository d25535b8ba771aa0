/**
 * The scenario: the knobs a test or a demo turns. It arrives as query parameters on a Kartra page, as the control
 * panel's form, or as JSON on `POST /__sandbox/scenario`; all three go through `parseScenarioPatch`, so the names and
 * the validation are the same everywhere. A bad value is refused loudly rather than ignored.
 */
import { INTEGRATIONS_CATALOG } from '../data/integrations-catalog.ts';
import { DEFAULT_ORIGINAL_ACCOUNT_ID, findAccount, type KeyFormat } from '../data/stripe-accounts.ts';
import { UNFAMILIAR_VARIANTS, type UnfamiliarVariant } from '../data/unfamiliar-wording.ts';

export type ForcedOutcome = 'auto' | 'mismatch' | 'ineligible' | 'denied' | 'already-integrated';
/** What Stripe's account picker shows of each account: its name and `acct_…` id, or its name only. */
export type PickerShows = 'ids' | 'names';

export interface Scenario {
  /** Slugs of the integrations showing the red "needs attention" bubble. */
  red: string[];
  /** Slugs of the integrations whose status bubble shows no readable status (a plain blue dot: no title, no label). */
  unreadable: string[];
  /** Pages the extension does not know (teach mode): each variant renames or moves one thing (data/unfamiliar-wording.ts). */
  unfamiliar: UnfamiliarVariant[];
  /** Format of every account's keys, in Kartra's Edit window and in the dashboard. */
  keys: KeyFormat;
  /** The Stripe account the main Stripe integration was originally connected with. */
  original: string;
  /** Whether the Stripe user is signed in (shared by connect and dashboard, like Stripe's own session). Live: signing in or out changes it. */
  loggedIn: boolean;
  /** What each row of Stripe's account picker shows: name and `acct_…` id (`ids`), or the name only (`names`). */
  picker: PickerShows;
  /** How Kartra judges the next Connect. `auto` decides from the chosen account; anything else is used once, then back to `auto`. */
  outcome: ForcedOutcome;
  /** Number of tiles on the Integrations page: the catalog, cut short or padded with generated integrations; 0 = none. */
  tiles: number;
  /** Milliseconds before the integration list appears; `null` = random 300–1500 on each load. */
  delay: number | null;
  /** DOM mutations per second in the tiles area, for the performance benchmark; 0 = none. */
  mutate: number;
  /** Milliseconds Kartra's stylesheet is held back, so its tabs stay "loading" that long (a slow connection); 0 = none. */
  pageLoad: number;
}

export const SCENARIO_KEYS = ['red', 'unreadable', 'unfamiliar', 'keys', 'original', 'loggedIn', 'picker', 'outcome', 'tiles', 'delay', 'mutate', 'pageLoad'] as const;
export type ScenarioPatch = Partial<Scenario>;

const FORCED_OUTCOMES: readonly ForcedOutcome[] = ['auto', 'mismatch', 'ineligible', 'denied', 'already-integrated'];
export const MAX_TILES = 10_000;

export function defaultScenario(): Scenario {
  return {
    red: ['stripe'],
    unreadable: [],
    unfamiliar: [],
    keys: 'modern',
    original: DEFAULT_ORIGINAL_ACCOUNT_ID,
    loggedIn: false,
    picker: 'ids',
    outcome: 'auto',
    tiles: INTEGRATIONS_CATALOG.length,
    delay: null,
    mutate: 0,
    pageLoad: 0,
  };
}

export interface ParsedPatch {
  patch: ScenarioPatch;
  errors: string[];
}

/** From JSON: typed values, and unknown fields are errors (a typo must not pass silently). */
export function parseScenarioJson(body: unknown): ParsedPatch {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { patch: {}, errors: ['the body must be a JSON object, e.g. {"red":["stripe"],"keys":"old"}'] };
  }
  const unknown = Object.keys(body).filter((k) => !(SCENARIO_KEYS as readonly string[]).includes(k));
  const parsed = parseScenarioPatch(body as Record<string, unknown>);
  return { patch: parsed.patch, errors: [...unknown.map((k) => `unknown scenario field "${k}" (known: ${SCENARIO_KEYS.join(', ')})`), ...parsed.errors] };
}

/** From a query string or a form: only scenario names count, other parameters belong to the page. */
export function parseScenarioParams(params: URLSearchParams): ParsedPatch {
  const raw: Record<string, unknown> = {};
  for (const key of SCENARIO_KEYS) {
    if (!params.has(key)) continue;
    const values = params.getAll(key);
    // Lists may be repeated (checkboxes) or comma-separated (a hand-typed URL); the others take the last value.
    raw[key] = key === 'red' || key === 'unreadable' || key === 'unfamiliar' ? values.flatMap((v) => v.split(',')) : values.at(-1);
  }
  return parseScenarioPatch(raw);
}

export function hasScenarioParams(params: URLSearchParams): boolean {
  return SCENARIO_KEYS.some((key) => params.has(key));
}

function parseScenarioPatch(raw: Record<string, unknown>): ParsedPatch {
  const patch: ScenarioPatch = {};
  const errors: string[] = [];
  const fail = (key: string, expected: string) => errors.push(`bad scenario value ${key}=${JSON.stringify(raw[key])}: expected ${expected}`);

  for (const key of ['red', 'unreadable'] as const) {
    if (!(key in raw)) continue;
    const value = raw[key];
    const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : null;
    const slugs = list?.map((s) => String(s).trim()).filter((s) => s !== '' && s !== 'none');
    const unknown = slugs?.filter((s) => !INTEGRATIONS_CATALOG.some((i) => i.slug === s)) ?? [];
    if (!slugs || unknown.length > 0) fail(key, `integration slugs among ${INTEGRATIONS_CATALOG.map((i) => i.slug).join(', ')} (or "none")`);
    else patch[key] = [...new Set(slugs)];
  }
  if ('unfamiliar' in raw) {
    const value = raw.unfamiliar;
    const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : null;
    const variants = list?.map((s) => String(s).trim()).filter((s) => s !== '' && s !== 'none');
    if (!variants || variants.some((v) => !(UNFAMILIAR_VARIANTS as readonly string[]).includes(v))) fail('unfamiliar', `variants among ${UNFAMILIAR_VARIANTS.join(', ')} (or "none")`);
    else patch.unfamiliar = [...new Set(variants)] as UnfamiliarVariant[];
  }
  if ('keys' in raw) {
    if (raw.keys === 'modern' || raw.keys === 'old') patch.keys = raw.keys;
    else fail('keys', '"modern" or "old"');
  }
  if ('original' in raw) {
    if (typeof raw.original === 'string' && findAccount(raw.original)) patch.original = raw.original;
    else fail('original', 'the id of a sandbox account (see GET /__sandbox/state)');
  }
  if ('loggedIn' in raw) {
    const value = parseBoolean(raw.loggedIn);
    if (value === undefined) fail('loggedIn', 'true/false (or 1/0)');
    else patch.loggedIn = value;
  }
  if ('picker' in raw) {
    if (raw.picker === 'ids' || raw.picker === 'names') patch.picker = raw.picker;
    else fail('picker', '"ids" or "names"');
  }
  if ('outcome' in raw) {
    if (FORCED_OUTCOMES.includes(raw.outcome as ForcedOutcome)) patch.outcome = raw.outcome as ForcedOutcome;
    else fail('outcome', FORCED_OUTCOMES.join(' | '));
  }
  if ('tiles' in raw) {
    const value = parseInteger(raw.tiles);
    if (value === undefined || value < 0 || value > MAX_TILES) fail('tiles', `an integer from 0 to ${MAX_TILES}`);
    else patch.tiles = value;
  }
  if ('delay' in raw) {
    if (raw.delay === null || raw.delay === '' || raw.delay === 'random') patch.delay = null;
    else {
      const value = parseInteger(raw.delay);
      if (value === undefined || value < 0 || value > 60_000) fail('delay', 'milliseconds from 0 to 60000, or "random"');
      else patch.delay = value;
    }
  }
  if ('mutate' in raw) {
    const value = parseInteger(raw.mutate);
    if (value === undefined || value < 0 || value > 1000) fail('mutate', 'mutations per second from 0 to 1000');
    else patch.mutate = value;
  }
  if ('pageLoad' in raw) {
    const value = parseInteger(raw.pageLoad);
    if (value === undefined || value < 0 || value > 60_000) fail('pageLoad', 'milliseconds from 0 to 60000');
    else patch.pageLoad = value;
  }
  return { patch, errors };
}

function parseBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === '1' || value === 'yes' || value === 'on') return true;
  if (value === 'false' || value === '0' || value === 'no' || value === 'off' || value === '') return false;
  return undefined;
}

function parseInteger(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isInteger(number) ? number : undefined;
}
