import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, DiagnosticParticipant, DiagnosticTeam } from '../diagnostic/model';
import { scoreDiagnostic } from '../diagnostic/score';
import { STATEMENT_GROUPS } from '../diagnostic/statements';
import { all, answersWithTotal, participant } from '../diagnostic/testing';
import { changeOf } from './change';
import { compareWorkshops, type DiagnosedWorkshop } from './compareWorkshops';

const workshop = (date: string, participants: DiagnosticParticipant[]): DiagnosedWorkshop => ({ date, diagnostic: { participants } });

/** Answers with `value` on one statement (1-based) and `rest` elsewhere. */
const withStatement = (statement: number, value: Answer, rest: Exclude<Answer, null>): Answer[] => all(rest).map((a, i) => (i === statement - 1 ? value : a));

describe('changeOf', () => {
  it('subtracts shown figures without float noise', () => {
    expect(changeOf(2.9, 3.1, 1)).toBe(0.2);
    expect(changeOf(0.1, 0.3, 1)).toBe(0.2);
    expect(changeOf(1.1, 3.3, 2)).toBe(2.2);
    expect(changeOf(55.3, 48.1, 1)).toBe(-7.2);
    expect(changeOf(4.56, 4.56, 2)).toBe(0);
    expect(Object.is(changeOf(-1.5, -1.5, 2), 0)).toBe(true);
  });

  it('is null when either figure is missing', () => {
    expect(changeOf(null, 3, 1)).toBeNull();
    expect(changeOf(3, undefined, 1)).toBeNull();
  });
});

