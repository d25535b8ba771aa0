/**
 * A site profile turned into ready-to-run matchers: regexes and phrase tables built once per reader call, so the
 * per-node work in a page walk is one length check and one anchored regex test.
 */
import type { SiteProfile } from './site-profile.ts';
import { KARTRA_OUTCOME_TABLE, KARTRA_OUTCOMES, type KartraOutcome } from './outcomes.ts';
import { normalizeText, wordsOf } from '../dom/text.ts';
import { compilePhrases, escapeRegExp, flexiblePhraseSource, type PhraseMatcher } from './text-match.ts';

/** What a tile says about itself. */
export type IntegrationStatus = 'needs-attention' | 'connected' | 'not-configured' | 'unknown';
/** A status a piece of evidence can point at. */
export type EvidenceStatus = Exclude<IntegrationStatus, 'unknown'>;
/** Kartra's outcome notices after a reconnect attempt. */
export type { KartraOutcome } from './outcomes.ts';

export interface CompiledProfile {
  readonly profile: SiteProfile;
  /** Anchored: the whole text is one integration name (+ allowed suffix or short label). Group 1 is the alias. */
  readonly nameText: RegExp;
  readonly aliasToIntegration: ReadonlyMap<string, number>;
  readonly stripeIndex: number;
  /** Unanchored: mentions any Stripe alias as a word. */
  readonly stripeMention: RegExp;
  /** Per integration (by index), unanchored: mentions its name or an alias as a word; undefined when it has none. */
  readonly integrationMentions: readonly (RegExp | undefined)[];
  /** Unanchored prefilter for texts worth a second look: outcome notices, banner words, Stripe mentions. */
  readonly messageText: RegExp;
  readonly statusWords: PhraseMatcher<EvidenceStatus>;
  /** Cheap test: does a text contain any word of any status phrase? Most texts do not, and skip the word split. */
  readonly statusWordPrefilter: RegExp;
  /** Categories as normalised text, for a direct lookup. */
  readonly categoryTexts: ReadonlySet<string>;
  readonly statusSymbols: readonly { symbol: string; status: EvidenceStatus }[];
  /** data-* attributes that may say a status: data-status and its kin, and the profile's tooltip attributes. */
  readonly statusDataAttributes: ReadonlySet<string>;
  readonly tooltipAttributes: ReadonlySet<string>;
  readonly classTokens: PhraseMatcher<EvidenceStatus>;
  readonly colourWordTokens: ReadonlySet<string>;
  readonly iconTokens: PhraseMatcher<EvidenceStatus>;
  readonly bannerWords: PhraseMatcher<true>;
  readonly outcomes: readonly { outcome: KartraOutcome; phrase: string }[];
  readonly minAliasLength: number;
  /** First three characters (lower case, as integers) of every alias: see mayStartWithAlias. */
  readonly aliasPrefixCodes: ReadonlySet<number>;
}

