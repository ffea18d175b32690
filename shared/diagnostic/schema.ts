// How a workshop stores its diagnostic: the participants with their answers, the advisor's
// answers and the chosen target level.
import { z } from 'zod';
import { shortText } from '../workshop/fields';
import { ADVISOR_QUESTIONS, type AdvisorAnswers } from './advisor';
import { DIAGNOSTIC_TEAMS, LEVELS, PARTICIPANT_ROLES, STATEMENT_COUNT } from './model';

export const MAX_PARTICIPANTS = 200;

export const answerSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.null()], {
  error: 'must be a whole number 1–5 or empty',
});

export const participantIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'must be an id of letters, digits and dashes');

export const diagnosticParticipantSchema = z.object({
  id: participantIdSchema,
  name: shortText('Name', 120).default(''),
  team: z.enum(DIAGNOSTIC_TEAMS, { error: 'must be sales, marketing or other' }),
  /** Head of team or staff; null (the default, so files from before roles load) when not recorded. */
  role: z.enum(PARTICIPANT_ROLES, { error: 'must be head, staff or null' }).nullable().default(null),
  answers: z.array(answerSchema).length(STATEMENT_COUNT, `must hold ${STATEMENT_COUNT} answers`),
});

const advisorShape = Object.fromEntries(
  ADVISOR_QUESTIONS.map((q) => [q.id, z.enum(q.options.map((o) => o.value) as [string, ...string[]]).optional()]),
);
export const advisorAnswersSchema = z.object(advisorShape).strict() as unknown as z.ZodType<AdvisorAnswers>;

export const targetLevelSchema = z.enum(LEVELS);

export const diagnosticStateSchema = z.object({
  participants: z
    .array(diagnosticParticipantSchema)
    .max(MAX_PARTICIPANTS, `A workshop holds at most ${MAX_PARTICIPANTS} diagnostic participants`)
    .default([]),
  advisor: advisorAnswersSchema.default({}),
  /** The facilitator's choice; null means "follow the advisor". */
  targetLevel: targetLevelSchema.nullable().default(null),
});
export type DiagnosticState = z.output<typeof diagnosticStateSchema>;

export const emptyDiagnostic: DiagnosticState = { participants: [], advisor: {}, targetLevel: null };
