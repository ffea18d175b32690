// What a note is made of that needs no schema: its teams and its length limit. Kept apart from
// schema.ts (and zod) so the participant page on phones can use them and stay small.

export const NOTE_TEXT_MAX = 2000;

export const NOTE_TEAMS = ['sales', 'marketing', 'leadership', 'joint'] as const;
export type NoteTeam = (typeof NOTE_TEAMS)[number];
export const NOTE_TEAM_LABELS: Record<NoteTeam, string> = {
  sales: 'Sales',
  marketing: 'Marketing',
  leadership: 'Leadership',
  joint: 'Joint',
};
