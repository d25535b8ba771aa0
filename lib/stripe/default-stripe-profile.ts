/**
 * The Stripe site profile this release ships with: the words the Stripe page readers look for, as data (the second
 * site profile, next to Kartra's lib/kartra/default-site-profile.ts). Patterns are regular-expression sources matched
 * (with the `u` flag) against `normalizeWords()` output: lower case, straight quotes, single spaces, arrows removed.
 * Each entry says why it is there. Validated by lib/stripe/stripe-profile.ts.
 */

export interface StripeWordRuleData {
  pattern: string;
  why: string;
}

/** The Stripe profile's shape (StripeProfileSchema in stripe-profile.ts is the validating twin). */
export interface StripeProfile {
  version: number;
  revision?: string | undefined;
  words: {
    connectButton: StripeWordRuleData[];
    cancelButton: StripeWordRuleData[];
    signIn: StripeWordRuleData[];
    publishableKeyLabels: StripeWordRuleData[];
    accountSwitcherLabels: StripeWordRuleData[];
    badges: StripeWordRuleData[];
    genericGroupLabels: StripeWordRuleData[];
    notAccountControls: StripeWordRuleData[];
  };
}

export const DEFAULT_STRIPE_PROFILE: StripeProfile = {
  version: 1,
  revision: '2025-11 initial',
  words: {
    /** The button that authorises the connection on Stripe's OAuth page. */
    connectButton: [
      { pattern: '^connect$', why: 'Help article, "In Stripe: 3. Click Connect".' },
      { pattern: '^connect (my |this |your )?(stripe )?account$', why: 'Longer label used on some OAuth pages.' },
      { pattern: '^connect to [a-z0-9].{0,40}$', why: 'Platform-named variant, e.g. "Connect to Kartra".' },
      { pattern: '^authori[sz]e( access)?( to this account)?$', why: 'Older OAuth page wording ("Authorize access to this account").' },
    ],
    /** Leaving Stripe's OAuth page without connecting (Stripe then redirects with error=access_denied). */
    cancelButton: [
      { pattern: '^cancel$', why: 'Plain cancel link or button.' },
      { pattern: '^(deny|decline)( access)?$', why: 'Older OAuth page wording.' },
      { pattern: '^(go )?back to [a-z0-9].{0,40}$', why: 'Platform-named exit, e.g. "Back to Kartra".' },
      { pattern: '^return to [a-z0-9].{0,40}$', why: 'Platform-named exit, e.g. "Return to Kartra".' },
      { pattern: "^(no,? )?(don't|do not) connect$", why: 'Explicit refusal wording.' },
    ],
    /** The submit button of Stripe's sign-in form (one-step or two-step). */
    signIn: [
      { pattern: '^(sign|log) ?in$', why: 'Stripe sign-in page.' },
      { pattern: '^(sign|log) ?in to (your )?(stripe )?account$', why: 'Longer sign-in label.' },
      { pattern: '^continue$', why: 'Two-step sign-in: email first, then password.' },
      { pattern: '^next$', why: 'Two-step sign-in variant.' },
    ],
    /** The label next to the publishable key on Developers > API keys. */
    publishableKeyLabels: [
      { pattern: '^publishable key$', why: 'Row label in the "Standard keys" table.' },
      { pattern: '^publishable$', why: 'Short column/row label seen in compact layouts.' },
    ],
    /** The dashboard's account switcher button (its accessible name, when it has one). */
    accountSwitcherLabels: [
      { pattern: '\\b(switch|change|select|choose) (an )?accounts?\\b', why: 'Accessible name of the switcher button.' },
      { pattern: '\\baccounts? (switcher|menu|picker|selector)\\b', why: 'Accessible name of the switcher button.' },
      { pattern: '^accounts?$', why: 'Terse accessible name.' },
    ],
    /** Text in a picker row or switcher that is a badge, not the account's name. */
    badges: [
      { pattern: '^(live|test|test mode|sandbox|live mode)$', why: 'Mode badges.' },
      { pattern: '^(default|current|selected|recommended|new|active|connected|ineligible|unavailable)$', why: 'Status badges.' },
      { pattern: '^(switch|change|select|choose) (an )?accounts?$', why: 'Switcher instructions.' },
      { pattern: '^[\\p{P}\\p{S}\\s]*$', why: 'Punctuation or symbols only.' },
    ],
    /** Labels of the picker as a whole, which say nothing about a profile. */
    genericGroupLabels: [
      { pattern: '^((select|choose|pick) )?(an |your |the )?(stripe )?accounts?( to connect)?$', why: 'Picker heading.' },
    ],
    /** Form controls that choose a language or region, never an account. */
    notAccountControls: [{ pattern: '\\b(language|locale|country|region|currency)\\b', why: 'Footer language/region pickers.' }],
  },
};
