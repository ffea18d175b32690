// A workshop template: the design of a workshop without its people or content. Agenda, activity
// kinds, titles, prompts, timeboxes, facilitator notes, board areas, vote budgets, funnel stages,
// and settings such as anonymous display and paper size.
import { z } from 'zod';
import { handoffStageSchema } from '../agenda/handoff';
import { ACTIVITY_KINDS } from '../agenda/kinds';
import { activitySchema, MAX_ACTIVITIES } from '../agenda/schema';
import { areaSchema, VOTE_BUDGET_MAX } from '../board/schema';
import { documentIdSchema, longText, requiredText, shortText, timestampSchema } from '../workshop/fields';
import { workshopSettingsSchema } from '../workshop/schema';

export const TEMPLATE_SCHEMA_VERSION = 1;
export const TEMPLATE_FILE_EXTENSION = '.baton-template.json';
export const TEMPLATE_NAME_MAX = 120;

export const templateAreaSchema = areaSchema.omit({ id: true });
export type TemplateArea = z.output<typeof templateAreaSchema>;

export const templateActivitySchema = z.object({
  kind: z.enum(ACTIVITY_KINDS, { error: `must be one of ${ACTIVITY_KINDS.join(', ')}` }),
  title: activitySchema.shape.title,
  prompt: activitySchema.shape.prompt,
  minutes: activitySchema.shape.minutes,
  notes: activitySchema.shape.notes,
  /** The board's design; null for activities without sticky notes. */
  board: z
    .object({
      areas: z.array(templateAreaSchema).min(1, 'A board needs at least one area').max(40),
      voteBudget: z.number().int().min(1).max(VOTE_BUDGET_MAX).default(3),
      privateMode: z.boolean().default(false),
    })
    .nullable()
    .default(null),
  /** The buying stages of a relay handoff map. */
  stages: z.array(handoffStageSchema.shape.name).min(1).max(12).nullable().default(null),
});
export type TemplateActivity = z.output<typeof templateActivitySchema>;


export const templateSchema = z.object({
  schemaVersion: z.literal(TEMPLATE_SCHEMA_VERSION),
  id: documentIdSchema,
  name: requiredText(shortText('Name', TEMPLATE_NAME_MAX), 'A template needs a name'),
  description: longText('Description', 1000).default(''),
  settings: workshopSettingsSchema.prefault({}),
  activities: z.array(templateActivitySchema).max(MAX_ACTIVITIES, `A template holds at most ${MAX_ACTIVITIES} activities`),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Template = z.output<typeof templateSchema>;
export type TemplateInput = z.input<typeof templateSchema>;

export interface TemplateSummary {
  id: string;
  name: string;
  description: string;
  builtIn: boolean;
  activities: number;
  minutes: number;
  kinds: string[];
  updatedAt: string;
}
