/**
 * What the picker makes of a pick: the change it found, with what else it changes on the page, or why it found none.
 * Shared by the two sites' lesson finders (kartra-lesson.ts, stripe-lesson.ts).
 */
import type { IntegrationStatus } from '../kartra/compiled-profile';
import type { ProfileChange } from './profile-change';

/** What else the change would turn: another tile's verdict, or (on Stripe) which control is the way out. */
export type SideEffect = { kind: 'tile'; name: string; before: IntegrationStatus; after: IntegrationStatus } | { kind: 'stripe-cancel' };

export interface Lesson {
  change: ProfileChange;
  sideEffects: SideEffect[];
}

/**
 * no-words: nothing usable to learn from (no name, label or title; or only key-shaped text). already-found: the
 * extension finds this already (the miss is elsewhere). not-found: no change the picker could try makes the readers
 * find it. not-here: this is not where that thing lives (a key outside Kartra's window, a list that is not a chooser).
 */
export const LESSON_FAILURES = ['no-words', 'already-found', 'not-found', 'not-here'] as const;
export type LessonFailure = (typeof LESSON_FAILURES)[number];

export type LessonResult = { ok: true; lesson: Lesson } | { ok: false; failure: LessonFailure };

/** The first candidate that finds the target without turning anything else, else the first that finds it at all. */
export function chooseLesson(
  candidates: readonly ProfileChange[],
  check: (change: ProfileChange) => { found: boolean; sideEffects: SideEffect[] },
): LessonResult {
  if (candidates.length === 0) return { ok: false, failure: 'no-words' };
  let fallback: Lesson | undefined;
  for (const change of candidates) {
    const result = check(change);
    if (!result.found) continue;
    if (result.sideEffects.length === 0) return { ok: true, lesson: { change, sideEffects: [] } };
    fallback ??= { change, sideEffects: result.sideEffects };
  }
  return fallback ? { ok: true, lesson: fallback } : { ok: false, failure: 'not-found' };
}

/** The same element, or one holding the other: the agent may pick the icon inside a button, or the row around it. */
export function sameThing(a: Element | undefined, b: Element, contains: (outer: Node, inner: Node) => boolean): boolean {
  return a !== undefined && (a === b || contains(a, b) || contains(b, a));
}
