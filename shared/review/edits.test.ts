import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newAction } from '../actions/edits';
import { MAX_ACTIONS, type Action } from '../actions/schema';
import { actionOrigin } from '../actions/origin';
import { createActivity } from '../agenda/edits';
import { workshopDocumentSchema, type WorkshopDocument } from '../workshop/schema';
import { bringInPlan, planChanges, reviewCounts, setReviewOutcome, type EarlierPlan } from './edits';
import { REVIEW_OUTCOMES } from './schema';

const earlier: EarlierPlan = {
  id: 'earlier-00000001',
  title: 'Northwind kickoff',
  date: '2026-10-14',
  actions: [
    { ...newAction('e1', 'Agree lead definitions'), owner: 'Bo', due: '2026-11-15', status: 'done' },
    { ...newAction('e2', 'Monthly pipeline review'), owner: 'Cy', due: '2026-12-01', status: 'in-progress', metric: 'Held every month' },
    { ...newAction('e3', 'Shared CRM fields'), status: 'open' },
  ],
};

let n = 0;
const newId = () => `c${++n}`;

function recheck(actions: Action[] = []): WorkshopDocument {
  const review = { ...createActivity('plan-review', () => 'review-1'), review: bringInPlan(null, earlier) };
  return workshopDocumentSchema.parse({
    schemaVersion: 1,
    id: 'recheck-00000001',
    title: 'Northwind re-check',
    createdAt: '2027-01-20T09:00:00.000Z',
    updatedAt: '2027-01-20T09:00:00.000Z',
    agenda: [review],
    actions,
    earlierWorkshopId: earlier.id,
  });
}

const outcomes = (doc: WorkshopDocument) => doc.agenda[0]!.review!.items.map((i) => i.outcome);

describe('bringing in the last plan', () => {
  it('holds each earlier action as it was, unmarked, with the earlier workshop named', () => {
    const review = bringInPlan(null, earlier);
    expect(review).toMatchObject({ workshopId: earlier.id, workshopTitle: 'Northwind kickoff', workshopDate: '2026-10-14' });
    expect(review.items.map((i) => [i.action.title, i.action.owner, i.action.due, i.action.status, i.outcome])).toEqual([
      ['Agree lead definitions', 'Bo', '2026-11-15', 'done', null],
      ['Monthly pipeline review', 'Cy', '2026-12-01', 'in-progress', null],
      ['Shared CRM fields', '', '', 'open', null],
    ]);
  });

  it('keeps the marks already made, refreshes unmarked actions and adds new ones', () => {
    const marked = { ...bringInPlan(null, earlier) };
    marked.items = marked.items.map((i) => (i.action.id === 'e1' ? { ...i, outcome: 'done' as const } : i));
    const changed: EarlierPlan = {
      ...earlier,
      actions: [{ ...earlier.actions[0]!, title: 'Renamed later' }, { ...earlier.actions[1]!, owner: 'Dee' }, earlier.actions[2]!, newAction('e4', 'New one')],
    };
    expect(planChanges(marked, changed)).toBe(2);
    const again = bringInPlan(marked, changed);
    expect(again.items.map((i) => [i.action.id, i.action.title, i.action.owner, i.outcome])).toEqual([
      ['e1', 'Agree lead definitions', 'Bo', 'done'],
      ['e2', 'Monthly pipeline review', 'Dee', null],
      ['e3', 'Shared CRM fields', '', null],
      ['e4', 'New one', '', null],
    ]);
    expect(planChanges(again, changed)).toBe(0);
  });

  it('keeps a marked action the earlier plan no longer has, and starts again for another workshop', () => {
    const marked = bringInPlan(null, earlier);
    marked.items = marked.items.map((i) => ({ ...i, outcome: i.action.id === 'e3' ? ('dropped' as const) : null }));
    const shorter = bringInPlan(marked, { ...earlier, actions: earlier.actions.slice(0, 2) });
    expect(shorter.items.map((i) => i.action.id)).toEqual(['e1', 'e2', 'e3']);
    const other = bringInPlan(marked, { id: 'other-00000001', title: 'Other', date: '', actions: [newAction('o1', 'Other action')] });
    expect(other.items.map((i) => [i.action.id, i.outcome])).toEqual([['o1', null]]);
  });
});

describe('marking what became of an earlier action', () => {
  it('carries an action over into the new plan with its origin, once, and takes it out when marked otherwise', () => {
    const mine = newAction('m1', 'Already in the plan');
    let doc = setReviewOutcome(recheck([mine]), 'review-1', 'e2', 'carried-over', newId);
    expect(outcomes(doc)).toEqual([null, 'carried-over', null]);
    expect(doc.actions).toHaveLength(2);
    const carried = doc.actions[1]!;
    expect(carried).toMatchObject({ title: 'Monthly pipeline review', owner: 'Cy', due: '2026-12-01', metric: 'Held every month', status: 'in-progress' });
    expect(carried.id).not.toBe('e2');
    expect(carried.source).toEqual({ kind: 'carried-over', workshopId: earlier.id, actionId: 'e2', label: expect.stringMatching(/^Northwind kickoff \(.*2026.*\)$/) });
    expect(actionOrigin(carried.source)).toMatch(/^Carried over from Northwind kickoff \(/);
    expect(setReviewOutcome(doc, 'review-1', 'e2', 'carried-over', newId)).toBe(doc);
    doc = setReviewOutcome(doc, 'review-1', 'e2', 'dropped', newId);
    expect(doc.actions).toEqual([mine]);
    expect(outcomes(doc)).toEqual([null, 'dropped', null]);
    expect(workshopDocumentSchema.parse(doc)).toEqual(doc);
  });

  it('carries a done or open action over as open', () => {
    const doc = setReviewOutcome(recheck(), 'review-1', 'e1', 'carried-over', newId);
    expect(doc.actions[0]!.status).toBe('open');
  });

  it('does not carry over into a full plan, and ignores an unknown action or activity', () => {
    const full = recheck(Array.from({ length: MAX_ACTIONS }, (_, i) => newAction(`f${i}`, `Action ${i}`)));
    expect(setReviewOutcome(full, 'review-1', 'e1', 'carried-over', newId)).toBe(full);
    expect(outcomes(setReviewOutcome(full, 'review-1', 'e1', 'done', newId))[0]).toBe('done');
    const doc = recheck();
    expect(setReviewOutcome(doc, 'review-1', 'nope', 'done', newId)).toBe(doc);
    expect(setReviewOutcome(doc, 'nope', 'e1', 'done', newId)).toBe(doc);
  });

  it('keeps exactly one carried copy per action marked carried over, whatever the order of marks', () => {
    const step = fc.record({ action: fc.constantFrom('e1', 'e2', 'e3'), outcome: fc.constantFrom(...REVIEW_OUTCOMES, null) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let doc = recheck();
        for (const s of steps) doc = setReviewOutcome(doc, 'review-1', s.action, s.outcome, newId);
        const review = doc.agenda[0]!.review!;
        const carried = review.items.filter((i) => i.outcome === 'carried-over').map((i) => i.action.id).sort();
        const inPlan = doc.actions.map((a) => (a.source.kind === 'carried-over' ? a.source.actionId : '?')).sort();
        expect(inPlan).toEqual(carried);
        const counts = reviewCounts(review);
        expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(3);
      }),
    );
  });
});
