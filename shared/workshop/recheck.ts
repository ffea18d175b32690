// A re-check: a new workshop following up an earlier one with the same design and client, and
// none of its content. It copies the design exactly as "Save as template" does (agenda with
// titles, prompts, timeboxes, facilitator notes, board areas; settings) and never the notes,
// answers, participants, votes, actions, commitments or timers; it links back to the earlier
// workshop and brings that workshop's actions into a review of the last plan.
import { createActivity } from '../agenda/edits';
import { MAX_ACTIVITIES } from '../agenda/schema';
import { bringInPlan } from '../review/edits';
import { activityDesign, templateFromWorkshop, workshopFromTemplate } from '../templates/convert';
import type { TemplateActivity } from '../templates/schema';
import { uniqueName } from './summary';
import { TITLE_MAX, workshopDocumentSchema, type WorkshopDocument } from './schema';

/** The old Quarterly re-check template's review was a free board by this title. */
const OLD_REVIEW_TITLE = /^review of the last plan$/i;

const reviewDesign = (): TemplateActivity => activityDesign(createActivity('plan-review', () => 'design'));

/**
 * The agenda with one review of the last plan: kept if there is one; else an old free-board
 * review becomes one (same title, prompt and timebox); else one is added after the diagnostic (or
 * after the first activity, or first of all), unless the agenda is full.
 */
export function withPlanReview(activities: readonly TemplateActivity[]): TemplateActivity[] {
  if (activities.some((a) => a.kind === 'plan-review')) return [...activities];
  const old = activities.findIndex((a) => a.kind === 'free-board' && OLD_REVIEW_TITLE.test(a.title.trim()));
  if (old >= 0) {
    const { title, prompt, minutes } = activities[old]!;
    return activities.map((a, i) => (i === old ? { ...reviewDesign(), title, prompt, minutes } : a));
  }
  if (activities.length >= MAX_ACTIVITIES) return [...activities];
  const diagnostic = activities.findIndex((a) => a.kind === 'diagnostic');
  const at = diagnostic >= 0 ? diagnostic + 1 : Math.min(1, activities.length);
  return [...activities.slice(0, at), reviewDesign(), ...activities.slice(at)];
}

/** "Northwind re-check 2026-11-30" (the earlier title when there is no client), never taken. */
export function recheckTitle(source: Pick<WorkshopDocument, 'title' | 'client'>, date: string, taken: Iterable<string>): string {
  const name = `${source.client.trim() || source.title} re-check${date ? ` ${date}` : ''}`;
  return uniqueName(name, taken, (n) => (n === 1 ? '' : ` (${n})`), TITLE_MAX);
}

export interface RecheckDetails {
  title: string;
  date: string;
}

/** The re-check of `source`, as a new workshop (validated). */
export function recheckWorkshop(source: WorkshopDocument, details: RecheckDetails, ids: { workshop: string; newId: () => string }, now: string): WorkshopDocument {
  const design = templateFromWorkshop(source, { id: source.id, name: source.title, description: '', now });
  const doc = workshopFromTemplate(
    { ...design, activities: withPlanReview(design.activities) },
    { title: details.title, date: details.date, client: source.client, facilitator: source.facilitator },
    ids,
    now,
  );
  const review = bringInPlan(null, source);
  return workshopDocumentSchema.parse({
    ...doc,
    earlierWorkshopId: source.id,
    agenda: doc.agenda.map((a) => (a.kind === 'plan-review' ? { ...a, review } : a)),
  });
}
