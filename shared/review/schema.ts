// The review of the last plan (the Quarterly re-check's "Review of the last plan" activity): the
// earlier workshop's actions as they were when brought in, and what the room says became of each.
// The earlier actions are kept here whole, so the review survives the earlier workshop being
// changed or deleted later.
import { z } from 'zod';
import { actionSchema, MAX_ACTIONS } from '../actions/schema';
import { documentIdSchema, optionalDateSchema, shortText } from '../workshop/fields';

export const REVIEW_OUTCOMES = ['done', 'in-progress', 'dropped', 'carried-over'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];
export const REVIEW_OUTCOME_LABELS: Record<ReviewOutcome, string> = {
  done: 'Done',
  'in-progress': 'In progress',
  dropped: 'Dropped',
  'carried-over': 'Carried over',
};

export const reviewItemSchema = z.object({
  /** The earlier action, as it stood in the earlier workshop when it was brought in. */
  action: actionSchema,
  /** What the room says became of it; null until the facilitator marks it. */
  outcome: z.enum(REVIEW_OUTCOMES).nullable().default(null),
});
export type ReviewItem = z.output<typeof reviewItemSchema>;

export const planReviewSchema = z.object({
  /** The earlier workshop the actions came from, with its title and date as they were. */
  workshopId: documentIdSchema,
  workshopTitle: shortText('Earlier workshop title', 200),
  workshopDate: optionalDateSchema.default(''),
  items: z.array(reviewItemSchema).max(MAX_ACTIONS, `A review holds at most ${MAX_ACTIONS} actions`),
});
export type PlanReview = z.output<typeof planReviewSchema>;
