/**
 * The Kartra site profile: every word, selector hint, colour band and URL pattern the page readers use, as data.
 *
 * Kartra's markup is not public and will change. Keeping what we look for in a validated document means a redesign is
 * fixed by shipping a new profile (see parseSiteProfileOverride), not a new release. The readers never trust a hint on
 * its own: hints rank candidates, behaviour and text decide.
 */
import { z } from 'zod';
import { formatPath, formatVersion, parseProfileOverride, problemOfIssue, refusal, type ProfileError, type ProfileParse } from '../profile-parse.ts';
import type { SelectorProblem } from '../profile-problem.ts';
import { profilePatternSchema } from '../profile-pattern-schema.ts';
import { isPlainRecord, MAX_OVERRIDE_CHARS } from './merge-profile.ts';
import { DEFAULT_SITE_PROFILE } from './default-site-profile.ts';
import { KARTRA_OUTCOME_TABLE, type OutcomeProfileKey } from './outcomes.ts';

export { formatPath, type ProfileError };

export { DEFAULT_SITE_PROFILE };

/** The profile format this build reads. A profile with another `version` is refused, never half-applied. */
export const SITE_PROFILE_VERSION = 1;

/** Largest override accepted, in characters; a profile is a few kilobytes. */
export { MAX_OVERRIDE_CHARS };

// Sizes and ranges are reported by zod's own issue codes and limits (see problemOfIssue); rules of ours by refusal().
const Phrase = z.string().trim().min(1).max(120);
const PhraseList = z.array(Phrase).max(300);

// Route patterns run with the `i` flag (lib/kartra/integrations-route.ts), checked by the shared pattern builder.
const RegexSource = profilePatternSchema('i');

// Selectors are checked for shape only (the background has no document to try them on); readers still run each in
// try/catch and skip one the browser rejects. Braces and semicolons are refused so a hint can never carry a rule.
const SelectorHint = z
  .string()
  .trim()
  .min(1)
  .max(300)
  .superRefine((selector, ctx) => {
    const reason = selectorShapeProblem(selector);
    if (reason) ctx.addIssue({ code: 'custom', ...refusal({ code: 'selector', reason }) });
  });
const SelectorList = z.array(SelectorHint).max(100);

// An attribute name as the DOM reports it (lower case): `data-tooltip`, `data-bs-original-title`.
const AttributeName = z
  .string()
  .max(60)
  .refine((name) => /^[a-z][a-z0-9_.:-]*$/.test(name), refusal({ code: 'attributeName' }));

/** A number in [min, max], refused with both ends named. */
const between = (min: number, max: number) => z.number().refine((n) => n >= min && n <= max, refusal({ code: 'between', min, max }));
const Unit = between(0, 1);
const Degrees = between(0, 360);

const StatusPhrases = z.strictObject({
  needsAttention: PhraseList,
  connected: PhraseList,
  notConfigured: PhraseList,
});

const HueBand = z
  .strictObject({
    hueFrom: Degrees,
    hueTo: Degrees,
    minSaturation: Unit,
    minLightness: Unit,
    maxLightness: Unit,
  })
  .superRefine((band, ctx) => {
    if (band.minLightness > band.maxLightness)
      ctx.addIssue({ code: 'custom', path: ['minLightness'], ...refusal({ code: 'aboveField', field: 'maxLightness' }) });
  });

const GreyBand = z
  .strictObject({ maxSaturation: Unit, minLightness: Unit, maxLightness: Unit })
  .superRefine((band, ctx) => {
    if (band.minLightness > band.maxLightness)
      ctx.addIssue({ code: 'custom', path: ['minLightness'], ...refusal({ code: 'aboveField', field: 'maxLightness' }) });
  });

const Integration = z.strictObject({
  name: Phrase,
  aliases: PhraseList,
  isStripe: z.boolean().optional(),
});

const Weight = between(0, 5);
const Limit = (max: number) => z.number().int().min(1).max(max);

