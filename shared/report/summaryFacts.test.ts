import { describe, expect, it } from 'vitest';
import { newAction } from '../actions/edits';
import { scoreDiagnostic } from '../diagnostic/score';
import { all, answersWithTotal, participant } from '../diagnostic/testing';
import { buildReport } from './buildReport';
import type { ActionRow } from './model';
import { actionList, planCounts, sponsorAttention, takeaway, targetSentence } from './summaryFacts';
import { reportTestWorkshop } from './testing';

const today = '2026-11-25';

function scored(sales: number[], marketing: number[]) {
  return scoreDiagnostic([...sales.map((t) => participant('sales', answersWithTotal(t))), ...marketing.map((t) => participant('marketing', answersWithTotal(t)))]);
}

describe('takeaway', () => {
  it('says where the relationship is against the target, which team rates it higher and by how much, and the widest gap', () => {
    const result = scoreDiagnostic([participant('sales', [4, ...all(2).slice(1)]), participant('marketing', [1, ...all(4).slice(1)])]);
    const sentence = takeaway(result, 'Aligned');
    expect(sentence).toBe(
      `The relationship is Defined (${result.overall.mean!.toFixed(1)} of 100), short of the target Aligned; marketing rates it ${(result.teams.marketing!.mean - result.teams.sales!.mean).toFixed(1)} points higher than sales, and the widest gap is on “Results match forecast” (statement 1, -3.00, sales more positive).`,
    );
    expect(sentence.split('. ')).toHaveLength(1);
  });

  it('calls teams within five points of each other alike, and says when no statement splits them', () => {
    const sentence = takeaway(scored([60], [60, 64]), 'Aligned');
    expect(sentence).toContain('at its target');
    expect(sentence).toContain('the two teams see it alike (sales 60.0, marketing 62.0)');
    expect(sentence).toContain('no statement splits the teams by a point or more');
  });

  it('says when sales rates it higher, and when the relationship is above the target', () => {
    const sentence = takeaway(scored([90], [70]), 'Defined');
    expect(sentence).toContain('above the target Defined');
    expect(sentence).toContain('sales rates it 20.0 points higher than marketing');
  });

  it('speaks for one team when only one has answered, and for the notes when nobody has', () => {
    expect(takeaway(scored([45], []), 'Aligned')).toBe('The relationship is Defined (45.0 of 100), short of the target Aligned, as seen by sales alone: the other team has not completed the diagnostic.');
    expect(takeaway(scoreDiagnostic([]), 'Aligned')).toBe('No participant has completed the diagnostic yet, so the plan rests on the room’s notes; the target is Aligned.');
  });
});

const row = (number: number, change: Partial<ActionRow> = {}): ActionRow => ({
  number,
  id: `a${number}`,
  title: `Action ${number}`,
  description: '',
  owner: 'Ann',
  team: 'Joint',
  due: '1 Dec 2026',
  dueIso: '2026-12-01',
  pastDue: false,
  metric: '',
  priority: 'Medium',
  priorityKey: 'medium',
  status: 'Open',
  statusKey: 'open',
  source: '',
  origin: '',
  ...change,
});

describe('planCounts and sponsorAttention', () => {
  const rows = [
    row(1, { priorityKey: 'high' }),
    row(2, { owner: '', pastDue: true, priorityKey: 'high' }),
    row(3, { due: '', dueIso: '', priorityKey: 'low' }),
    row(4, { owner: ' ', due: '', dueIso: '', statusKey: 'done', status: 'Done' }),
    row(5),
  ];

  it('counts actions by priority, overdue and done', () => {
    expect(planCounts(rows)).toEqual({ actions: 5, byPriority: { high: 2, medium: 2, low: 1 }, overdue: 1, done: 1 });
    expect(planCounts([])).toEqual({ actions: 0, byPriority: { high: 0, medium: 0, low: 0 }, overdue: 0, done: 0 });
  });

  it('lists the open actions without an owner, without a date, or overdue, by their plan numbers', () => {
    expect(sponsorAttention(rows)).toEqual({ noOwner: [2], noDue: [3], overdue: [2] });
  });

  it('writes lists of action numbers in words', () => {
    expect(actionList([])).toBe('');
    expect(actionList([3])).toBe('action 3');
    expect(actionList([3, 5])).toBe('actions 3 and 5');
    expect(actionList([1, 4, 7])).toBe('actions 1, 4 and 7');
  });
});

describe('the summary facts in the report model', () => {
  it('counts participants, the notes shown (not private ones), themes and actions, and numbers what needs the sponsor as the action plan does', () => {
    const doc = reportTestWorkshop({
      extraNotes: ['one', 'two'],
      overrides: {
        actions: [
          { ...newAction('a1', 'Dated and owned'), owner: 'Bo', due: '2026-12-01', priority: 'high' },
          { ...newAction('a2', 'Nobody owns it'), due: '2026-11-01' },
          { ...newAction('a3', 'No date'), owner: 'Cy', priority: 'low' },
        ],
      },
    });
    const report = buildReport(doc, { today });
    expect(report.summary.counts).toEqual({
      participants: 4,
      counted: 3,
      notes: 5,
      themes: 1,
      actions: 3,
      byPriority: { high: 1, medium: 1, low: 1 },
      overdue: 1,
      done: 0,
    });
    expect(report.summary.attention).toEqual({ noOwner: [2], noDue: [3], overdue: [2] });
    expect(report.summary.takeaway).toContain('short of the target Integrated');
  });
});

describe('targetSentence', () => {
  it('says who set the target, and what the advisor suggested when the facilitator chose otherwise', () => {
    expect(targetSentence({ level: 'Aligned', chosen: false, suggested: 'Aligned' })).toBe('Aligned, suggested by the advisor');
    expect(targetSentence({ level: 'Aligned', chosen: true, suggested: 'Aligned' })).toBe('Aligned, chosen by the facilitator as the advisor suggested');
    expect(targetSentence({ level: 'Aligned', chosen: true, suggested: 'Integrated' })).toBe('Aligned, chosen by the facilitator (the advisor suggested Integrated)');
  });
});
