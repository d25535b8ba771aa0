/**
 * Opaque class names, like a production build with CSS modules emits. The sandbox code says `k('tile')` so it reads
 * well, but the page only ever shows `_3f9ak`: the extension is written without seeing our markup and must not be
 * able to lean on a meaningful class name that the real Kartra or Stripe would not have.
 */
import { fnv1a } from '../data/seeded-random.ts';

export type ClassNamer = (name: string) => string;

/**
 * Same namespace + name → same class on every run and in every file, so the stylesheet (built on the server) and the
 * browser scripts (which get a generated lookup module) agree. `prefix` gives each fake site its own look.
 * Pure on purpose: no registry, nothing shared between sandbox instances. With 36^5 values and ~150 names a clash is
 * vanishingly unlikely; test/unit/sandbox checks there is none.
 */
export function classNamer(namespace: string, prefix: string, length: number): ClassNamer {
  return (name) => prefix + fnv1a(`${namespace}:${name}`).toString(36).padStart(length, '0').slice(-length);
}

/** Kartra's look: `_3f9ak`. */
export const kartraClass: ClassNamer = classNamer('kartra', '_', 5);

/** Stripe's look: `sn-1x7t0pf`. */
export const stripeClass: ClassNamer = classNamer('stripe', 'sn-', 7);
