// Sticky-note boards: areas (columns or zones), notes from the teams, themes that cluster notes,
// private writing, and dot-voting ballots.
import { z } from 'zod';
import { plainText, requiredText, shortText } from '../workshop/fields';
import { NOTE_TEAMS, NOTE_TEXT_MAX } from './noteBasics';

export { NOTE_TEAMS, NOTE_TEAM_LABELS, NOTE_TEXT_MAX, type NoteTeam } from './noteBasics';
export const NOTES_PER_WORKSHOP_MAX = 5000;
export const VOTE_BUDGET_MAX = 20;

/**
 * Ids key plain objects (timers by activity, picks by area), so names every object already has
 * (`constructor`, `__proto__`, `toString`…) are refused: a lookup would find the inherited member.
 */
export const itemIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be an id of letters, digits, dashes and underscores')
  .refine((id) => !(id in Object.prototype), 'must not be a name every JavaScript object has, such as constructor');

export const areaSchema = z.object({
  id: itemIdSchema,
  title: requiredText(shortText('Area title', 80), 'Area title is required'),
  hint: shortText('Area hint', 300).default(''),
  /** Friction map: which family of tension the area belongs to. */
  family: z.enum(['economic', 'cultural']).optional(),
  /** Perceptions: which team the notes are about, and from which point of view. */
  subject: z.enum(['sales', 'marketing']).optional(),
  lens: z.enum(['self', 'other', 'meta']).optional(),
});
export type Area = z.output<typeof areaSchema>;

export const noteSchema = z.object({
  id: itemIdSchema,
  areaId: itemIdSchema,
  text: requiredText(
    plainText('Note text', NOTE_TEXT_MAX, { lines: 'multi', trim: false, tooLong: `A note can hold at most ${NOTE_TEXT_MAX} characters` }),
    'A note needs some text',
  ),
  team: z.enum(NOTE_TEAMS, { error: 'must be sales, marketing, leadership or joint' }),
  author: shortText('Author', 80).default(''),
  /** Votes entered by the facilitator as a tally (on top of ballots cast by participants). */
  tally: z.number().int().min(0).max(999).default(0),
  themeId: itemIdSchema.nullable().default(null),
  /** Written in private mode and not revealed yet. */
  hidden: z.boolean().default(false),
  /** Who wrote a private note (a pass-the-laptop turn), to count people without naming them. */
  writer: itemIdSchema.nullable().default(null),
});
export type Note = z.output<typeof noteSchema>;

export const themeSchema = z.object({
  id: itemIdSchema,
  areaId: itemIdSchema,
  name: requiredText(shortText('Theme name', 120), 'A theme needs a name'),
});
export type Theme = z.output<typeof themeSchema>;

/** One participant's dot votes: note ids, repeated when they put several dots on one note. */
export const ballotSchema = z.object({
  id: itemIdSchema,
  label: shortText('Voter', 80).default(''),
  votes: z.array(itemIdSchema).max(VOTE_BUDGET_MAX),
});
export type Ballot = z.output<typeof ballotSchema>;

export const boardSchema = z.object({
  areas: z.array(areaSchema).min(1, 'A board needs at least one area').max(40),
  notes: z.array(noteSchema).max(NOTES_PER_WORKSHOP_MAX, `A board holds at most ${NOTES_PER_WORKSHOP_MAX} notes`).default([]),
  themes: z.array(themeSchema).max(1000).default([]),
  privateMode: z.boolean().default(false),
  voteBudget: z.number().int().min(1).max(VOTE_BUDGET_MAX).default(3),
  ballots: z.array(ballotSchema).max(500).default([]),
  /** Messaging harvest: the note chosen for each area of the shared platform (else the top-voted). */
  picks: z.record(itemIdSchema, itemIdSchema).default({}),
});
export type Board = z.output<typeof boardSchema>;
export type BoardInput = z.input<typeof boardSchema>;