describe('compareWorkshops', () => {
  const sales = (total: number) => participant('sales', answersWithTotal(total));
  const marketing = (total: number) => participant('marketing', answersWithTotal(total));

  it('gives then, now and the change of each team and overall, with levels', () => {
    const c = compareWorkshops(workshop('2026-03-01', [sales(45), sales(50), marketing(58)]), workshop('2026-06-01', [sales(61), marketing(66), marketing(70)]));
    expect(c.earlier).toEqual({
      date: '2026-03-01',
      overall: { mean: 52.8, level: 'Defined' },
      teams: { sales: { n: 2, mean: 47.5, level: 'Defined' }, marketing: { n: 1, mean: 58, level: 'Defined' } },
    });
    expect(c.later).toEqual({
      date: '2026-06-01',
      overall: { mean: 64.5, level: 'Aligned' },
      teams: { sales: { n: 1, mean: 61, level: 'Aligned' }, marketing: { n: 2, mean: 68, level: 'Aligned' } },
    });
    expect(c.change.overall).toBe(11.7);
    expect(c.change.teams).toEqual({ sales: 13.5, marketing: 10 });
  });

  it('keeps the keys of baton score --json and a null date for a workshop without one', () => {
    const c = compareWorkshops(workshop('', [sales(50)]), workshop('2026-06-01', [sales(50)]));
    expect(Object.keys(c)).toEqual(['earlier', 'later', 'change']);
    expect(Object.keys(c.change)).toEqual(['overall', 'teams', 'subscores', 'gaps']);
    expect(Object.keys(c.change.gaps)).toEqual(['closed', 'opened', 'moved']);
    expect(c.earlier.date).toBeNull();
    expect(Object.keys(c.change.subscores.sales!)).toEqual(STATEMENT_GROUPS.map((g) => g.id));
  });

  it('gives null for a team missing in one of the two workshops, and for overall without any team', () => {
    const c = compareWorkshops(workshop('2026-03-01', [sales(50), participant('other', all(3))]), workshop('2026-06-01', [marketing(70)]));
    expect(Object.keys(c.earlier.teams)).toEqual(['sales', 'other']);
    expect(Object.keys(c.later.teams)).toEqual(['marketing']);
    expect(c.change.teams).toEqual({ sales: null, marketing: null, other: null });
    expect(c.change.subscores.sales).toEqual(Object.fromEntries(STATEMENT_GROUPS.map((g) => [g.id, null])));
    expect(c.change.subscores.marketing).toEqual(Object.fromEntries(STATEMENT_GROUPS.map((g) => [g.id, null])));
    // Overall rests on one team on each side; it is still a figure on each side.
    expect(c.change.overall).toBe(20);
    expect(c.change.gaps).toEqual({ closed: [], opened: [], moved: [] });

    const none = compareWorkshops(workshop('2026-03-01', []), workshop('2026-06-01', [sales(50)]));
    expect(none.earlier.overall).toEqual({ mean: null, level: null });
    expect(none.change.overall).toBeNull();
    expect(none.change.teams).toEqual({ sales: null });
  });

  it('leaves out of gaps a statement skipped by everyone on one side, and gives null for its sub-score if its group is empty', () => {
    // Earlier: a wide gap on statement 7 (sales 1, marketing 5). Later: no one answers statement 7.
    const earlier = workshop('2026-03-01', [participant('sales', withStatement(7, 1, 3)), participant('marketing', withStatement(7, 5, 3))]);
    const later = workshop('2026-06-01', [participant('sales', withStatement(7, null, 3)), participant('marketing', withStatement(7, null, 3))]);
    const c = compareWorkshops(earlier, later);
    expect(c.change.gaps.closed).not.toContain(7);
    expect(c.change.gaps.moved.map((m) => m.statement)).not.toContain(7);
    expect(c.change.gaps.moved).toHaveLength(19);
    // Communication (5, 6, 7) still has answers on statements 5 and 6: a figure on both sides.
    expect(c.change.subscores.sales!.communication).toBe(0.67);

    // A group whose statements no one answered: forecasting is statements 1 and 15.
    const skipBoth = (team: DiagnosticTeam) => participant(team, all(3).map((a, i) => (i === 0 || i === 14 ? null : a)));
    const d = compareWorkshops(workshop('', [participant('sales', all(3))]), workshop('', [skipBoth('sales'), skipBoth('sales')]));
    expect(d.later.teams.sales?.n).toBe(2);
    expect(d.change.subscores.sales!.forecasting).toBeNull();
    expect(d.change.subscores.sales!.trust).toBe(0);
  });

  it('closes a gap that fell below 1.00, opens one that reached it, and sorts what moved', () => {
    // Statement 3: gap 2.00 → 0.00 (closed). Statement 9: 0.00 → −1.00 (opened). Statement 12: 1.00 → 1.00 (stays flagged).
    const earlierSales: Answer[] = all(3).map((a, i) => (i === 2 ? 2 : i === 11 ? 2 : a));
    const earlierMarketing: Answer[] = all(3).map((a, i) => (i === 2 ? 4 : a));
    const laterSales: Answer[] = all(3).map((a, i) => (i === 8 ? 4 : i === 11 ? 2 : a));
    const laterMarketing: Answer[] = all(3);
    const c = compareWorkshops(
      workshop('2026-01-10', [participant('sales', earlierSales), participant('marketing', earlierMarketing)]),
      workshop('2026-04-10', [participant('sales', laterSales), participant('marketing', laterMarketing)]),
    );
    expect(c.change.gaps.closed).toEqual([3]);
    expect(c.change.gaps.opened).toEqual([9]);
    expect(c.change.gaps.moved.slice(0, 3)).toEqual([
      { statement: 3, earlier: 2, later: 0, change: -2 },
      { statement: 9, earlier: 0, later: -1, change: -1 },
      { statement: 1, earlier: 0, later: 0, change: 0 },
    ]);
    expect(c.change.gaps.moved.find((m) => m.statement === 12)).toEqual({ statement: 12, earlier: 1, later: 1, change: 0 });
  });

  it('finds nothing changed between identical workshops', () => {
    const people = [sales(47), sales(63), marketing(71), participant('marketing', withStatement(4, null, 2)), participant('other', all(4))];
    const c = compareWorkshops(workshop('2026-01-10', people), workshop('2026-04-10', people));
    expect(c.change.overall).toBe(0);
    expect(Object.values(c.change.teams).every((v) => v === 0)).toBe(true);
    for (const team of Object.values(c.change.subscores)) expect(Object.values(team).every((v) => v === 0)).toBe(true);
    expect(c.change.gaps.closed).toEqual([]);
    expect(c.change.gaps.opened).toEqual([]);
    expect(c.change.gaps.moved.every((m) => m.change === 0)).toBe(true);
    expect(c.change.gaps.moved.map((m) => m.statement)).toEqual([...c.change.gaps.moved.map((m) => m.statement)].sort((a, b) => a - b));
  });

  it('rounds changes so the shown figures add up', () => {
    // Sales 57.9 → 58.1 is +0.2, not 0.20000000000000284.
    const totals = (last: number) => [...Array<number>(9).fill(58), last].map(sales);
    const c = compareWorkshops(workshop('', [...totals(57), marketing(55)]), workshop('', [...totals(59), marketing(55)]));
    expect(c.earlier.teams.sales?.mean).toBe(57.9);
    expect(c.later.teams.sales?.mean).toBe(58.1);
    expect(c.change.teams.sales).toBe(0.2);
    expect(JSON.stringify(c)).not.toMatch(/\d\.\d{3,}/);
  });
});

// --- Workshop pairs no one has looked at: the rules hold for random diagnostics ---