/** Compile a profile. Pure; cheap enough to run per call (a few hundred phrases). */
export function compileProfile(profile: SiteProfile): CompiledProfile {
  const aliasToIntegration = new Map<string, number>();
  const aliasSources: string[] = [];
  let stripeIndex = -1;
  const stripeAliasSources: string[] = [];
  profile.integrations.forEach((integration, index) => {
    if (integration.isStripe === true) stripeIndex = index;
    for (const alias of new Set([integration.name, ...integration.aliases])) {
      const key = normalizeText(alias);
      if (!key || aliasToIntegration.has(key)) continue;
      aliasToIntegration.set(key, index);
      aliasSources.push(flexiblePhraseSource(alias));
      if (integration.isStripe === true) stripeAliasSources.push(flexiblePhraseSource(alias));
    }
  });
  // Longest first so "Stripe Connect" is taken whole rather than as "Stripe" + label.
  aliasSources.sort((a, b) => b.length - a.length);
  const suffixes = profile.nameSuffixes.map(flexiblePhraseSource).filter(Boolean);
  const suffix = suffixes.length ? `(?:\\s+(?:${suffixes.join('|')}))?` : '';
  // A short label after a separator: "Stripe (legacy)", "Stripe – Main account", "Stripe #2".
  const label = '(\\s*[-\\u2013\\u2014\\u00B7\\u2022:|/#(\\[][^\\n]{0,40})?';
  const edge = '[\\s"\'\\u2018\\u2019\\u201C\\u201D()\\[\\].:!*]*';
  const nameText = new RegExp(`^${edge}(${aliasSources.join('|') || '(?!)'})${suffix}${label}${edge}$`, 'iu');

  const stripeMention = mentionPattern(stripeAliasSources) ?? /(?!)/;
  const integrationMentions = profile.integrations.map((integration) =>
    mentionPattern([integration.name, ...integration.aliases].map(flexiblePhraseSource).filter(Boolean)),
  );

  const outcomes: { outcome: KartraOutcome; phrase: string }[] = [];
  const addOutcome = (outcome: KartraOutcome, phrases: readonly string[]): void => {
    for (const phrase of phrases) outcomes.push({ outcome, phrase: wordsOf(phrase).join(' ') });
  };
  for (const outcome of KARTRA_OUTCOMES) addOutcome(outcome, profile.outcomes[KARTRA_OUTCOME_TABLE[outcome].profileKey]);

  const messageSources = [
    ...outcomes.map((o) => o.phrase),
    ...profile.bannerWords,
    ...profile.integrations.filter((i) => i.isStripe === true).flatMap((i) => [i.name, ...i.aliases]),
  ]
    .map(flexiblePhraseSource)
    .filter(Boolean);
  const messageText = new RegExp(messageSources.join('|') || '(?!)', 'iu');

  const statusLists = <T extends { needsAttention: readonly string[]; connected: readonly string[]; notConfigured: readonly string[] }>(lists: T) => [
    { label: 'needs-attention' as const, phrases: lists.needsAttention },
    { label: 'connected' as const, phrases: lists.connected },
    { label: 'not-configured' as const, phrases: lists.notConfigured },
  ];

  const statusSymbols: { symbol: string; status: EvidenceStatus }[] = [];
  for (const { label: status, phrases } of statusLists(profile.statusSymbols))
    for (const symbol of phrases) statusSymbols.push({ symbol: symbol.trim(), status });

  const statusWordList = [...new Set(
    [...profile.statusWords.needsAttention, ...profile.statusWords.connected, ...profile.statusWords.notConfigured].flatMap(wordsOf),
  )].map(escapeRegExp);
  const statusWordPrefilter = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${statusWordList.join('|') || '(?!)'})(?:$|[^\\p{L}\\p{N}])`, 'iu');

  return {
    profile,
    nameText,
    statusWordPrefilter,
    categoryTexts: new Set(profile.categories.map(normalizeText)),
    aliasToIntegration,
    stripeIndex,
    stripeMention,
    integrationMentions,
    messageText,
    statusWords: compilePhrases(statusLists(profile.statusWords), profile.negationWords),
    statusSymbols,
    statusDataAttributes: new Set(['data-status', 'data-state', 'data-health', ...profile.tooltipAttributes]),
    tooltipAttributes: new Set(profile.tooltipAttributes),
    classTokens: compilePhrases(statusLists(profile.classTokens), profile.negationWords),
    colourWordTokens: new Set(profile.colourWordTokens.flatMap(wordsOf)),
    iconTokens: compilePhrases(statusLists(profile.iconTokens), profile.negationWords),
    bannerWords: compilePhrases([{ label: true as const, phrases: profile.bannerWords }]),
    outcomes,
    minAliasLength: Math.max(1, Math.min(...[...aliasToIntegration.keys()].map((k) => k.length))),
    aliasPrefixCodes: aliasPrefixKeys(profile.integrations.flatMap((i) => [i.name, ...i.aliases])),
  };
}

/** A text mentions one of these phrase sources as a whole word (not inside another word); undefined for none. */
function mentionPattern(sources: readonly string[]): RegExp | undefined {
  if (!sources.length) return undefined;
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${sources.join('|')})(?:$|[^\\p{L}\\p{N}])`, 'iu');
}

