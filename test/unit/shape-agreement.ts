/**
 * For holding a hand-written check to its zod schema: values near a valid one, changed where rules have edges (string
 * lengths in code points, integer and number bounds, unknown keys, missing keys, array sizes), so both must decide
 * each the same way.
 */
import fc from 'fast-check';
import { expect } from 'vitest';

type Path = (string | number)[];

/** Every place inside `value` a change can go: object keys and array indexes, nested, the root included. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const children = Object.entries(value).flatMap(([key, child]) => pathsOf(child, [...prefix, Array.isArray(value) ? Number(key) : key]));
  return [prefix, ...children];
}

const LIMITS = [0, 1, 20, 40, 64, 80, 100, 120, 200, 255, 300, 500, 2048];

/** Values on or just past the edge of some rule. */
export const edgeValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(undefined, null, true, false, 0, -0, -1, 0.5, 1, 1.5, 11, 22, 2 ** 31, 2 ** 31 + 1, Number.MAX_SAFE_INTEGER + 1, Number.NaN),
  fc.constantFrom(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '', [], {}, [11], { extra: 1 }, 'why-reconnect', 'troubleshoot', 'same-key', 'success', 'active', 'agent', 'needs-attention', 'connected'),
  fc.constantFrom(...LIMITS).chain((n) =>
    fc.constantFrom('a'.repeat(n), 'a'.repeat(n + 1), '😀'.repeat(n), '😀'.repeat(n + 1), `${'a'.repeat(Math.max(0, n - 1))}😀`, '\uD83D'.repeat(n + 1), '\uDE00'.repeat(n)),
  ),
  fc.string({ maxLength: 4 }),
  fc.anything({ maxDepth: 2 }),
);

type Mutation = { path: Path; op: 'set' | 'delete' | 'add-key' | 'resize'; value: unknown; size: number };

/** A copy, so no change reaches a value fast-check hands out again (its constants are shared). */
function clone<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

function parentOf(root: unknown, path: Path): { parent: Record<string | number, unknown> | undefined; key: string | number | undefined } {
  if (path.length === 0) return { parent: undefined, key: undefined };
  let node = root as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  return { parent: node, key: path.at(-1) };
}

function apply(root: unknown, { path, op, value, size }: Mutation): unknown {
  const { parent, key } = parentOf(root, path);
  const target = parent === undefined ? root : parent[key!];
  switch (op) {
    case 'set':
      if (parent === undefined) return clone(value);
      parent[key!] = clone(value);
      return root;
    case 'delete':
      if (parent !== undefined) delete parent[key!];
      return root;
    case 'add-key':
      if (typeof target === 'object' && target !== null) (target as Record<string, unknown>)[typeof value === 'string' ? value : 'extra'] = 1;
      return root;
    case 'resize':
      if (Array.isArray(target)) target.splice(0, target.length, ...Array.from({ length: size }, () => clone(target[0])));
      return root;
  }
}

/** `base` (valid) changed in one to three places; `sizes` are array lengths worth trying (around the limits). */
export function nearValues(base: unknown, sizes: readonly number[]): fc.Arbitrary<unknown> {
  const mutation: fc.Arbitrary<Mutation> = fc.record({
    path: fc.constantFrom(...pathsOf(base)),
    op: fc.constantFrom('set', 'set', 'delete', 'add-key', 'resize'),
    value: edgeValue,
    size: fc.constantFrom(...sizes),
  });
  return fc.array(mutation, { minLength: 0, maxLength: 3 }).map((mutations) => {
    let value = clone(base);
    for (const m of mutations) {
      try {
        value = apply(value, m);
      } catch {
        // The path went away with an earlier change: skip this one.
      }
    }
    return value;
  });
}

/** Asserts that `check` and zod decide every value drawn from `values` the same way. */
export function expectSameVerdicts(values: fc.Arbitrary<unknown>, check: (value: unknown) => boolean, zodAccepts: (value: unknown) => boolean, numRuns: number): void {
  fc.assert(
    fc.property(values, (value) => {
      expect(check(value)).toBe(zodAccepts(value));
    }),
    { numRuns },
  );
}

/** Anything at all, edge values weighted in. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(edgeValue, fc.anything());
