import { describe, expect, it } from 'vitest';
import { newAction } from '../actions/edits';
import { analyseDiagnostic } from '../diagnostic/analysis';
import { buildReport } from './buildReport';
import { reportTestWorkshop } from './testing';

const workshop = (overrides = {}) => reportTestWorkshop({ overrides });

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
    // Ranked by priority, but numbered as in the action plan.
    expect(report.summary.topActions.map((a) => a.number)).toEqual([2, 3, 1]);
    for (const top of report.summary.topActions) expect(report.actions[top.number - 1]!.id).toBe(top.id);
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

  it("shows an area's pick only while the picked note is still in that area, as the workshop screen does", () => {
    const doc = workshop();
    const messaging = doc.agenda.find((a) => a.kind === 'messaging')!;
    const [insight, second] = messaging.board!.areas;
    // The note picked for the second area was moved back to the first one.
    const board = { ...messaging.board!, picks: { [second!.id]: messaging.board!.notes[0]!.id } };
    const moved = { ...doc, agenda: doc.agenda.map((a) => (a === messaging ? { ...a, board } : a)) };
    const platform = buildReport(moved, { today }).messaging[0]!.platform;
    expect(platform[1]).toEqual({ area: second!.title, text: '', basis: 'nothing captured' });
    expect(platform[0]).toMatchObject({ area: insight!.title, text: 'Hospitals fear downtime' });
  });

  it('cross-references each recommendation to the actions taken from it, by their plan numbers', () => {
    const base = workshop();
    const [first, second] = buildReport(base, { today }).recommendations;
    const from = (id: string, title: string) => ({ ...newAction(id, title, { kind: 'recommendation', id: first!.id, label: first!.title }), owner: 'Bo' });
    const doc = workshop({ actions: [newAction('a1', 'Unrelated'), from('a2', 'First from it'), newAction('a3', 'Other'), from('a4', 'Second from it')] });
    const report = buildReport(doc, { today });
    expect(report.recommendations[0]).toMatchObject({ id: first!.id, actions: [2, 4] });
    expect(report.recommendations[1]).toMatchObject({ id: second!.id, actions: [] });
  });

  it('puts where to start first, every other recommendation after it, and where to start in the next steps', () => {
    const doc = workshop();
    const report = buildReport(doc, { today });
    const { whereToStart, recommendations } = analyseDiagnostic(doc.diagnostic);
    expect(report.recommendations.map((r) => [r.id, r.startHere])).toEqual([
      ...whereToStart.first.map((r) => [r.id, true]),
      ...whereToStart.further.map((r) => [r.id, false]),
    ]);
    expect(report.recommendations).toHaveLength(recommendations.length);
    for (const r of whereToStart.first) expect(report.nextSteps.items).toContain(`${r.title}: ${r.detail}`);
    for (const r of whereToStart.further) expect(report.nextSteps.items).not.toContain(`${r.title}: ${r.detail}`);
    expect(report.method.paragraphs.join(' ')).toMatch(/statement 18/);
  });

  it("keeps the advisor's reasons and suggestion with the target, whether or not the facilitator chose another", () => {
    const suggested = buildReport(workshop(), { today }).summary.target;
    expect(suggested).toMatchObject({ level: 'Integrated', chosen: false, suggested: 'Integrated' });
    expect(suggested.rationale[0]).toContain('Long, complex sales');
    const doc = workshop();
    const chosen = buildReport({ ...doc, diagnostic: { ...doc.diagnostic, targetLevel: 'Aligned' } }, { today }).summary.target;
    expect(chosen).toMatchObject({ level: 'Aligned', chosen: true, suggested: 'Integrated', rationale: suggested.rationale });
  });

  it('draws the wall plan from the actions and lists those without a date', () => {
    const doc = workshop({ actions: [newAction('a1', 'Undated'), { ...newAction('a2', 'Dated'), due: '2026-12-01', owner: 'Bo' }] });
    const report = buildReport(doc, { today });
    expect(report.wallPlan.undated).toEqual([1]);
    expect(report.wallPlan.chart).toContain('data-action="2"');
    expect(report.wallPlan.chart).not.toContain('data-action="1"');
    expect(report.dateIso).toBe('2026-10-14');
  });
});
