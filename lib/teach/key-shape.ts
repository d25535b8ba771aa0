/**
 * What teach mode must never take from a page: anything shaped like a Stripe key, account id or other credential.
 * A taught change holds only the words it adds; these are refused where a change is derived (the picker), where it
 * is accepted (the background) and where one is exported.
 */

// pk_/sk_/rk_ keys with a mode, webhook secrets, account ids: anywhere, glued to other text or not ("Keypk_live_…").
// Without a mode, only at a word's start: "desk_top" and "network_id" are words, and an old modeless key is long.
const STRIPE_SHAPES = /(?:pk|sk|rk)_(?:live|test)_|(?:^|[^a-z\d])(?:pk|sk|rk)_|whsec_|acct_/i;
// A long unbroken run of letters and digits is a token of some kind (or a key missing its prefix), never a label.
const LONG_TOKEN = /[A-Za-z0-9_\-+/=]{24,}/;

export function isKeyShaped(text: string): boolean {
  return STRIPE_SHAPES.test(text) || LONG_TOKEN.test(text);
}
