/**
 * The words the Stripe page readers look for, compiled from the Stripe site profile (default-stripe-profile.ts, data
 * validated by stripe-profile.ts). A Stripe redesign is a data change there (and a failing fixture test) rather than
 * a hunt through code. Patterns match `normalizeWords()` output: lower case, straight quotes, single spaces, arrows
 * removed.
 */
import { DEFAULT_STRIPE_PROFILE, type StripeProfile, type StripeWordRuleData } from './default-stripe-profile';
import { buildPattern, testPattern } from '../profile-pattern';

export interface WordRule {
  readonly pattern: RegExp;
  readonly why: string;
}

/** The profile's word lists as ready-to-run rules. */
export type StripeWords = { readonly [K in keyof StripeProfile['words']]: readonly WordRule[] };

/** Compile a (validated) Stripe profile's word lists. Every pattern runs with the `u` flag, as validation tried it. */
export function compileStripeWords(profile: StripeProfile): StripeWords {
  const compile = (rules: readonly StripeWordRuleData[]): WordRule[] => rules.map(({ pattern, why }) => ({ pattern: buildPattern(pattern, 'u'), why }));
  const w = profile.words;
  return {
    connectButton: compile(w.connectButton),
    cancelButton: compile(w.cancelButton),
    signIn: compile(w.signIn),
    publishableKeyLabels: compile(w.publishableKeyLabels),
    accountSwitcherLabels: compile(w.accountSwitcherLabels),
    badges: compile(w.badges),
    genericGroupLabels: compile(w.genericGroupLabels),
    notAccountControls: compile(w.notAccountControls),
  };
}

const DEFAULT_WORDS = compileStripeWords(DEFAULT_STRIPE_PROFILE);

/** The button that authorises the connection on Stripe's OAuth page. */
export const CONNECT_BUTTON_WORDS: readonly WordRule[] = DEFAULT_WORDS.connectButton;
/** Leaving Stripe's OAuth page without connecting (Stripe then redirects with error=access_denied). */
export const CANCEL_BUTTON_WORDS: readonly WordRule[] = DEFAULT_WORDS.cancelButton;
/** The submit button of Stripe's sign-in form (one-step or two-step). */
export const SIGN_IN_WORDS: readonly WordRule[] = DEFAULT_WORDS.signIn;
/** The label next to the publishable key on Developers > API keys. */
export const PUBLISHABLE_KEY_LABELS: readonly WordRule[] = DEFAULT_WORDS.publishableKeyLabels;
/** The dashboard's account switcher button (its accessible name, when it has one). */
export const ACCOUNT_SWITCHER_LABELS: readonly WordRule[] = DEFAULT_WORDS.accountSwitcherLabels;
/** Text in a picker row or switcher that is a badge, not the account's name. */
export const BADGE_WORDS: readonly WordRule[] = DEFAULT_WORDS.badges;
/** Labels of the picker as a whole, which say nothing about a profile. */
export const GENERIC_GROUP_LABELS: readonly WordRule[] = DEFAULT_WORDS.genericGroupLabels;
/** Form controls that choose a language or region, never an account. */
export const NOT_ACCOUNT_CONTROL_WORDS: readonly WordRule[] = DEFAULT_WORDS.notAccountControls;

/** Does normalized text match any rule? */
export function matchesAny(normalizedText: string, rules: readonly WordRule[]): boolean {
  return rules.some((rule) => testPattern(rule.pattern, normalizedText));
}
