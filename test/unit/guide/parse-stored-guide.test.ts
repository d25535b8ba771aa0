import { afterEach, describe, expect, it } from 'vitest';
import { GUIDE_SCHEMA_VERSION, HISTORY_LIMIT, parseStoredGuide } from '../../../lib/guide/guide-state';
import { GUIDE_MIGRATIONS, migrateStoredGuide, type GuideMigration } from '../../../lib/guide/migrations';
import { fullGuide, guideAt, KEY, T0 } from './fixtures';

const valid = () => JSON.parse(JSON.stringify(guideAt('choose-account', { originalKey: KEY }))) as Record<string, unknown>;

function expectRejected(raw: unknown, reason?: RegExp) {
  const result = parseStoredGuide(raw);
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.reason).toEqual(expect.any(String));
    if (reason) expect(result.reason).toMatch(reason);
  }
}

describe('parseStoredGuide: good input', () => {
  it('returns a stored guide as it was', () => {
    const stored = valid();
    expect(parseStoredGuide(stored)).toEqual({ ok: true, guide: stored });
  });

  it('reads its JSON text too', () => {
    expect(parseStoredGuide(JSON.stringify(valid()))).toEqual({ ok: true, guide: valid() });
  });

  it('reads every optional field', () => {
    const full = fullGuide();
    expect(parseStoredGuide(full)).toEqual({ ok: true, guide: full });
  });
});

describe('parseStoredGuide: corrupt input never throws', () => {
  const shapes: [string, unknown][] = [
    ['undefined (nothing stored yet)', undefined],
    ['null', null],
    ['a number', 42],
    ['a boolean', true],
    ['an array', [valid()]],
    ['an empty object', {}],
    ['broken JSON text', '{"schemaVersion":1,'],
    ['JSON text of a string', '"hello"'],
    ['an empty string', ''],
    ['a function', () => 1],
  ];
  for (const [label, raw] of shapes) {
    it(`rejects ${label}`, () => expectRejected(raw));
  }

  it('rejects an object whose getter throws', () => {
    const hostile = Object.defineProperty({}, 'schemaVersion', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expectRejected(hostile, /could not be read/);
  });

  it('rejects a deeply nested object without walking it all', () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 10_000; i++) deep = deep.next = {} as Record<string, unknown>;
    expectRejected({ ...valid(), extra: root }, /nested/);
  });
});

describe('parseStoredGuide: missing, wrong and extra fields', () => {
  for (const field of ['schemaVersion', 'id', 'integration', 'tabId', 'tabIds', 'stepId', 'completed', 'history', 'status', 'startedAt', 'updatedAt']) {
    it(`rejects a guide without ${field}`, () => {
      const stored = valid();
      delete stored[field];
      expectRejected(stored);
    });
  }

  const wrong: [string, Record<string, unknown>, RegExp?][] = [
    ['an unknown step id', { stepId: 'pay-the-bill' }, /stepId/],
    ['an unknown step id in completed', { completed: { 'pay-the-bill': T0 } }, /completed/],
    ['an unknown step id in history', { history: [{ at: T0, stepId: 'nope', what: 'x', source: 'agent' }] }, /history/],
    ['an unknown status', { status: 'paused' }, /status/],
    ['an unknown outcome', { outcome: 'maybe' }, /outcome/],
    ['an unknown verdict', { candidate: { name: 'A', verdict: 'probably' } }, /candidate/],
    ['an unknown warning code', { warning: { code: 'nope', message: 'm' } }, /warning/],
    ['a negative time', { updatedAt: -1 }, /updatedAt/],
    ['a text time', { startedAt: '2024-01-01' }, /startedAt/],
    ['a tab list without the starting tab', { tabIds: [99] }, /tabIds/],
    ['an empty tab list', { tabIds: [] }, /tabIds/],
    ['a fractional tab id', { tabId: 1.5 }, /tabId/],
    ['an empty id', { id: '' }, /id/],
    ['a 1 MB integration name', { integration: 'x'.repeat(1_000_000) }, /integration/],
    ['too much history', { history: Array.from({ length: HISTORY_LIMIT + 1 }, () => ({ at: T0, stepId: 'why-reconnect', what: 'x', source: 'agent' })) }, /history/],
    ['an unknown history source', { history: [{ at: T0, stepId: 'why-reconnect', what: 'x', source: 'page' }] }, /history/],
  ];
  for (const [label, patch, reason] of wrong) {
    it(`rejects ${label}`, () => expectRejected({ ...valid(), ...patch }, reason));
  }

  it('rejects extra keys, at the top and inside', () => {
    expectRejected({ ...valid(), admin: true }, /Unrecognized key/);
    expectRejected({ ...valid(), candidate: { name: 'A', secret: 'sk_live_x' } }, /candidate/);
    expectRejected({ ...valid(), history: [{ at: T0, stepId: 'why-reconnect', what: 'x', source: 'agent', html: '<b>' }] }, /history/);
  });
});