const answerArb = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 5 }) as fc.Arbitrary<Answer> }, { weight: 1, arbitrary: fc.constant(null) });
const personArb = fc.record({
  team: fc.constantFrom<DiagnosticTeam>('sales', 'sales', 'marketing', 'marketing', 'other'),
  answers: fc.array(answerArb, { minLength: 20, maxLength: 20 }),
});
/** Sometimes a statement no one answered, to exercise missing gaps and sub-scores. */
const diagnosticArb = fc
  .tuple(fc.array(personArb, { maxLength: 14 }), fc.option(fc.integer({ min: 0, max: 19 })))
  .map(([people, skipped]) => people.map((p) => participant(p.team, skipped == null ? p.answers : p.answers.map((a, i) => (i === skipped ? null : a)))));

/** `later` equals `earlier` + `change` in the shown decimals, and `change` prints exactly in them (no float noise). */
const addsUp = (earlier: number, later: number, change: number, decimals: number) => {
  const s = 10 ** decimals;
  return Number(change.toFixed(decimals)) === change && Math.round(earlier * s) + Math.round(change * s) === Math.round(later * s);
};

describe('compareWorkshops on random pairs of diagnostics', () => {
  it('gives every change as later − earlier of the shown figures, null when one is missing', () => {
    fc.assert(
      fc.property(diagnosticArb, diagnosticArb, (a, b) => {
        const c = compareWorkshops(workshop('2026-01-01', a), workshop('2026-04-01', b));
        const before = scoreDiagnostic(a);
        const after = scoreDiagnostic(b);
        const check = (e: number | null | undefined, l: number | null | undefined, change: number | null | undefined, decimals: number) => {
          if (e == null || l == null) expect(change).toBeNull();
          else expect(addsUp(e, l, change!, decimals), `${e} → ${l}: ${change}`).toBe(true);
        };
        check(before.overall.mean, after.overall.mean, c.change.overall, 1);
        const teams = (['sales', 'marketing', 'other'] as const).filter((t) => before.teams[t] || after.teams[t]);
        expect(Object.keys(c.change.teams)).toEqual(teams);
        expect(Object.keys(c.change.subscores)).toEqual(teams);
        for (const t of teams) {
          check(before.teams[t]?.mean, after.teams[t]?.mean, c.change.teams[t], 1);
          for (const g of STATEMENT_GROUPS) check(before.subscores[t]?.[g.id], after.subscores[t]?.[g.id], c.change.subscores[t]![g.id], 2);
        }
        for (const m of c.change.gaps.moved) {
          expect(m.earlier).toBe(before.statements[m.statement - 1]!.gap);
          expect(m.later).toBe(after.statements[m.statement - 1]!.gap);
          expect(addsUp(m.earlier, m.later, m.change, 2)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('closes, opens and lists moves by the flag rule, largest move first', () => {
    fc.assert(
      fc.property(diagnosticArb, diagnosticArb, (a, b) => {
        const { gaps } = compareWorkshops(workshop('', a), workshop('', b)).change;
        const before = scoreDiagnostic(a).statements;
        const after = scoreDiagnostic(b).statements;
        const both = before.filter((s, i) => s.gap !== null && after[i]!.gap !== null).map((s) => s.statement);
        const flaggedThen = (n: number) => before[n - 1]!.gapFlagged;
        const flaggedNow = (n: number) => after[n - 1]!.gapFlagged;
        expect(gaps.closed).toEqual(both.filter((n) => flaggedThen(n) && !flaggedNow(n)));
        expect(gaps.opened).toEqual(both.filter((n) => !flaggedThen(n) && flaggedNow(n)));
        expect(gaps.moved.map((m) => m.statement).sort((x, y) => x - y)).toEqual(both);
        for (let i = 1; i < gaps.moved.length; i++) {
          const [p, q] = [gaps.moved[i - 1]!, gaps.moved[i]!];
          expect(Math.abs(p.change) > Math.abs(q.change) || (Math.abs(p.change) === Math.abs(q.change) && p.statement < q.statement)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('turns every change around when the two workshops swap places', () => {
    fc.assert(
      fc.property(diagnosticArb, diagnosticArb, (a, b) => {
        const ab = compareWorkshops(workshop('', a), workshop('', b)).change;
        const ba = compareWorkshops(workshop('', b), workshop('', a)).change;
        const neg = (v: number | null | undefined) => (v == null ? v : -v || 0);
        expect(ba.overall).toBe(neg(ab.overall));
        for (const [t, v] of Object.entries(ab.teams)) expect(ba.teams[t as DiagnosticTeam]).toBe(neg(v));
        expect(ba.gaps.closed).toEqual(ab.gaps.opened);
        expect(ba.gaps.opened).toEqual(ab.gaps.closed);
      }),
      { numRuns: 200 },
    );
  });
});
