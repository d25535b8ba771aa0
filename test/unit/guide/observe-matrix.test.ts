import { said } from './said';
/**
 * Every observation in every step: one row per observation, one column per step, the expected step written by hand.
 * "-" means ignored: the very same object comes back with changed: false.
 */
import { describe, expect, it } from 'vitest';
import { GuideStateSchema, type AccountVerdict, type GuideState } from '../../../lib/guide/guide-state';
import { applyObservation, type ObservationContext } from '../../../lib/guide/machine';
import { STEP_IDS } from '../../../lib/guide/steps';
import type { GuideObservation } from '../../../lib/protocol';
import { guideAt, KARTRA_TAB, KEY, S, STRIPE_TAB, T0 } from './fixtures';

type Cell = keyof typeof S | '-';
interface Row {
  label: string;
  observation: GuideObservation;
  ctx?: Partial<ObservationContext>;
  //      why      before   open     find     menu     edit     cws      login    pick     confirm  back     after    trouble
  cells: [Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell];
  /** Extra checks on every changed cell. */
  check?: (after: GuideState, before: GuideState) => void;
}

const same: AccountVerdict = 'same-account';

const ROWS: Row[] = [
  {
    label: 'integrations-page needs-attention',
    observation: { kind: 'integrations-page', stripeStatus: 'needs-attention' },
    cells: ['why', 'before', 'menu', 'menu', '-', '-', '-', '-', '-', '-', '-', '-', '-'],
    check: (after) => {
      expect(after.completed['open-integrations']).toBeDefined();
      expect(after.completed['find-red-tile']).toBeDefined();
    },
  },
  {
    label: 'integrations-page connected',
    observation: { kind: 'integrations-page', stripeStatus: 'connected' },
    cells: ['why', 'before', 'find', 'find', '-', '-', '-', '-', '-', '-', 'after', 'after', '-'],
    check: (after) => {
      if (after.stepId === 'after-reconnect') {
        expect(after.status).toBe('done');
        expect(after.outcome).toBe('success');
      } else {
        expect(after.warning?.code).toBe('already-connected');
        expect(after.status).toBe('active');
      }
    },
  },
  {
    label: 'integrations-page absent',
    observation: { kind: 'integrations-page', stripeStatus: 'absent' },
    cells: ['why', 'before', 'find', 'find', '-', '-', '-', '-', '-', '-', '-', '-', '-'],
    check: (after) => expect(after.warning?.code).toBe('stripe-tile-missing'),
  },
  {
    label: 'integrations-page not-configured',
    observation: { kind: 'integrations-page', stripeStatus: 'not-configured' },
    cells: ['why', 'before', 'find', 'find', '-', '-', '-', '-', '-', '-', '-', '-', '-'],
    check: (after) => expect(after.warning?.code).toBe('stripe-not-configured'),
  },
  {
    label: 'integrations-page unknown',
    observation: { kind: 'integrations-page', stripeStatus: 'unknown' },
    cells: ['why', 'before', 'find', '-', '-', '-', '-', '-', '-', '-', '-', '-', '-'],
    check: (after) => {
      expect(after.warning).toBeUndefined();
      expect(after.completed['open-integrations']).toBeDefined();
    },
  },
  {
    label: 'tile-menu-opened on Stripe',
    observation: { kind: 'tile-menu-opened', integration: 'Stripe' },
    cells: ['edit', 'edit', 'edit', 'edit', 'edit', '-', 'edit', 'edit', 'edit', 'edit', 'edit', 'edit', 'edit'],
    check: (after) => {
      expect(after.completed['open-tile-menu']).toBeDefined();
      expect(after.completed['choose-edit']).toBeUndefined();
      expect(after.outcome).toBeUndefined();
    },
  },
  {
    label: 'tile-menu-opened on another integration',
    observation: { kind: 'tile-menu-opened', integration: 'PayPal' },
    cells: ['why', 'before', 'open', 'find', 'menu', 'edit', '-', '-', '-', '-', '-', '-', 'trouble'],
    check: (after) => expect(after.warning?.code).toBe('wrong-integration'),
  },
  {
    label: 'edit-modal-opened with a key',
    observation: { kind: 'edit-modal-opened', integration: 'Stripe', publishableKey: KEY, byAgent: true },
    cells: ['cws', 'cws', 'cws', 'cws', 'cws', 'cws', 'cws', 'login', 'pick', 'confirm', 'back', 'after', 'trouble'],
    check: (after) => expect(after.originalKey).toBe(KEY),
  },
  {
    label: 'edit-modal-opened on another integration',
    observation: { kind: 'edit-modal-opened', integration: 'PayPal', byAgent: true },
    cells: ['why', 'before', 'open', 'find', 'menu', 'edit', 'cws', '-', '-', '-', '-', '-', 'trouble'],
    check: (after) => expect(after.warning?.code).toBe('wrong-integration'),
  },
  {
    label: 'connect-with-stripe-clicked',
    observation: { kind: 'connect-with-stripe-clicked' },
    cells: ['login', 'login', 'login', 'login', 'login', 'login', 'login', '-', 'login', 'login', 'login', 'login', 'login'],
    check: (after) => {
      expect(after.completed['connect-with-stripe']).toBeDefined();
      expect(after.completed['stripe-login']).toBeUndefined();
    },
  },
  {
    label: 'stripe-login-shown, site unknown',
    observation: { kind: 'stripe-login-shown' },
    cells: ['why', 'before', 'login', 'login', 'login', 'login', 'login', '-', '-', '-', '-', '-', '-'],
  },
  {
    label: 'stripe-login-shown on Stripe Connect',
    observation: { kind: 'stripe-login-shown' },
    ctx: { site: 'stripe-connect' },
    cells: ['login', 'login', 'login', 'login', 'login', 'login', 'login', '-', '-', '-', '-', '-', '-'],
  },
  {
    label: 'stripe-login-shown on the Stripe dashboard',
    observation: { kind: 'stripe-login-shown' },
    ctx: { site: 'stripe-dashboard' },
    cells: ['why', 'before', 'open', 'find', 'menu', 'edit', 'cws', 'login', 'pick', 'confirm', 'back', 'after', 'trouble'],
    check: (after, before) => expect(after.completed).toEqual(before.completed),
  },
  {
    label: 'stripe-picker-shown',
    observation: { kind: 'stripe-picker-shown', accounts: [{ name: 'Acme', selected: false }] },
    cells: ['pick', 'pick', 'pick', 'pick', 'pick', 'pick', 'pick', 'pick', '-', '-', '-', '-', '-'],
    check: (after) => {
      expect(after.completed['connect-with-stripe']).toBeDefined();
      expect(after.completed['stripe-login']).toBeDefined();
    },
  },
  {
    label: 'stripe-account-selected',
    observation: { kind: 'stripe-account-selected', account: { name: 'Acme', accountId: 'acct_1AbC', selected: true } },
    ctx: { accountVerdict: same },
    cells: ['confirm', 'confirm', 'confirm', 'confirm', 'confirm', 'confirm', 'confirm', 'confirm', 'confirm', 'confirm', 'confirm', 'confirm', 'confirm'],
    check: (after) => {
      expect(after.candidate).toEqual({ name: 'Acme', accountId: 'acct_1AbC', verdict: 'same-account' });
      expect(after.completed['choose-account']).toBeDefined();
    },
  },
  {
    label: 'stripe-connect-clicked',
    observation: { kind: 'stripe-connect-clicked' },
    cells: ['back', 'back', 'back', 'back', 'back', 'back', 'back', 'back', 'back', 'back', '-', 'back', 'back'],
    check: (after) => {
      expect(after.completed['confirm-connect']).toBeDefined();
      expect(after.completed['redirect-back']).toBeUndefined();
    },
  },
  {
    label: 'stripe-cancel-clicked',
    observation: { kind: 'stripe-cancel-clicked' },
    cells: ['trouble', 'trouble', 'trouble', 'trouble', 'trouble', 'trouble', 'trouble', 'trouble', 'trouble', 'trouble', 'trouble', 'trouble', '-'],
    check: (after) => {
      expect(after.outcome).toBe('user-denied');
      expect(after.retryFrom).toBe('connect-with-stripe');
    },
  },
  {
    label: 'stripe-error-page',
    observation: { kind: 'stripe-error-page', error: 'invalid_scope', description: 'Invalid scope.' },
    cells: ['trouble', 'trouble', 'trouble', 'trouble', 'trouble', 'trouble', 'trouble', 'trouble', 'trouble', 'trouble', 'trouble', 'trouble', 'trouble'],
    check: (after) => {
      expect(after.stripeError).toEqual({ error: 'invalid_scope', description: 'Invalid scope.' });
      expect(after.outcome).toBeUndefined();
    },
  },
  {
    label: 'kartra-redirect with a code',
    observation: { kind: 'kartra-redirect', result: 'code' },
    cells: ['back', 'back', 'back', 'back', 'back', 'back', 'back', 'back', 'back', 'back', 'back', 'back', 'back'],
    check: (after) => {
      expect(after.completed['redirect-back']).toBeDefined();
      expect(after.completed['after-reconnect']).toBeUndefined();
      expect(after.status).toBe('active');
    },
  },
  {
    label: 'kartra-redirect with access_denied',
    observation: { kind: 'kartra-redirect', result: 'error', error: 'access_denied' },
    cells: ['trouble', 'trouble', 'trouble', 'trouble', 'trouble', 'trouble', 'trouble', 'trouble', 'trouble', 'trouble', 'trouble', 'trouble', '-'],
    check: (after) => expect(after.outcome).toBe('user-denied'),
  },
  {
    label: 'kartra-outcome success',
    observation: { kind: 'kartra-outcome', outcome: 'success' },
    cells: ['why', 'before', 'open', 'find', 'menu', 'edit', 'cws', 'after', 'after', 'after', 'after', 'after', 'after'],
    check: (after) => {
      if (after.stepId === 'after-reconnect') expect(after.status).toBe('done');
      else expect(after.warning?.code).toBe('unexpected-outcome');
    },
  },
  {
    label: 'kartra-outcome account-mismatch',
    observation: { kind: 'kartra-outcome', outcome: 'account-mismatch' },
    cells: ['why', 'before', 'open', 'find', 'menu', 'edit', 'cws', 'login', 'pick', 'confirm', 'trouble', 'after', 'trouble'],
    check: (after) => {
      if (after.stepId === 'troubleshoot') {
        expect(after.outcome).toBe('account-mismatch');
        expect(after.retryFrom).toBe('choose-account');
      } else {
        expect(after.warning?.code).toBe('unexpected-outcome');
        expect(after.outcome).toBeUndefined();
      }
    },
  },
  {
    label: 'stripe-dashboard',
    observation: { kind: 'stripe-dashboard', accountId: 'acct_1AbC', accountName: 'Acme' },
    cells: ['why', 'before', 'open', 'find', 'menu', 'edit', 'cws', 'login', 'pick', 'confirm', 'back', 'after', 'trouble'],
    check: (after, before) => {
      expect(after.dashboard).toMatchObject({ accountId: 'acct_1AbC', accountName: 'Acme', tabId: STRIPE_TAB });
      expect(after.completed).toEqual(before.completed);
    },
  },
];

