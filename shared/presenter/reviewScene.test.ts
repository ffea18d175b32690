// The room sees the review of the last plan: each earlier action as it was and its mark, and
// nothing the scene has no field for (the facilitator's notes, the earlier actions' descriptions).
import { describe, expect, it } from 'vitest';
import { newAction } from '../actions/edits';
import { createActivity } from '../agenda/edits';
import { bringInPlan, setReviewOutcome } from '../review/edits';
import { workshopDocumentSchema } from '../workshop/schema';
import { presenterScene, presenterSceneSchema } from './scene';

describe('the presenter scene of a review of the last plan', () => {
  it('lists each earlier action with its status then and its mark', () => {
    const earlier = {
      id: 'earlier-00000001',
      title: 'Kickoff',
      date: '2026-10-14',
      actions: [
        { ...newAction('e1', 'Agree lead definitions'), owner: 'Bo', due: '2026-11-15', status: 'done' as const, description: 'PRIVATE-DETAIL' },
        newAction('e2', 'Monthly pipeline review'),
      ],
    };
    const activity = { ...createActivity('plan-review', () => 'review-1'), notes: 'FACILITATOR-ONLY', review: bringInPlan(null, earlier) };
    let doc = workshopDocumentSchema.parse({
      schemaVersion: 1,
      id: 'recheck-00000001',
      title: 'Re-check',
      createdAt: '2027-01-20T09:00:00.000Z',
      updatedAt: '2027-01-20T09:00:00.000Z',
      agenda: [activity],
      runtime: { currentActivityId: 'review-1', timers: {} },
    });
    doc = setReviewOutcome(doc, 'review-1', 'e2', 'carried-over', () => 'c1');
    const scene = presenterScene(doc, { reveal: 'none', theme: 'light' });
    expect(scene.activity!.review).toEqual([
      { title: 'Agree lead definitions', owner: 'Bo', due: '2026-11-15', status: 'done', outcome: null },
      { title: 'Monthly pipeline review', owner: '', due: '', status: 'open', outcome: 'carried-over' },
    ]);
    expect(scene.activity!.actions).toBeNull();
    expect(presenterSceneSchema.parse(scene)).toEqual(scene);
    expect(JSON.stringify(scene)).not.toMatch(/FACILITATOR-ONLY|PRIVATE-DETAIL/);
  });
});
