/** What applying a taught change answers: its id (to undo it), or why it was refused (the picker words each). */
export const TEACH_REFUSALS = ['forbidden', 'invalid', 'duplicate', 'full'] as const;
export type TeachRefusal = (typeof TEACH_REFUSALS)[number];
export type TeachReply = { applied: true; id: string } | { applied: false; refused: TeachRefusal };
