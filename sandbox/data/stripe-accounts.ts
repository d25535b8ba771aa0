/**
 * The Stripe side of the story: one login holding three profiles and five accounts, with keys in the real formats
 * (see docs/quality.md "Stripe keys"). Generated from a fixed seed, so every sandbox instance and every run has the same ids.
 *
 * Each account plays a part in the help article's troubleshooting section:
 * - "Brightpath Academy" is the one originally connected to Kartra (the scenario can pick another);
 * - "Brightpath Coaching" has a near-identical name and is the dashboard's default: the easy wrong pick;
 * - "Brightpath Courses" already powers a second Stripe integration in Kartra → "Account already integrated";
 * - "Northwind Retreats" is controlled by another platform → "Ineligible account".
 */
import { alphanumeric, integerBetween, seededRandom } from './seeded-random.ts';

export interface StripeProfile {
  id: string;
  name: string;
}

export interface KeysOfOneFormat {
  livePublishable: string;
  testPublishable: string;
  /** Obviously fake: contains SANDBOXFAKE, never looks usable. */
  liveSecret: string;
  testSecret: string;
}

export interface StripeAccount {
  id: string;
  displayName: string;
  email: string;
  profileId: string;
  country: string;
  defaultCurrency: string;
  /** Connected to another platform that controls it: Stripe refuses a second read_write platform (June 2021 rule). */
  controlledByAnotherPlatform: boolean;
  keys: {
    /** `pk_live_51` + the 15 characters after `acct_1` + a random tail. */
    modern: KeysOfOneFormat;
    /** Pre-2019 style: `pk_live_` + 24 characters, no account id inside. */
    old: KeysOfOneFormat;
    /** What the online check would be given; always the modern `rk_…_51<id>` shape. */
    restricted: { live: string; test: string };
  };
}

export type KeyFormat = 'modern' | 'old';

export const STRIPE_LOGIN_EMAIL = 'jordan@brightpath.example';

export const STRIPE_PROFILES: readonly StripeProfile[] = Object.freeze([
  { id: 'profile-brightpath-media', name: 'Brightpath Media' },
  { id: 'profile-brightpath-courses', name: 'Brightpath Courses LLC' },
  { id: 'profile-jordan-lee', name: 'Jordan Lee' },
]);

const ACCOUNT_SEEDS = [
  { displayName: 'Brightpath Coaching', profileId: 'profile-brightpath-media', email: 'coaching@brightpath.example' },
  { displayName: 'Brightpath Academy', profileId: 'profile-brightpath-media', email: 'academy@brightpath.example' },
  { displayName: 'Brightpath Courses', profileId: 'profile-brightpath-courses', email: 'courses@brightpath.example' },
  { displayName: 'Jordan Lee Consulting', profileId: 'profile-jordan-lee', email: 'jordan@jordanlee.example' },
  { displayName: 'Northwind Retreats', profileId: 'profile-jordan-lee', email: 'hello@northwind.example', otherPlatform: true },
] as const;

export const STRIPE_ACCOUNTS: readonly StripeAccount[] = Object.freeze(
  ACCOUNT_SEEDS.map((seed) => Object.freeze(generateAccount(seed))),
);

function accountNamed(displayName: string): StripeAccount {
  const account = STRIPE_ACCOUNTS.find((a) => a.displayName === displayName);
  if (!account) throw new Error(`no sandbox account named ${displayName}`);
  return account;
}

/** The roles the default data gives to accounts; the scenario may choose another original. */
export const DEFAULT_ORIGINAL_ACCOUNT_ID = accountNamed('Brightpath Academy').id;
export const DEFAULT_ACTIVE_DASHBOARD_ACCOUNT_ID = accountNamed('Brightpath Coaching').id;
export const ALREADY_INTEGRATED_ACCOUNT_ID = accountNamed('Brightpath Courses').id;
export const OTHER_PLATFORM_ACCOUNT_ID = accountNamed('Northwind Retreats').id;

/** Kartra's platform id, as it would appear in its authorize URL. */
export const KARTRA_CLIENT_ID = `ca_${alphanumeric(seededRandom('kartra-client-id'), 32)}`;

/** Restricted keys with a fixed behaviour on the fake API (prefix match, so tests may append anything). */
export const SPECIAL_API_KEYS = Object.freeze({
  rateLimited: 'rk_test_ratelimitSANDBOX000000000000000000',
  noPermission: 'rk_test_nopermissionSANDBOX0000000000000',
  /** Well-formed but unknown: answers 401 like a revoked key. */
  unknown: `rk_test_51${alphanumeric(seededRandom('unknown-key'), 15)}${alphanumeric(seededRandom('unknown-tail'), 80)}`,
});
export const RATE_LIMITED_KEY_PREFIX = 'rk_test_ratelimit';
export const NO_PERMISSION_KEY_PREFIX = 'rk_test_nopermission';

export function findAccount(id: string): StripeAccount | undefined {
  return STRIPE_ACCOUNTS.find((a) => a.id === id);
}

export function accountsOfProfile(profileId: string): StripeAccount[] {
  return STRIPE_ACCOUNTS.filter((a) => a.profileId === profileId);
}

export function findAccountByRestrictedKey(key: string): StripeAccount | undefined {
  return STRIPE_ACCOUNTS.find((a) => a.keys.restricted.live === key || a.keys.restricted.test === key);
}

function generateAccount(seed: { displayName: string; profileId: string; email: string; otherPlatform?: boolean }): StripeAccount {
  const random = seededRandom(`stripe-account:${seed.displayName}`);
  const segment = alphanumeric(random, 15);
  // Real tails vary in length; so do ours, so nobody assumes one.
  const tail = () => alphanumeric(random, integerBetween(random, 78, 86));
  const old = () => alphanumeric(random, 24);
  return {
    id: `acct_1${segment}`,
    displayName: seed.displayName,
    email: seed.email,
    profileId: seed.profileId,
    country: 'US',
    defaultCurrency: 'usd',
    controlledByAnotherPlatform: seed.otherPlatform === true,
    keys: {
      modern: {
        livePublishable: `pk_live_51${segment}${tail()}`,
        testPublishable: `pk_test_51${segment}${tail()}`,
        liveSecret: `sk_live_51${segment}SANDBOXFAKE${alphanumeric(random, 40)}`,
        testSecret: `sk_test_51${segment}SANDBOXFAKE${alphanumeric(random, 40)}`,
      },
      old: {
        livePublishable: `pk_live_${old()}`,
        testPublishable: `pk_test_${old()}`,
        liveSecret: `sk_live_SANDBOXFAKE${alphanumeric(random, 13)}`,
        testSecret: `sk_test_SANDBOXFAKE${alphanumeric(random, 13)}`,
      },
      restricted: {
        live: `rk_live_51${segment}${tail()}`,
        test: `rk_test_51${segment}${tail()}`,
      },
    },
  };
}
