import type { SectionResult } from './report.ts';
export async function measureMutationStorm(_log: (line: string) => void): Promise<Omit<SectionResult, 'seconds'>> { throw new Error('todo'); }
