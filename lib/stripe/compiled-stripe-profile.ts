/**
 * The Stripe site profile (default-stripe-profile.ts, validated by stripe-profile.ts) turned into ready-to-run rules for
 * the Stripe page readers. Every reader takes one of these, so a Stripe redesign is a data change (an override on the
 * options page, or a new built-in profile), never a hunt through code. Word patterns match `normalizeWords()` output:
 * lower case, straight quotes, single spaces, arrows removed. No zod here: the Stripe content script compiles what the
 * background already validated.
 */
import { buildPattern, testPattern } from '../profile-pattern';
import type { StripeProfile, StripeWordRuleData } from './default-stripe-profile';

export interface WordRule {
  readonly pattern: RegExp;
  readonly why: string;
}

type Compiled<T> = { readonly [K in keyof T]: readonly WordRule[] };

export interface CompiledStripeProfile {
  readonly words: Compiled<StripeProfile['words']>;
  readonly hints: Compiled<StripeProfile['hints']>;
  readonly urls: Compiled<StripeProfile['urls']>;
}

function compileSection<T extends Record<string, StripeWordRuleData[]>>(section: T): Compiled<T> {
  const out: Record<string, WordRule[]> = {};
  for (const [name, rules] of Object.entries(section)) out[name] = rules.map(({ pattern, why }) => ({ pattern: buildPattern(pattern, 'u'), why }));
  return out as Compiled<T>;
}

/** Compile a (validated) Stripe profile. Every pattern runs with the `u` flag, as validation tried it. Throws on a
 *  pattern that does not compile, so a caller holding an unvalidated profile must catch. */
export function compileStripeProfile(profile: StripeProfile): CompiledStripeProfile {
  return { words: compileSection(profile.words), hints: compileSection(profile.hints), urls: compileSection(profile.urls) };
}

/** Does the text match any rule? (Text past the pattern builder's length cap never matches.) */
export function matchesAny(text: string, rules: readonly WordRule[]): boolean {
  return rules.some((rule) => testPattern(rule.pattern, text));
}
