/** zod shapes of stored values, for the contexts that validate what they read (background and extension pages). */
import { z } from 'zod';
import { MAX_OVERRIDE_CHARS } from './kartra/merge-profile';
import { HealthReportSchema } from './protocol';

export const TabHealthSchema = z.strictObject({ report: HealthReportSchema, url: z.string().max(2048), at: z.number() });
export type TabHealth = z.infer<typeof TabHealthSchema>;

export const ProfileOverrideSchema = z.strictObject({ json: z.string().max(MAX_OVERRIDE_CHARS), savedAt: z.number() });
export type ProfileOverride = z.infer<typeof ProfileOverrideSchema>;
