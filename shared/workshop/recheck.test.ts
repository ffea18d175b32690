import { describe, expect, it } from 'vitest';
import { createActivity } from '../agenda/edits';
import { MAX_ACTIVITIES } from '../agenda/schema';
import { activityDesign } from '../templates/convert';
import { reportTestWorkshop } from '../report/testing';
import { recheckTitle, recheckWorkshop, withPlanReview } from './recheck';
import type { WorkshopDocument } from './schema';

let n = 0;
const ids = () => ({ workshop: 'recheck-00000001', newId: () => `k${++n}` });
const NOW = '2027-01-20T09:00:00.000Z';

function source(): WorkshopDocument {
  const doc = reportTestWorkshop();
  return {
    ...doc,
    settings: { anonymous: true, paperSize: 'letter' },
    agenda: doc.agenda.map((a, i) => ({ ...a, notes: `Private note ${i}`, status: 'done' as const })),
    runtime: { currentActivityId: doc.agenda[0]!.id, timers: { [doc.agenda[0]!.id]: { durationMs: 60_000, elapsedMs: 5_000, startedAt: null } } },
  };
}

describe('a re-check', () => {
  const earlier = source();
  const recheck = recheckWorkshop(earlier, { title: 'Northwind re-check', date: '2027-01-20' }, ids(), NOW);

  it('keeps the design: activities with titles, prompts, timeboxes, facilitator notes and areas, and the settings', () => {
    const designs = recheck.agenda.filter((a) => a.kind !== 'plan-review').map(activityDesign);
    expect(designs).toEqual(earlier.agenda.map(activityDesign));
    expect(recheck.settings).toEqual(earlier.settings);
    expect(recheck.agenda.filter((a) => a.kind !== 'plan-review').map((a) => a.notes)).toEqual(['Private note 0', 'Private note 1', 'Private note 2']);
  });

  it('keeps the client details, takes the new title and date, and links back to the earlier workshop', () => {
    expect(recheck).toMatchObject({ id: 'recheck-00000001', title: 'Northwind re-check', date: '2027-01-20', client: 'Northwind', facilitator: 'Sam', earlierWorkshopId: earlier.id, createdAt: NOW, updatedAt: NOW });
  });

  it('leaves out every note, answer, participant, vote, action, commitment, status and timer', () => {
    expect(earlier.agenda[0]!.board!.notes.length).toBeGreaterThan(0);
    for (const activity of recheck.agenda) {
      expect(activity.status).toBe('not-started');
      if (activity.board) expect(activity.board).toMatchObject({ notes: [], themes: [] });
      expect(JSON.stringify(activity.board ?? {})).not.toMatch(/Brand ads|budget review|Secret note|Hospitals|Who decides/);
    }
    expect(recheck.diagnostic).toEqual({ participants: [], advisor: {}, targetLevel: null });
    expect(recheck.actions).toEqual([]);
    expect(recheck.commitments).toEqual({ sales: { head: '', statement: '' }, marketing: { head: '', statement: '' } });
    expect(recheck.runtime).toEqual({ currentActivityId: null, timers: {} });
  });

  it('never shares an id with the earlier workshop', () => {
    const earlierIds = new Set(earlier.agenda.flatMap((a) => [a.id, ...(a.board?.areas.map((x) => x.id) ?? [])]));
    for (const a of recheck.agenda) for (const id of [a.id, ...(a.board?.areas.map((x) => x.id) ?? [])]) expect(earlierIds.has(id)).toBe(false);
  });

  it('brings the earlier plan, unmarked, into a review of the last plan', () => {
    const reviews = recheck.agenda.filter((a) => a.kind === 'plan-review');
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.review).toMatchObject({ workshopId: earlier.id, workshopTitle: 'Report test', workshopDate: '2026-10-14' });
    expect(reviews[0]!.review!.items.map((i) => [i.action.title, i.action.status, i.outcome])).toEqual([
      ['Monthly joint pipeline review', 'open', null],
      ['Agree lead definitions', 'open', null],
      ['Fix the CRM fields', 'done', null],
    ]);
  });
});

describe('the review of the last plan in a re-check agenda', () => {
  const design = (kind: Parameters<typeof createActivity>[0], title?: string) => {
    const d = activityDesign(createActivity(kind, () => 'x'));
    return title ? { ...d, title } : d;
  };

  it('follows the diagnostic when there is one, else the first activity', () => {
    expect(withPlanReview([design('welcome'), design('diagnostic'), design('friction')]).map((a) => a.kind)).toEqual(['welcome', 'diagnostic', 'plan-review', 'friction']);
    expect(withPlanReview([design('welcome'), design('friction')]).map((a) => a.kind)).toEqual(['welcome', 'plan-review', 'friction']);
    expect(withPlanReview([]).map((a) => a.kind)).toEqual(['plan-review']);
  });

  it('is kept as it is when the agenda has one, and replaces the old template’s free-board review', () => {
    const own = { ...design('plan-review'), title: 'Where did we get to?', minutes: 25 };
    expect(withPlanReview([design('welcome'), own])).toEqual([design('welcome'), own]);
    const old = { ...design('free-board', 'Review of the last plan'), minutes: 35 };
    const replaced = withPlanReview([design('welcome'), old, design('action-planning')]);
    expect(replaced.map((a) => a.kind)).toEqual(['welcome', 'plan-review', 'action-planning']);
    expect(replaced[1]).toMatchObject({ title: 'Review of the last plan', minutes: 35, board: null });
  });

  it('is not added to a full agenda', () => {
    const full = Array.from({ length: MAX_ACTIVITIES }, () => design('break'));
    expect(withPlanReview(full)).toHaveLength(MAX_ACTIVITIES);
  });
});

describe('a re-check title', () => {
  it('names the client and the date, and never clashes', () => {
    const src = { title: 'Kickoff', client: 'Northwind' };
    expect(recheckTitle(src, '2027-01-20', [])).toBe('Northwind re-check 2027-01-20');
    const first = recheckTitle(src, '2027-01-20', []);
    expect(recheckTitle(src, '2027-01-20', [first])).toBe(`${first} (2)`);
    expect(recheckTitle({ title: 'Kickoff', client: '  ' }, '', [])).toBe('Kickoff re-check');
    expect(recheckTitle({ title: 'T'.repeat(200), client: '' }, '', []).length).toBeLessThanOrEqual(200);
  });
});
