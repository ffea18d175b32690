// The agenda of a workshop: activities with their timebox, prompt, facilitator notes, status and,
// where the kind has one, a board and a handoff map. Timers and the current activity live apart,
// in `runtime`, because they change by themselves and are never undone.
import { z } from 'zod';
import { boardSchema, itemIdSchema } from '../board/schema';
import { longText, requiredText, shortText, timestampSchema } from '../workshop/fields';
import { planReviewSchema } from '../review/schema';
import { handoffMapSchema } from './handoff';
import { ACTIVITY_KINDS } from './kinds';

export const ACTIVITY_STATUSES = ['not-started', 'running', 'done'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = { 'not-started': 'Not started', running: 'Running', done: 'Done' };
export const MAX_ACTIVITIES = 40;

export const activitySchema = z.object({
  id: itemIdSchema,
  kind: z.enum(ACTIVITY_KINDS, { error: `must be one of ${ACTIVITY_KINDS.join(', ')}` }),
  title: requiredText(shortText('Activity title', 120), 'An activity needs a title'),
  prompt: longText('Prompt', 1000).default(''),
  minutes: z.number({ error: 'Timebox must be a number of minutes' }).int('Timebox must be whole minutes').min(0).max(600, 'Timebox can be at most 600 minutes'),
  notes: longText('Facilitator notes', 5000).default(''),
  status: z.enum(ACTIVITY_STATUSES).default('not-started'),
  board: boardSchema.nullable().default(null),
  handoff: handoffMapSchema.nullable().default(null),
  /** The review of the last plan: the earlier workshop's actions and what became of each. */
  review: planReviewSchema.nullable().default(null),
});
export type Activity = z.output<typeof activitySchema>;
export type ActivityInput = z.input<typeof activitySchema>;

export const timerSchema = z.object({
  /** Length of the timebox, including minutes added with "+1 minute". */
  durationMs: z.number().int().min(0),
  /** Time run before `startedAt` (the timer may have been paused). */
  elapsedMs: z.number().int().min(0).default(0),
  /** Wall-clock start of the current run; null while paused or not started. */
  startedAt: timestampSchema.nullable().default(null),
});
export type TimerState = z.output<typeof timerSchema>;

export const runtimeSchema = z.object({
  currentActivityId: itemIdSchema.nullable().default(null),
  timers: z.record(itemIdSchema, timerSchema).default({}),
});
export type Runtime = z.output<typeof runtimeSchema>;

export const agendaSchema = z.array(activitySchema).max(MAX_ACTIVITIES, `An agenda holds at most ${MAX_ACTIVITIES} activities`);
