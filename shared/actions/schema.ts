// The action plan: owned actions with a due date and a measure of success, where each came from,
// and the commitments the two heads make in front of the room.
import { z } from 'zod';
import { itemIdSchema } from '../board/schema';
import { documentIdSchema, longText, optionalDateSchema, requiredText, shortText } from '../workshop/fields';

export const ACTION_TEAMS = ['sales', 'marketing', 'joint'] as const;
export const PRIORITIES = ['high', 'medium', 'low'] as const;
export const ACTION_STATUSES = ['open', 'in-progress', 'done'] as const;
export const MAX_ACTIONS = 200;
export type ActionTeam = (typeof ACTION_TEAMS)[number];
export type Priority = (typeof PRIORITIES)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_TEAM_LABELS: Record<ActionTeam, string> = { sales: 'Sales', marketing: 'Marketing', joint: 'Joint' };
export const PRIORITY_LABELS: Record<Priority, string> = { high: 'High', medium: 'Medium', low: 'Low' };
export const STATUS_LABELS: Record<ActionStatus, string> = { open: 'Open', 'in-progress': 'In progress', done: 'Done' };

/** Where an action came from; the label keeps the context even if the theme is later removed. */
export const actionSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('theme'), activityId: itemIdSchema, itemId: itemIdSchema, label: shortText('Source', 300) }),
  z.object({ kind: z.literal('recommendation'), id: shortText('Recommendation', 80), label: shortText('Source', 300) }),
  z.object({ kind: z.literal('gap'), statement: z.number().int().min(1).max(20), label: shortText('Source', 300) }),
  /** An action of an earlier workshop's plan, carried over in the review of the last plan. */
  z.object({ kind: z.literal('carried-over'), workshopId: documentIdSchema, actionId: itemIdSchema, label: shortText('Source', 300) }),
  z.object({ kind: z.literal('none') }),
]);
export type ActionSource = z.output<typeof actionSourceSchema>;

export const actionSchema = z.object({
  id: itemIdSchema,
  title: requiredText(shortText('Title', 200), 'An action needs a title'),
  description: longText('Description', 2000).default(''),
  owner: shortText('Owner', 120).default(''),
  team: z.enum(ACTION_TEAMS, { error: 'must be sales, marketing or joint' }).default('joint'),
  due: optionalDateSchema.default(''),
  metric: longText('Success metric', 500).default(''),
  priority: z.enum(PRIORITIES, { error: 'must be high, medium or low' }).default('medium'),
  status: z.enum(ACTION_STATUSES).default('open'),
  source: actionSourceSchema.default({ kind: 'none' }),
});
export type Action = z.output<typeof actionSchema>;

export const commitmentSchema = z.object({
  head: shortText('Name', 120).default(''),
  statement: longText('Commitment', 1000).default(''),
});

export const commitmentsSchema = z.object({
  sales: commitmentSchema.prefault({}),
  marketing: commitmentSchema.prefault({}),
});
export type Commitments = z.output<typeof commitmentsSchema>;

export const actionsSchema = z.array(actionSchema).max(MAX_ACTIONS, `An action plan holds at most ${MAX_ACTIONS} actions`);
