/**
 * Where Stripe sends the user back. Kartra checks the `state` it minted, redeems the code (single use, 5 minutes,
 * as at Stripe), judges the outcome, remembers it, and lands the user on Settings > Integrations where the banner
 * tells them. A reload keeps the tile's new status: it is server state.
 */
import type { ServerResponse } from 'node:http';
import { findAccount } from '../data/stripe-accounts.ts';
import { redirect } from '../http/respond.ts';
import type { SandboxContext } from '../sandbox-context.ts';
import type { SandboxState } from '../state/sandbox-state.ts';
import { decideOutcome, reportOf, type OutcomeKind } from './connect-outcome.ts';
import { findIntegration, stripeAccountOf, stripeAccountsUsedElsewhere } from './kartra-integrations.ts';

const STATE_LIFETIME_MS = 60 * 60 * 1000;
export const CODE_LIFETIME_MS = 5 * 60 * 1000;

export function finishStripeConnect(ctx: SandboxContext, res: ServerResponse, query: URLSearchParams): void {
  const state = ctx.state;
  const pending = takeOnce(state.oauthStates, query.get('state'));
  const forced = state.scenario.outcome;
  let kind: OutcomeKind;
  let accountId: string | null = null;

  if (!pending || Date.now() - pending.issuedAt > STATE_LIFETIME_MS) {
    kind = 'invalid-request';
  } else {
    const code = takeOnce(state.authorizationCodes, query.get('code'));
    accountId = code?.accountId ?? null;
    if (forced !== 'auto') kind = forced;
    else if (query.has('error')) kind = query.get('error') === 'access_denied' ? 'denied' : 'invalid-request';
    else if (!code || Date.now() - code.issuedAt > CODE_LIFETIME_MS) kind = 'invalid-request';
    else kind = judgeChosenAccount(state, pending.integration, code.accountId);
  }

  const integration = pending?.integration ?? null;
  const wasForced = pending !== undefined && forced !== 'auto';
  if (wasForced) state.scenario = { ...state.scenario, outcome: 'auto' };
  if (kind === 'success' && integration) state.statusOverrides.set(integration, 'connected');
  const report = reportOf(kind, { integration, accountId, forced: wasForced });
  state.flash = report;
  state.outcomes.push(report);
  redirect(res, '/integrations');
}

function judgeChosenAccount(state: SandboxState, slug: string, chosenAccountId: string): OutcomeKind {
  const integration = findIntegration(state, slug);
  return decideOutcome({
    forced: 'auto',
    chosenAccountId,
    chosenIsControlledByAnotherPlatform: findAccount(chosenAccountId)?.controlledByAnotherPlatform ?? false,
    originalAccountId: integration ? stripeAccountOf(state, integration)?.id : undefined,
    accountsUsedElsewhere: stripeAccountsUsedElsewhere(state, slug),
  });
}

/** Single use: whatever the outcome, a state or code cannot be replayed. */
function takeOnce<T>(map: Map<string, T>, key: string | null): T | undefined {
  if (key === null) return undefined;
  const value = map.get(key);
  map.delete(key);
  return value;
}