/** zod schema of a complete site profile. Every object is strict: an unknown key is an error, not ignored. */
export const SiteProfileSchema = z
  .strictObject({
    version: formatVersion(SITE_PROFILE_VERSION, 'kartra'),
    /** Free-form label of this profile's data, e.g. "2025-11-26 reauth campaign". */
    revision: z.string().max(80).optional(),
    route: z.strictObject({
      /** Regexes tried on the URL path (case-insensitive). */
      pathPatterns: z.array(RegexSource).max(50),
      /** Regexes tried on the hash of hash-routed pages (`#/integrations`). */
      hashPatterns: z.array(RegexSource).max(50),
      /** Query parameters that select the page in query-routed apps (`?page=integrations`). */
      queryParams: z.array(z.strictObject({ name: Phrase, valuePattern: RegexSource })).max(20),
    }),
    integrations: z
      .array(Integration)
      .max(500)
      .refine((list) => list.length > 0, refusal({ code: 'noStripeListed' })),
    /** Words allowed after a name in a tile title: "Stripe logo", "Stripe integration". */
    nameSuffixes: PhraseList,
    categories: PhraseList,
    statusWords: StatusPhrases,
    /** Words that flip a single status word that follows them: "no errors". */
    negationWords: PhraseList,
    /** Emoji and dingbats used as status marks: ✅ ⚠ ❌. */
    statusSymbols: StatusPhrases,
    classTokens: StatusPhrases,
    /** Colour names among the class tokens: trusted only on small status elements, never on the tile or its borders. */
    colourWordTokens: PhraseList,
    iconTokens: StatusPhrases,
    colours: z.strictObject({
      red: HueBand,
      green: HueBand,
      grey: GreyBand,
      /** Colours more transparent than this are no colour at all. */
      minAlpha: Unit,
    }),
    /** Recognise a tile when no list of same-shaped siblings shows it (a filtered list of one). */
    tileSelectorHints: SelectorList,
    /**
     * Attributes that tooltip scripts move a `title` into (Bootstrap's data-bs-original-title, tippy's
     * data-tippy-content): read like a title.
     */
    tooltipAttributes: z.array(AttributeName).max(50),
    /** Rank small elements as colour probes (status badges first); a hint never decides a status by itself. */
    statusElementHints: SelectorList,
    /** Mark a text block as a declared banner (otherwise it must be painted like one). */
    bannerSelectorHints: SelectorList,
    bannerWords: PhraseList,
    steps: z.strictObject({
      menuButtonNames: PhraseList,
      menuIconTokens: PhraseList,
      editMenuItemNames: PhraseList,
      gatewayModalTitles: PhraseList,
      modalSelectorHints: SelectorList,
      publishableKeyLabels: PhraseList,
      publishableKeyInputHints: SelectorList,
      connectWithStripeNames: PhraseList,
    }),
    /** One phrase list per row of lib/kartra/outcomes.ts, under its profile key. */
    outcomes: z.strictObject(
      Object.fromEntries(Object.values(KARTRA_OUTCOME_TABLE).map((row) => [row.profileKey, PhraseList])) as Record<OutcomeProfileKey, typeof PhraseList>,
    ),
    weights: z.strictObject({
      colourFill: Weight,
      colourText: Weight,
      colourBorder: Weight,
      greyFactor: Weight,
      classOnStatusElement: Weight,
      classOnTile: Weight,
      text: Weight,
      actionText: Weight,
      aria: Weight,
      icon: Weight,
      banner: Weight,
      /** Most one kind of evidence may add to one status, so ten grey borders do not outvote one red dot. */
      perKindCap: Weight,
    }),
    decision: z.strictObject({
      /** Below this total for the leading status the tile is 'unknown'. */
      minScore: Weight,
      /** The leader must have this many times the runner-up's score, otherwise 'unknown'. */
      dominanceRatio: z.number().min(1).max(20),
      /** Score at which confidence stops growing with more agreeing evidence. */
      fullConfidenceScore: z.number().min(0.1).max(20),
    }),
    limits: z.strictObject({
      maxNodes: Limit(2_000_000),
      maxTiles: Limit(50_000),
      maxNodesPerTile: Limit(10_000),
      maxColourProbesPerTile: Limit(100),
      maxNameTextLength: Limit(500),
      maxMessageTextLength: Limit(5_000),
    }),
  })
  .superRefine((profile, ctx) => {
    const stripes = profile.integrations.filter((i) => i.isStripe === true).length;
    if (stripes !== 1)
      ctx.addIssue({ code: 'custom', path: ['integrations'], ...refusal({ code: 'stripeCount', found: stripes }) });
  });

