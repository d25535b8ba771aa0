// @vitest-environment node
/**
 * The fake accounts' ids and keys follow the real formats (docs/quality.md "Stripe keys"), so the extension's key
 * comparison is exercised on realistic data — and they are the same on every run and in every instance.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../../sandbox/server.ts';
import type { StateSnapshot } from '../../../sandbox/state/state-snapshot.ts';
import { readState } from './sandbox-http.ts';

let sandbox: RunningSandbox;
let state: StateSnapshot;

beforeAll(async () => {
  sandbox = await startSandbox();
  state = await readState(sandbox);
});
afterAll(() => sandbox.close());

describe('sandbox Stripe accounts', () => {
  it('has one login with three profiles holding five accounts', () => {
    expect(state.stripe.profiles).toHaveLength(3);
    expect(state.stripe.accounts).toHaveLength(5);
    const grouped = state.stripe.profiles.flatMap((p) => p.accountIds);
    expect(new Set(grouped)).toEqual(new Set(state.stripe.accounts.map((a) => a.id)));
    expect(state.stripe.accounts.filter((a) => a.controlledByAnotherPlatform)).toHaveLength(1);
  });

  it('gives every account an acct_1 + 15 alphanumeric id, all different', () => {
    for (const account of state.stripe.accounts) expect(account.id).toMatch(/^acct_1[A-Za-z0-9]{15}$/);
    expect(new Set(state.stripe.accounts.map((a) => a.id)).size).toBe(5);
  });

  it('builds modern keys from the account id: pk_{live,test}_51 + the 15 characters after acct_1 + a tail', () => {
    for (const { id, keys } of state.stripe.accounts) {
      const segment = id.slice('acct_1'.length);
      for (const [key, prefix] of [
        [keys.modern.livePublishable, 'pk_live_51'],
        [keys.modern.testPublishable, 'pk_test_51'],
        [keys.restricted.live, 'rk_live_51'],
        [keys.restricted.test, 'rk_test_51'],
      ] as const) {
        expect(key.startsWith(prefix + segment)).toBe(true);
        expect(key.slice(prefix.length + 15)).toMatch(/^[A-Za-z0-9]{70,90}$/);
      }
      // Live and test keys of one account share the segment but are different keys.
      expect(keys.modern.livePublishable.slice(8, 25)).toBe(keys.modern.testPublishable.slice(8, 25));
      expect(keys.modern.livePublishable.slice(25)).not.toBe(keys.modern.testPublishable.slice(25));
    }
  });

  it('does not give all keys the same length (nobody should assume one)', () => {
    const lengths = new Set(state.stripe.accounts.map((a) => a.keys.modern.livePublishable.length));
    expect(lengths.size).toBeGreaterThan(1);
  });

  it('makes old-format keys 24 characters with no account id inside', () => {
    for (const { id, keys } of state.stripe.accounts) {
      expect(keys.old.livePublishable).toMatch(/^pk_live_[A-Za-z0-9]{24}$/);
      expect(keys.old.testPublishable).toMatch(/^pk_test_[A-Za-z0-9]{24}$/);
      expect(keys.old.livePublishable).not.toContain(id.slice(6));
    }
  });

  it('makes secret keys obviously fake', () => {
    for (const { keys } of state.stripe.accounts) {
      for (const secret of [keys.modern.liveSecret, keys.modern.testSecret, keys.old.liveSecret, keys.old.testSecret]) {
        expect(secret).toMatch(/^sk_(live|test)_/);
        expect(secret).toContain('SANDBOXFAKE');
      }
    }
  });

  it('generates the same data in every instance', async () => {
    const other = await startSandbox();
    try {
      const again = await readState(other);
      expect(again.stripe.accounts).toEqual(state.stripe.accounts);
      expect(again.stripe.clientId).toBe(state.stripe.clientId);
      expect(again.stripe.clientId).toMatch(/^ca_[A-Za-z0-9]{32}$/);
    } finally {
      await other.close();
    }
  });
});