/** Which integration a text names, if the whole text is a name. */
export function integrationNamedBy(text: string, compiled: CompiledProfile): number | undefined {
  if (text.length > compiled.profile.limits.maxNameTextLength) return undefined;
  // Most texts are ruled out by their first three letters (an integer Set lookup) before the name regex runs.
  if (!mayStartWithAlias(text, compiled.aliasPrefixCodes)) return undefined;
  const match = compiled.nameText.exec(text);
  if (!match) return undefined;
  const label = match[2];
  // "Stripe: needs attention" is a status line, not a title.
  if (label) {
    const words = wordsOf(label);
    if (words.length && (hasAny(words, compiled.statusWords) || hasAny(words, compiled.bannerWords))) return undefined;
  }
  return compiled.aliasToIntegration.get(normalizeText(match[1] ?? ''));
}

/** The characters the name regex allows around a name (keep in step with `edge` in compileProfile). */
const NAME_EDGE_CODES = new Set([0x20, 0x09, 0x0a, 0x0d, 0x0c, 0x0b, 0xa0, 0x22, 0x27, 0x2018, 0x2019, 0x201c, 0x201d, 0x28, 0x29, 0x5b, 0x5d, 0x2e, 0x3a, 0x21, 0x2a]);
const OTHER_SPACE = /\s/;

function lowerCode(text: string, i: number): number {
  const code = i < text.length ? text.charCodeAt(i) : 0;
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

/** Index of the first character that is not an edge character, or text.length. */
function firstNameChar(text: string): number {
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (!NAME_EDGE_CODES.has(code) && !(code > 0x7f && OTHER_SPACE.test(text[i] as string))) break;
    i++;
  }
  return i;
}

/**
 * Can the text start with an alias? Compares integer keys of its first one, two and three lower-cased characters
 * with the aliases' keys: no allocation, so it can run on every short text node of a 100k-node page. (Non-ASCII
 * letters are keyed as they are on both sides, so the two agree.)
 */
function mayStartWithAlias(text: string, keys: ReadonlySet<number>): boolean {
  const i = firstNameChar(text);
  if (i >= text.length) return false;
  const a = lowerCode(text, i);
  const ab = a * 0x10000 + lowerCode(text, i + 1);
  const abc = ab * 0x10000 + lowerCode(text, i + 2);
  return keys.has(abc) || keys.has(ab) || keys.has(a);
}

/** Keys of every alias's first (up to) three characters, for mayStartWithAlias. */
function aliasPrefixKeys(aliases: Iterable<string>): Set<number> {
  const keys = new Set<number>();
  for (const alias of aliases) {
    const i = firstNameChar(alias);
    const letters = alias.length - i;
    if (letters <= 0) continue;
    const a = lowerCode(alias, i);
    const ab = a * 0x10000 + lowerCode(alias, i + 1);
    const abc = ab * 0x10000 + lowerCode(alias, i + 2);
    keys.add(letters >= 3 ? abc : letters === 2 ? ab : a);
  }
  return keys;
}

function hasAny<L>(words: readonly string[], matcher: PhraseMatcher<L>): boolean {
  for (const w of words) if (matcher.byFirstWord.has(w)) return true;
  return false;
}

/** Classify a message text as one of Kartra's outcome notices. Errors win over success if a text somehow has both. */
export function outcomeOfText(text: string, compiled: CompiledProfile): KartraOutcome | undefined {
  const normalized = ` ${wordsOf(text).join(' ')} `;
  let success = false;
  for (const { outcome, phrase } of compiled.outcomes) {
    if (!normalized.includes(` ${phrase} `)) continue;
    if (outcome !== 'success') return outcome;
    success = true;
  }
  return success ? 'success' : undefined;
}
