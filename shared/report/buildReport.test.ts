import { describe, expect, it } from 'vitest';
import { newAction } from '../actions/edits';
import { createActivity } from '../agenda/edits';
import { addNote, castVote, groupNotes, setTally } from '../board/edits';
import { analyseDiagnostic } from '../diagnostic/analysis';
import { all, answersWithTotal, participant } from '../diagnostic/testing';
import { workshopDocumentSchema, type WorkshopDocument } from '../workshop/schema';
import { buildReport } from './buildReport';

let n = 0;
const id = () => `r-${String(++n).padStart(6, '0')}`;

function workshop(overrides: Partial<WorkshopDocument> = {}): WorkshopDocument {
  const friction = createActivity('friction', id);
  let board = friction.board!;
  const [budget] = board.areas;
  board = addNote(board, { id: 'n1', areaId: budget!.id, text: 'Brand ads eat the budget', team: 'sales', author: 'Ann' });
  board = addNote(board, { id: 'n2', areaId: budget!.id, text: 'No joint budget review', team: 'marketing' });
  board = addNote(board, { id: 'n3', areaId: budget!.id, text: 'Secret note', team: 'joint', hidden: true, writer: 'w1' });
  board = groupNotes(board, ['n1', 'n2'], { id: 't1', name: 'Who decides the budget' });
  board = castVote(board, { id: 'v1', label: '' }, 'n1');
  board = setTally(board, 'n2', 2);
  const messaging = createActivity('messaging', id);
  let mboard = messaging.board!;
  mboard = addNote(mboard, { id: 'm1', areaId: mboard.areas[0]!.id, text: 'Hospitals fear downtime', team: 'sales' });
  mboard = setTally(mboard, 'm1', 4);
  return workshopDocumentSchema.parse({
    schemaVersion: 1,
    id: 'report-00000001',
    title: 'Report test',
    client: 'Northwind',
    date: '2026-10-14',
    facilitator: 'Sam',
    createdAt: '2026-10-14T08:00:00.000Z',
    updatedAt: '2026-10-14T17:00:00.000Z',
    agenda: [{ ...friction, board }, { ...messaging, board: mboard }, createActivity('handoff', id)],
    diagnostic: {
      participants: [
        { ...participant('sales', answersWithTotal(45), 'Ann') },
        { ...participant('sales', all(2), 'Bo') },
        { ...participant('marketing', all(4), 'Cy') },
        { ...participant('marketing', [...all(3).slice(0, 10), ...Array(10).fill(null)], 'Dee') },
      ],
      advisor: { salesCycle: 'long', keyAccounts: 'high', marketChange: 'fast' },
    },
    actions: [
      { ...newAction('a1', 'Monthly joint pipeline review'), priority: 'low', due: '2026-12-01' },
      { ...newAction('a2', 'Agree lead definitions'), priority: 'high', due: '2026-11-15', owner: 'Bo' },
      { ...newAction('a3', 'Fix the CRM fields', { kind: 'theme', activityId: friction.id, itemId: 't1', label: 'Theme “Who decides the budget”' }), status: 'done', due: '2026-01-01' },
    ],
    commitments: { sales: { head: 'Bo Berg', statement: 'We follow up every qualified lead within a day.' } },
    ...overrides,
  });
}

describe('buildReport', () => {
  const today = '2026-11-25';

  it('reports exactly the diagnostic figures the screens show', () => {
    const doc = workshop();
    const report = buildReport(doc, { today });
    const { result, target } = analyseDiagnostic(doc.diagnostic);
    expect(report.summary.levels.slice(0, 3)).toEqual([
      { label: 'Sales', mean: result.teams.sales!.mean, level: result.teams.sales!.level, n: 2 },
      { label: 'Marketing', mean: result.teams.marketing!.mean, level: result.teams.marketing!.level, n: 1 },
      { label: 'Overall', mean: result.overall.mean, level: result.overall.level },
    ]);
    expect(report.summary.target.level).toBe(target);
    expect(report.gaps.map((g) => g.gap)).toEqual(result.gaps.map((g) => g.gap));
    expect(report.summary.topGaps).toEqual(report.gaps.slice(0, 3));
    expect(report.diagnostic.notCounted).toEqual(['Dee (10/20)']);
    expect(report.diagnostic.charts.ladder).toContain('<svg');
  });

  it('puts the top themes and the top actions (by priority, then date) in the summary', () => {
    const report = buildReport(workshop(), { today });
    expect(report.summary.topThemes.map((t) => [t.label, t.votes])).toEqual([
      ['Hospitals fear downtime', 4],
      ['Who decides the budget', 3],
    ]);
    expect(report.summary.topActions.map((a) => a.title)).toEqual(['Agree lead definitions', 'Fix the CRM fields', 'Monthly joint pipeline review']);
  });

  it('numbers actions in plan order and flags passed due dates except for done actions', () => {
    const report = buildReport(workshop(), { today });
    expect(report.actions.map((a) => [a.number, a.title, a.due, a.pastDue])).toEqual([
      [1, 'Monthly joint pipeline review', '1 Dec 2026', false],
      [2, 'Agree lead definitions', '15 Nov 2026', true],
      [3, 'Fix the CRM fields', '1 Jan 2026', false],
    ]);
    expect(report.actions[2]!.source).toBe('Theme “Who decides the budget”');
  });

  it('leaves unrevealed private notes out, and counts them', () => {
    const report = buildReport(workshop(), { today });
    expect(report.appendix.notes.map((n) => n.text)).not.toContain('Secret note');
    expect(report.boards[0]!.hiddenNotes).toBe(1);
  });

  it('hides names everywhere when the workshop is anonymous', () => {
    const report = buildReport(workshop({ settings: { anonymous: true } }), { today });
    expect(report.appendix.participants.map((p) => p.label)).toEqual(['Sales 1', 'Sales 2', 'Marketing 1', 'Marketing 2']);
    expect(report.appendix.notes.every((n) => n.author === '')).toBe(true);
  });

  it('proposes re-assessing 90 days after the workshop and carries the commitments and messaging platform', () => {
    const report = buildReport(workshop(), { today });
    expect(report.nextSteps.reassessIso).toBe('2027-01-12');
    expect(report.nextSteps.items[0]).toContain('12 Jan 2027');
    expect(report.commitments[0]).toEqual({ team: 'Sales', head: 'Bo Berg', statement: 'We follow up every qualified lead within a day.' });
    expect(report.messaging[0]!.platform[0]).toEqual({ area: 'Customer insight', text: 'Hospitals fear downtime', basis: 'top-voted, 4 votes' });
    expect(report.handoffs[0]!.stages).toHaveLength(6);
  });
});
