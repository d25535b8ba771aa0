/** Whatever the pages report and the agent clicks, in any order, the guide stays a valid, storable guide. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AccountVerdictSchema,
  GuideStateSchema,
  HISTORY_LIMIT,
  parseStoredGuide,
  type GuideState,
} from '../../../lib/guide/guide-state';
import { applyCommand, applyObservation, describeProgress, startGuide, type ObservationContext } from '../../../lib/guide/machine';
import { STEP_IDS } from '../../../lib/guide/steps';
import {
  GuideCommandSchema,
  IntegrationStatusSchema,
  KartraOutcomeSchema,
  ObservationSchema,
  type GuideCommand,
  type GuideObservation,
} from '../../../lib/protocol';
import { guideAt, KEY, T0 } from './fixtures';

const name = fc.oneof(fc.constantFrom('Stripe', 'stripe', 'PayPal', '', '<img src=x onerror=alert(1)>'), fc.string({ maxLength: 80 }));
const key = fc.option(fc.oneof(fc.constantFrom(KEY, 'pk_test_TYooMQauvdEDq54NiTphI7jx', 'sk_live_secret', ' pk_live_ x'), fc.string({ maxLength: 255 })), { nil: undefined });
const account = fc.record(
  {
    name: fc.string({ maxLength: 120 }),
    accountId: fc.option(fc.string({ maxLength: 64 }), { nil: undefined }),
    profile: fc.option(fc.string({ maxLength: 120 }), { nil: undefined }),
    selected: fc.boolean(),
  },
  { requiredKeys: ['name', 'selected'] },
);

const observation: fc.Arbitrary<GuideObservation> = fc.oneof(
  fc.record({ kind: fc.constant('integrations-page' as const), stripeStatus: fc.constantFrom(...IntegrationStatusSchema.options, 'absent' as const) }),
  fc.record({ kind: fc.constant('tile-menu-opened' as const), integration: name }),
  fc.record({ kind: fc.constant('edit-modal-opened' as const), integration: name, publishableKey: key, byAgent: fc.boolean() }, { requiredKeys: ['kind', 'integration', 'byAgent'] }),
  fc.constant({ kind: 'connect-with-stripe-clicked' as const }),
  fc.constant({ kind: 'stripe-login-shown' as const }),
  fc.record({ kind: fc.constant('stripe-picker-shown' as const), accounts: fc.array(account, { maxLength: 5 }) }),
  fc.record({ kind: fc.constant('stripe-account-selected' as const), account }),
  fc.constant({ kind: 'stripe-connect-clicked' as const }),
  fc.constant({ kind: 'stripe-cancel-clicked' as const }),
  fc.record({ kind: fc.constant('stripe-error-page' as const), error: fc.string({ maxLength: 80 }), description: fc.string({ maxLength: 500 }) }),
  fc.record(
    {
      kind: fc.constant('kartra-redirect' as const),
      result: fc.constantFrom('code' as const, 'error' as const),
      error: fc.option(fc.oneof(fc.constant('access_denied'), fc.string({ maxLength: 80 })), { nil: undefined }),
    },
    { requiredKeys: ['kind', 'result'] },
  ),
  fc.record({ kind: fc.constant('kartra-outcome' as const), outcome: fc.constantFrom(...KartraOutcomeSchema.options) }),
  fc.record(
    {
      kind: fc.constant('stripe-dashboard' as const),
      accountId: fc.option(fc.string({ maxLength: 64 }), { nil: undefined }),
      accountName: fc.option(fc.string({ maxLength: 120 }), { nil: undefined }),
      publishableKey: key,
    },
    { requiredKeys: ['kind'] },
  ),
);

const ctx: fc.Arbitrary<ObservationContext> = fc.record(
  {
    now: fc.oneof(fc.integer({ min: 0, max: 4_000_000_000_000 }), fc.constantFrom(Number.NaN, -1, Number.POSITIVE_INFINITY)),
    tabId: fc.oneof(fc.constantFrom(11, 22, 33), fc.integer({ min: -5, max: 2 ** 31 + 5 })),
    accountVerdict: fc.option(fc.constantFrom(...AccountVerdictSchema.options), { nil: undefined }),
    site: fc.option(fc.constantFrom('kartra-app' as const, 'stripe-connect' as const, 'stripe-dashboard' as const), { nil: undefined }),
  },
  { requiredKeys: ['now', 'tabId'] },
);

type Event = { type: 'observation'; observation: GuideObservation; ctx: ObservationContext } | { type: 'command'; command: GuideCommand; now: number };

const event: fc.Arbitrary<Event> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ type: fc.constant('observation' as const), observation, ctx }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('command' as const),
      command: fc.constantFrom(...GuideCommandSchema.options),
      now: fc.oneof(fc.integer({ min: 0, max: 4_000_000_000_000 }), fc.constant(Number.NaN)),
    }),
  },
);

const initial: fc.Arbitrary<GuideState> = fc.oneof(
  fc.constant(startGuide({ id: 'p', integration: 'Stripe', tabId: 11, now: T0 })),
  fc.record({ step: fc.constantFrom(...STEP_IDS), status: fc.constantFrom('active' as const, 'done' as const, 'dismissed' as const) }).map(
    ({ step, status }) => {
      if (status !== 'done') return guideAt(step, { status });
      // A done guide got there by success, possibly reviewing an earlier step since.
      const finished = guideAt('after-reconnect');
      return { ...finished, stepId: step === 'troubleshoot' ? 'after-reconnect' : step, status, outcome: 'success' as const, completed: { ...finished.completed, 'after-reconnect': T0 } };
    },
  ),
);

function apply(state: GuideState, e: Event): { state: GuideState; changed: boolean } {
  return e.type === 'observation' ? applyObservation(state, e.observation, e.ctx) : applyCommand(state, e.command, e.now);
}

describe('guide machine properties', () => {
  it('generates only observations the protocol accepts, or the page sighting the background derives from a report', () => {
    fc.assert(fc.property(observation, (o) => ObservationSchema.safeParse(o).success === (o.kind !== 'integrations-page')));
  });

  it('never throws and always yields a valid guide', () => {
    fc.assert(
      fc.property(initial, fc.array(event, { maxLength: 60 }), (start, events) => {
        let state = start;
        for (const e of events) {
          const before = state;
          const result = apply(state, e);
          state = result.state;

          const parsed = GuideStateSchema.safeParse(state);
          if (!parsed.success) throw new Error(`invalid after ${JSON.stringify(e)}: ${parsed.error.message}`);
          expect(state.history.length).toBeLessThanOrEqual(HISTORY_LIMIT);
          if (!result.changed) expect(state).toBe(before);
          else expect(state.history.at(-1)?.stepId).toBe(state.stepId);

          // Invariants the UI relies on.
          if (state.status === 'done') expect(state.completed['after-reconnect']).toBeDefined();
          if (state.stepId === 'troubleshoot') {
            expect(state.outcome !== undefined || state.stripeError !== undefined).toBe(true);
            expect(state.retryFrom).toBeDefined();
          } else {
            expect(state.retryFrom).toBeUndefined();
          }
          if (state.originalKey !== undefined) expect(state.originalKey.startsWith('pk_')).toBe(true);
          const progress = describeProgress(state);
          expect(progress.index).toBeGreaterThanOrEqual(1);
          expect(progress.index).toBeLessThanOrEqual(progress.total);
          expect(progress.percent).toBeGreaterThanOrEqual(0);
          expect(progress.percent).toBeLessThanOrEqual(100);
        }
        // What the background stores, it can read back.
        expect(parseStoredGuide(JSON.parse(JSON.stringify(state)))).toEqual({ ok: true, guide: state });
      }),
      { numRuns: 500 },
    );
  });

  it('ignores everything on a dismissed guide but resume, start and restart', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STEP_IDS), fc.array(event, { maxLength: 30 }), (step, events) => {
        const dismissed = guideAt(step, { status: 'dismissed' });
        for (const e of events) {
          if (e.type === 'command' && ['resume', 'start', 'restart'].includes(e.command)) continue;
          expect(apply(dismissed, e).changed).toBe(false);
        }
      }),
    );
  });

  it('reads any stored value without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.json(), fc.jsonValue()), (raw) => {
        const result = parseStoredGuide(raw);
        expect(typeof result.ok).toBe('boolean');
        if (result.ok) expect(GuideStateSchema.safeParse(result.guide).success).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });
});
