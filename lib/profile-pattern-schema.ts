/**
 * The zod check both site profiles (lib/kartra/site-profile.ts, lib/stripe/stripe-profile.ts) put on every pattern
 * field: lib/profile-pattern.ts decides, so the two cannot drift apart. Background and extension pages only (zod).
 */
import { z } from 'zod';
import { refusal } from './profile-parse';
import { patternProblem, type PatternFlags } from './profile-pattern';

/** A pattern field compiled with `flags`; a refusal carries the reason's code, zod adds the field's path. */
export function profilePatternSchema(flags: PatternFlags) {
  return z.string().superRefine((source, ctx) => {
    const problem = patternProblem(source, flags);
    if (problem) ctx.addIssue({ code: 'custom', ...refusal(problem) });
  });
}
