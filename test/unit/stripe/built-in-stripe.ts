/** The built-in Stripe profile, compiled the way the Stripe content script compiles what the background answers. */
import { compileStripeProfile } from '../../../lib/stripe/compiled-stripe-profile';
import { DEFAULT_STRIPE_PROFILE } from '../../../lib/stripe/default-stripe-profile';

export const STRIPE = compileStripeProfile(DEFAULT_STRIPE_PROFILE);
