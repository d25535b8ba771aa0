/**
 * `GET /__sandbox/state`: everything a test needs to compute what it should see, so no test hard-codes an account id,
 * a key or a status. Read-only: a snapshot, not the live objects.
 */
import { INTEGRATIONS_CATALOG } from '../data/integrations-catalog.ts';
import {
  ALREADY_INTEGRATED_ACCOUNT_ID,
  KARTRA_CLIENT_ID,
  OTHER_PLATFORM_ACCOUNT_ID,
  SPECIAL_API_KEYS,
  STRIPE_ACCOUNTS,
  STRIPE_LOGIN_EMAIL,
  STRIPE_PROFILES,
  accountsOfProfile,
} from '../data/stripe-accounts.ts';
import { integrationsOnPage, isStripeIntegration, publishableKeyShown, statusOf, stripeAccountOf } from '../kartra/kartra-integrations.ts';
import { kartraCallbackUrl, type SandboxContext } from '../sandbox-context.ts';

export function stateSnapshot(ctx: SandboxContext) {
  const { state } = ctx;
  const { scenario } = state;
  const integrationsUsing = (accountId: string) =>
    INTEGRATIONS_CATALOG.filter((i) => isStripeIntegration(i) && stripeAccountOf(state, i)?.id === accountId).map((i) => i.slug);
  return {
    origins: ctx.origins,
    scenario: { ...scenario, red: [...scenario.red], unreadable: [...scenario.unreadable], unfamiliar: [...scenario.unfamiliar] },
    stripe: {
      loginEmail: STRIPE_LOGIN_EMAIL,
      signedInAs: scenario.loggedIn ? state.stripeEmail : null,
      clientId: KARTRA_CLIENT_ID,
      redirectUri: kartraCallbackUrl(ctx),
      dashboardAccountId: state.dashboardAccountId,
      profiles: STRIPE_PROFILES.map((p) => ({ id: p.id, name: p.name, accountIds: accountsOfProfile(p.id).map((a) => a.id) })),
      accounts: STRIPE_ACCOUNTS.map((account) => ({
        id: account.id,
        displayName: account.displayName,
        email: account.email,
        profileId: account.profileId,
        controlledByAnotherPlatform: account.controlledByAnotherPlatform,
        usedByKartraIntegrations: integrationsUsing(account.id),
        /** The keys the dashboard and Kartra show under the current scenario's `keys` format. */
        currentKeys: account.keys[scenario.keys],
        keys: account.keys,
      })),
      specialApiKeys: SPECIAL_API_KEYS,
      pendingAuthorizationCodes: state.authorizationCodes.size,
    },
    kartra: {
      tileCount: scenario.tiles,
      integrations: INTEGRATIONS_CATALOG.map((integration) => ({
        slug: integration.slug,
        name: integration.name,
        nickname: integration.nickname ?? null,
        category: integration.category,
        status: statusOf(state, integration),
        onPage: integrationsOnPage(state).some((i) => i.slug === integration.slug),
        stripeAccountId: isStripeIntegration(integration) ? (stripeAccountOf(state, integration)?.id ?? null) : null,
        publishableKey: isStripeIntegration(integration) ? (publishableKeyShown(state, integration) ?? null) : null,
      })),
      pendingOAuthStates: state.oauthStates.size,
      pendingOutcomeBanner: state.flash,
      outcomes: state.outcomes,
    },
    /** The roles the accounts play in the help article's troubleshooting list, for the main Stripe integration. */
    expected: {
      originalAccountId: scenario.original,
      originalPublishableKey: STRIPE_ACCOUNTS.find((a) => a.id === scenario.original)?.keys[scenario.keys].livePublishable ?? null,
      ineligibleAccountId: OTHER_PLATFORM_ACCOUNT_ID,
      alreadyIntegratedAccountId: ALREADY_INTEGRATED_ACCOUNT_ID,
      mismatchAccountIds: STRIPE_ACCOUNTS.map((a) => a.id).filter(
        (id) => id !== scenario.original && id !== OTHER_PLATFORM_ACCOUNT_ID && id !== ALREADY_INTEGRATED_ACCOUNT_ID,
      ),
    },
  };
}

export type StateSnapshot = ReturnType<typeof stateSnapshot>;