describe('observation × step matrix', () => {
  for (const row of ROWS) {
    describe(row.label, () => {
      STEP_IDS.forEach((stepId, column) => {
        const cell = row.cells[column]!;
        it(`on ${stepId} → ${cell === '-' ? 'ignored' : S[cell]}`, () => {
          // Both tabs already belong to the guide: adopting a tab is a change of its own, tested elsewhere.
          const before = guideAt(stepId, { tabIds: [KARTRA_TAB, STRIPE_TAB] });
          const ctx: ObservationContext = { now: T0 + 5_000, tabId: STRIPE_TAB, ...row.ctx };
          const result = applyObservation(before, row.observation, ctx);
          if (cell === '-') {
            expect(result.changed).toBe(false);
            expect(result.state).toBe(before);
            return;
          }
          expect(result.changed).toBe(true);
          expect(result.state.stepId).toBe(S[cell]);
          expect(GuideStateSchema.safeParse(result.state).success).toBe(true);
          // Every change is written down once, observed, on the step the guide ends on, at the given time.
          expect(result.state.history).toHaveLength(before.history.length + 1);
          expect(result.state.history.at(-1)).toMatchObject({ at: T0 + 5_000, stepId: S[cell], source: 'observed' });
          expect(result.state.updatedAt).toBe(T0 + 5_000);
          expect(said(result.state.history.at(-1))).toMatch(/\w{3}/);
          // Evidence never claims the agent read the introduction.
          expect(result.state.completed['why-reconnect']).toBeUndefined();
          expect(result.state.completed['before-you-begin']).toBeUndefined();
          row.check?.(result.state, before);
        });
      });
    });
  }

  it('has one cell per step in every row', () => {
    for (const row of ROWS) expect(row.cells).toHaveLength(STEP_IDS.length);
  });
});
