import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, DiagnosticParticipant, DiagnosticTeam, ParticipantRole } from './model';
import { ANONYMOUS_MIN_GROUP, roleSplits, visibleRoleSplits, withheldSplitNote } from './roleSplit';
import { scoreDiagnostic } from './score';
import { all, answersWithTotal, participant } from './testing';

const withRole = (role: ParticipantRole | null, p: DiagnosticParticipant): DiagnosticParticipant => ({ ...p, role });

describe('roleSplits', () => {
  it("gives each group's mean and level, the difference, and the statements where they differ most", () => {
    const headAnswers = all(4);
    headAnswers[6] = 5; // statement 7: the head agrees strongly
    headAnswers[11] = 1; // statement 12: the head strongly disagrees
    const splits = roleSplits([
      withRole('head', participant('sales', headAnswers)),
      withRole('staff', participant('sales', all(2))),
      withRole('staff', participant('sales', answersWithTotal(50))),
      withRole(null, participant('sales', all(5))), // no role: in neither group
      withRole('staff', participant('marketing', all(3))), // no head in marketing: no split
    ]);
    expect(splits).toHaveLength(1);
    const [sales] = splits;
    expect(sales).toMatchObject({
      team: 'sales',
      heads: { n: 1, mean: 78, level: 'Aligned' },
      staff: { n: 2, mean: 45, level: 'Defined' },
      difference: -33,
      levelsDiffer: true,
    });
    // Staff answered 2 and 3 on statements 1–10, 2 and 2 on 11–20; the head 4, but 5 on 7 and 1 on 12.
    expect(sales!.statements).toEqual([
      { statement: 7, heads: 5, staff: 2.5, difference: -2.5 },
      { statement: 11, heads: 4, staff: 2, difference: -2 },
      { statement: 13, heads: 4, staff: 2, difference: -2 },
    ]);
  });

  it('counts only participants with enough answers, as the team score does', () => {
    const skipping = Array<Answer>(20).fill(null).map((_, i) => (i < 15 ? 3 : null)) as Answer[];
    expect(roleSplits([withRole('head', participant('marketing', skipping)), withRole('staff', participant('marketing', all(3)))])).toEqual([]);
  });

  it('lists no statement where both groups answered alike', () => {
    const [split] = roleSplits([withRole('head', participant('other', all(3))), withRole('staff', participant('other', all(3)))]);
    expect(split).toMatchObject({ difference: 0, levelsDiffer: false, statements: [] });
  });

  it("matches scoring each group on its own, for any room (property)", () => {
    const answer = fc.option(fc.constantFrom<Answer>(1, 2, 3, 4, 5), { nil: null, freq: 8 });
    const person = fc.record({
      team: fc.constantFrom<DiagnosticTeam>('sales', 'marketing', 'other'),
      role: fc.constantFrom<ParticipantRole | null>('head', 'staff', null),
      answers: fc.array(answer, { minLength: 20, maxLength: 20 }),
    });
    fc.assert(
      fc.property(fc.array(person, { maxLength: 12 }), (people) => {
        const participants = people.map((p, i) => ({ id: `p${i}`, name: '', ...p }));
        for (const split of roleSplits(participants)) {
          const group = (role: ParticipantRole) => scoreDiagnostic(participants.filter((p) => p.role === role && p.team === split.team));
          expect(split.heads).toEqual(group('head').teams[split.team]);
          expect(split.staff).toEqual(group('staff').teams[split.team]);
          expect(split.difference).toBeCloseTo(split.staff.mean - split.heads.mean, 9);
          expect(split.statements.length).toBeLessThanOrEqual(3);
          for (const d of split.statements) expect(d.difference).toBeCloseTo(d.staff - d.heads, 9);
          const sizes = split.statements.map((d) => Math.abs(d.difference));
          expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
        }
      }),
    );
  });
});

describe('visibleRoleSplits', () => {
  const room = (heads: number, staff: number, team: DiagnosticTeam = 'sales') => [
    ...Array.from({ length: heads }, () => withRole('head', participant(team, all(4)))),
    ...Array.from({ length: staff }, () => withRole('staff', participant(team, all(2)))),
  ];

  it('shows every split in a named workshop, even a head alone', () => {
    expect(visibleRoleSplits(room(1, 5), { anonymous: false })).toMatchObject({ shown: [{ team: 'sales' }], withheld: [] });
  });

  it(`in an anonymous workshop shows only groups of ${ANONYMOUS_MIN_GROUP} or more, and says which teams are left out`, () => {
    const participants = [...room(1, 5), ...room(ANONYMOUS_MIN_GROUP, ANONYMOUS_MIN_GROUP, 'marketing')];
    const { shown, withheld } = visibleRoleSplits(participants, { anonymous: true });
    expect(shown.map((s) => s.team)).toEqual(['marketing']);
    expect(withheld).toEqual(['sales']);
    expect(withheldSplitNote(withheld)).toMatch(/^Heads and staff of sales are not compared: in an anonymous workshop each group needs at least 3 people counted/);
    expect(withheldSplitNote([])).toBeNull();
    // A team with staff but no head is not withheld: there is nothing to compare.
    expect(visibleRoleSplits(room(0, 5), { anonymous: true })).toEqual({ shown: [], withheld: [] });
  });
});
