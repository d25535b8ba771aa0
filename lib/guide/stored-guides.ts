/**
 * The stored record of guides, read for display or update: every entry checked, the unreadable ones named. The caller
 * picks the check: the background parses with zod (`parseStoredGuide`), extension pages with the hand-written
 * `checkStoredGuide` (guide-shape.ts), which accepts the same guides without loading zod.
 */
import type { GuideState, StoredGuideResult } from './guide-state';

export function readStoredGuides(raw: unknown, parse: (value: unknown) => StoredGuideResult): { guides: GuideState[]; dropped: string[] } {
  const guides: GuideState[] = [];
  const dropped: string[] = [];
  if (raw === null || raw === undefined) return { guides, dropped };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { guides, dropped: ['The saved guides were not readable.'] };
  for (const [id, value] of Object.entries(raw)) {
    const parsed = parse(value);
    if (parsed.ok) guides.push(parsed.guide);
    else dropped.push(`Guide ${id.slice(0, 40)}: ${parsed.reason}`);
  }
  return { guides, dropped };
}
