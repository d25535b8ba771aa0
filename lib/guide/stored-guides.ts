/** The stored record of guides, read for display or update: every entry validated, the unreadable ones named. */
import { parseStoredGuide, type GuideState } from './guide-state';

export function readStoredGuides(raw: unknown): { guides: GuideState[]; dropped: string[] } {
  const guides: GuideState[] = [];
  const dropped: string[] = [];
  if (raw === null || raw === undefined) return { guides, dropped };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { guides, dropped: ['The saved guides were not readable.'] };
  for (const [id, value] of Object.entries(raw)) {
    const parsed = parseStoredGuide(value);
    if (parsed.ok) guides.push(parsed.guide);
    else dropped.push(`Guide ${id.slice(0, 40)}: ${parsed.reason}`);
  }
  return { guides, dropped };
}
