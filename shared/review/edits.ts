// The review of the last plan, as pure functions: bringing the earlier plan's actions in, and
// marking what became of each. Marking one "carried over" puts a copy into this workshop's plan,
// with its origin, in the same step (one undo); marking it otherwise takes that copy out again.
import { MAX_ACTIONS, type Action, type ActionSource } from '../actions/schema';
import type { Activity } from '../agenda/schema';
import { formatDay } from '../format/dates';
import type { WorkshopDocument } from '../workshop/schema';
import type { PlanReview, ReviewOutcome } from './schema';

/** What the review needs of the earlier workshop. */
export type EarlierPlan = Pick<WorkshopDocument, 'id' | 'title' | 'date' | 'actions'>;

/**
 * The review with `earlier`'s actions in it, in plan order: an action already marked keeps its
 * mark and the copy it was marked on; an unmarked one is refreshed from the earlier plan; new
 * ones join unmarked. A review of another workshop is replaced.
 */
export function bringInPlan(review: PlanReview | null, earlier: EarlierPlan): PlanReview {
  const kept = review?.workshopId === earlier.id ? new Map(review.items.map((item) => [item.action.id, item])) : new Map();
  const items = earlier.actions.map((action) => {
    const item = kept.get(action.id);
    return item?.outcome ? item : { action, outcome: null };
  });
  // Marked actions since deleted from the earlier plan stay: their marks (and any carried copy) stand.
  const current = new Set(earlier.actions.map((a) => a.id));
  const gone = [...kept.values()].filter((item) => item.outcome && !current.has(item.action.id));
  return { workshopId: earlier.id, workshopTitle: earlier.title, workshopDate: earlier.date, items: [...items, ...gone].slice(0, MAX_ACTIONS) };
}

/** Earlier actions the review does not hold yet, or holds unmarked in an older version. */
export function planChanges(review: PlanReview | null, earlier: EarlierPlan): number {
  if (review?.workshopId !== earlier.id) return earlier.actions.length;
  const held = new Map(review.items.map((item) => [item.action.id, item]));
  return earlier.actions.filter((action) => {
    const item = held.get(action.id);
    return !item || (!item.outcome && JSON.stringify(item.action) !== JSON.stringify(action));
  }).length;
}

/** "Northwind kickoff (12 Mar 2026)": how a carried-over action names the workshop it came from. */
export function earlierLabel(review: Pick<PlanReview, 'workshopTitle' | 'workshopDate'>): string {
  return review.workshopDate ? `${review.workshopTitle} (${formatDay(review.workshopDate)})` : review.workshopTitle;
}

const carriedFrom = (source: ActionSource, workshopId: string, actionId: string) =>
  source.kind === 'carried-over' && source.workshopId === workshopId && source.actionId === actionId;

/** The earlier action as an action of the new plan: a new id, still open, and where it came from. */
export function carriedOverAction(action: Action, review: PlanReview, id: string): Action {
  return {
    ...action,
    id,
    status: action.status === 'in-progress' ? 'in-progress' : 'open',
    source: { kind: 'carried-over', workshopId: review.workshopId, actionId: action.id, label: earlierLabel(review) },
  };
}

/** True when carrying one more action over would pass the plan's limit. */
export const planIsFull = (doc: Pick<WorkshopDocument, 'actions'>) => doc.actions.length >= MAX_ACTIONS;

/**
 * `doc` with the earlier action `actionId` of the review in `activityId` marked `outcome` (null
 * clears the mark). Unchanged when there is no such item, or when a carried-over copy would not fit.
 */
export function setReviewOutcome(doc: WorkshopDocument, activityId: string, actionId: string, outcome: ReviewOutcome | null, newId: () => string): WorkshopDocument {
  const activity = doc.agenda.find((a) => a.id === activityId);
  const review = activity?.review;
  const item = review?.items.find((i) => i.action.id === actionId);
  if (!activity || !review || !item || item.outcome === outcome) return doc;
  const carried = doc.actions.some((a) => carriedFrom(a.source, review.workshopId, actionId));
  let actions = doc.actions;
  if (outcome === 'carried-over' && !carried) {
    if (planIsFull(doc)) return doc;
    actions = [...actions, carriedOverAction(item.action, review, newId())];
  } else if (outcome !== 'carried-over' && carried) {
    actions = actions.filter((a) => !carriedFrom(a.source, review.workshopId, actionId));
  }
  const next: Activity = { ...activity, review: { ...review, items: review.items.map((i) => (i === item ? { ...i, outcome } : i)) } };
  return { ...doc, actions, agenda: doc.agenda.map((a) => (a === activity ? next : a)) };
}

/** `doc` with the review in `activityId` holding `earlier`'s actions (see bringInPlan). */
export function bringInPlanTo(doc: WorkshopDocument, activityId: string, earlier: EarlierPlan): WorkshopDocument {
  return { ...doc, agenda: doc.agenda.map((a) => (a.id === activityId ? { ...a, review: bringInPlan(a.review, earlier) } : a)) };
}

/** How many earlier actions have each mark, and how many none yet. */
export function reviewCounts(review: PlanReview): Record<ReviewOutcome | 'unmarked', number> {
  const counts = { done: 0, 'in-progress': 0, dropped: 0, 'carried-over': 0, unmarked: 0 };
  for (const item of review.items) counts[item.outcome ?? 'unmarked'] += 1;
  return counts;
}
