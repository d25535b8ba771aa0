/**
 * Everything one sandbox instance remembers. Each `startSandbox()` owns one of these, so parallel test files never see
 * each other's clicks; nothing mutable lives at module level.
 */
import { DEFAULT_ACTIVE_DASHBOARD_ACCOUNT_ID, STRIPE_LOGIN_EMAIL } from '../data/stripe-accounts.ts';
import type { ConnectOutcomeReport } from '../kartra/connect-outcome.ts';
import { defaultScenario, type Scenario, type ScenarioPatch } from './scenario.ts';

export type IntegrationStatus = 'connected' | 'attention' | 'not-configured';

export interface PendingOAuthState {
  /** Which Kartra integration asked to be (re)connected. */
  integration: string;
  issuedAt: number;
}

export interface AuthorizationCode {
  accountId: string;
  scope: string;
  issuedAt: number;
}

export interface SandboxState {
  scenario: Scenario;
  /** Email typed at sign-in (or the default login when the scenario signs the user in). */
  stripeEmail: string;
  /** The account the Stripe dashboard shows; the switcher changes it. */
  dashboardAccountId: string;
  /** Status changes made by using the app (a successful reconnect, a disconnect); they win over the scenario. */
  statusOverrides: Map<string, IntegrationStatus>;
  /** `state` values Kartra handed to Stripe and has not seen come back yet. */
  oauthStates: Map<string, PendingOAuthState>;
  /** Codes Stripe issued and nobody redeemed yet, and the account each one is for. */
  authorizationCodes: Map<string, AuthorizationCode>;
  /** The outcome banner waiting for the next Integrations page load (shown once, like a flash message). */
  flash: ConnectOutcomeReport | null;
  /** Every outcome Kartra decided, oldest first, for tests to read. */
  outcomes: ConnectOutcomeReport[];
}

export function createSandboxState(): SandboxState {
  return {
    scenario: defaultScenario(),
    stripeEmail: STRIPE_LOGIN_EMAIL,
    dashboardAccountId: DEFAULT_ACTIVE_DASHBOARD_ACCOUNT_ID,
    statusOverrides: new Map(),
    oauthStates: new Map(),
    authorizationCodes: new Map(),
    flash: null,
    outcomes: [],
  };
}

/**
 * Merge a patch into the scenario. Changing what defines the integrations (`red`, `original`, `keys`) also forgets
 * the changes made by using the app, so the page shows exactly what was asked for; `tiles`, `delay` and the rest
 * leave them alone, so a test may reload with `?delay=0` after a reconnect and still see it.
 */
export function applyScenarioPatch(state: SandboxState, patch: ScenarioPatch): void {
  if (patch.red !== undefined || patch.original !== undefined || patch.keys !== undefined) {
    state.statusOverrides.clear();
    state.flash = null;
  }
  if (patch.loggedIn === true && !state.scenario.loggedIn) state.stripeEmail = STRIPE_LOGIN_EMAIL;
  state.scenario = { ...state.scenario, ...patch };
}