describe('parseStoredGuide: __proto__ payloads', () => {
  afterEach(() => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  const payloads = [
    ['at the top', (g: string) => g.replace('{', '{"__proto__":{"polluted":true},'), /__proto__/],
    ['inside completed', (g: string) => g.replace('"completed":{', '"completed":{"__proto__":{"polluted":true},'), /__proto__/],
    ['inside a history entry', (g: string) => g.replace('"history":[{', '"history":[{"__proto__":{"polluted":true},'), /__proto__/],
    ['as a constructor.prototype', (g: string) => g.replace('{', '{"constructor":{"prototype":{"polluted":true}},'), /constructor/],
  ] as const;
  for (const [label, inject, reason] of payloads) {
    it(`rejects one ${label}, as JSON text and as a parsed object`, () => {
      const text = inject(JSON.stringify(valid()));
      expect(text).not.toBe(JSON.stringify(valid()));
      expectRejected(text, reason);
      expectRejected(JSON.parse(text), reason);
    });
  }
});

describe('parseStoredGuide: versions and migrations', () => {
  it('is at version 2, migrates from version 1 only, and says so for anything older', () => {
    expect(GUIDE_SCHEMA_VERSION).toBe(2);
    expect(Object.keys(GUIDE_MIGRATIONS)).toEqual(['1']);
    const { schemaVersion: _v, ...unversioned } = valid();
    expectRejected(unversioned, /No migration from guide schema 0/);
    expectRejected({ ...valid(), schemaVersion: 0 }, /No migration from guide schema 0/);
  });

  it('refuses a guide from a newer release', () => {
    expectRejected({ ...valid(), schemaVersion: 3 }, /newer version/);
  });

  it('refuses an unreadable version', () => {
    for (const schemaVersion of ['1', 1.5, -1, null, Number.NaN]) expectRejected({ ...valid(), schemaVersion }, /schema version/);
  });

  // The hook itself, exercised with a made-up version 1 that lacked `tabIds` (the real one is in migrate-v1.test.ts).
  const fromV1: GuideMigration = (v1) => ({ ...v1, schemaVersion: 2, tabIds: [v1.tabId] });

  it('migrates an older shape through the hook and says from which version', () => {
    const { schemaVersion: _v, tabIds: _t, ...v1 } = valid();
    const result = parseStoredGuide({ ...v1, schemaVersion: 1 }, { 1: fromV1 });
    expect(result).toEqual({ ok: true, guide: valid(), migratedFrom: 1 });
  });

  it('treats a missing version as version 0', () => {
    const { schemaVersion: _v, tabIds: _t, ...v0 } = valid();
    const fromV0: GuideMigration = (v) => ({ ...v, schemaVersion: 1 });
    expect(parseStoredGuide(v0, { 0: fromV0, 1: fromV1 })).toMatchObject({ ok: true, migratedFrom: 0 });
  });

  it('still validates what a migration produced', () => {
    const sloppy: GuideMigration = (v1) => ({ ...v1, schemaVersion: 2 });
    const { tabIds: _t, ...v1 } = valid();
    expect(parseStoredGuide({ ...v1, schemaVersion: 1 }, { 1: sloppy })).toMatchObject({ ok: false, reason: expect.stringMatching(/tabIds/) });
  });

  it('stops a migration that does not move one version up', () => {
    const stuck: GuideMigration = (v1) => ({ ...v1 });
    expect(parseStoredGuide({ ...valid(), schemaVersion: 1 }, { 1: stuck })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/did not produce schema 2/),
    });
  });

  it('survives a migration that throws', () => {
    const broken: GuideMigration = () => {
      throw new TypeError('cannot read x of undefined');
    };
    expect(parseStoredGuide({ ...valid(), schemaVersion: 1 }, { 1: broken })).toEqual({ ok: false, reason: 'The stored guide could not be read.' });
  });

  it('runs migrations in a chain', () => {
    const calls: number[] = [];
    const result = migrateStoredGuide({ schemaVersion: 0 }, 3, {
      0: (v) => (calls.push(0), { ...v, schemaVersion: 1 }),
      1: (v) => (calls.push(1), { ...v, schemaVersion: 2 }),
      2: (v) => (calls.push(2), { ...v, schemaVersion: 3, added: true }),
    });
    expect(calls).toEqual([0, 1, 2]);
    expect(result).toEqual({ ok: true, value: { schemaVersion: 3, added: true }, from: 0 });
  });

  it('does not mistake Object.prototype members for migrations', () => {
    expect(migrateStoredGuide({ schemaVersion: 0 }, 1, Object.create({ 0: () => ({ schemaVersion: 1 }) }) as never)).toMatchObject({ ok: false });
  });
});
