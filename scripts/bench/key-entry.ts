/** What the key-parser section runs in Node (bundled: the stripe modules import without file extensions). */
export { parseStripeKey } from '../../lib/stripe/stripe-key.ts';
export { compareKeys } from '../../lib/stripe/compare-keys.ts';