/** A validated site profile. */
export type SiteProfile = z.infer<typeof SiteProfileSchema>;

export type SiteProfileParseResult = ProfileParse<SiteProfile>;

/**
 * Parse a site profile override from JSON. The override is merged onto DEFAULT_SITE_PROFILE (objects merge, lists and
 * values replace) and the result validated, so an override may be as small as `{"version":1,"bannerWords":[…]}`.
 * Every problem is reported with its path: invalid JSON (line, column), wrong types, unknown keys (with a suggestion).
 * Never throws.
 */
export function parseSiteProfileOverride(json: string, base: SiteProfile = DEFAULT_SITE_PROFILE): SiteProfileParseResult {
  return parseProfileOverride(json, { version: SITE_PROFILE_VERSION, defaults: DEFAULT_SITE_PROFILE, schema: SiteProfileSchema, toErrors: toProfileErrors }, base);
}

function toProfileErrors(issue: z.core.$ZodIssue): ProfileError[] {
  const base = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(base);
    return issue.keys.map((key) => {
      const suggestion = closestKey(key, known);
      const problem = { code: 'unknownField' as const, known, ...(suggestion ? { suggestion } : {}) };
      return { path: formatPath([...base, key]), problem };
    });
  }
  return [{ path: formatPath(base), problem: problemOfIssue(issue) }];
}

/** The keys the default profile has at a path: the schema and the defaults share one shape. */
function knownKeysAt(path: readonly PropertyKey[]): string[] {
  let node: unknown = DEFAULT_SITE_PROFILE;
  for (const key of path) {
    if (Array.isArray(node)) node = node[0];
    else if (isPlainRecord(node) && typeof key === 'string') node = node[key];
    else return [];
  }
  if (Array.isArray(node)) node = node[0];
  const keys = isPlainRecord(node) ? Object.keys(node) : [];
  if (path.length === 0 && !keys.includes('revision')) keys.push('revision');
  if (path.length === 2 && path[0] === 'integrations' && !keys.includes('isStripe')) keys.push('isStripe');
  return keys;
}

function closestKey(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const candidate of known) {
    const d = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Number.POSITIVE_INFINITY;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? Number.POSITIVE_INFINITY;
}

/** Why a selector hint cannot be used, or undefined when its shape is fine (brackets, parentheses and quotes balance). */
export function selectorShapeProblem(selector: string): SelectorProblem | undefined {
  if (/[{};]/.test(selector)) return { code: 'bracesOrSemicolons' };
  if (/^\s*[,>+~]|[,>+~]\s*$/.test(selector)) return { code: 'edgeCombinator' };
  const closers: string[] = [];
  let quote: string | undefined;
  for (let i = 0; i < selector.length; i++) {
    const ch = selector[i] as string;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '\\') i++;
    else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[') closers.push(']');
    else if (ch === '(') closers.push(')');
    else if (ch === ']' || ch === ')') {
      if (closers.pop() !== ch) return { code: 'unexpectedCloser', char: ch, position: i + 1 };
    }
  }
  if (quote) return { code: 'unclosedQuote' };
  if (closers.length) return { code: 'missingCloser', char: closers[closers.length - 1] as string };
  return undefined;
}
