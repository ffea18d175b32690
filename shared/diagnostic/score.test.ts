import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { levelOf } from './levels';
import type { Answer, DiagnosticParticipant, DiagnosticTeam } from './model';
import { scoreAnswers, scoreDiagnostic } from './score';
import { all, answersWithTotal, participant, skipping } from './testing';

describe('levels', () => {
  it.each([
    [20, 'Undefined'],
    [39, 'Undefined'],
    [40, 'Defined'],
    [59, 'Defined'],
    [59.9, 'Defined'],
    [60, 'Aligned'],
    [79, 'Aligned'],
    [80, 'Integrated'],
    [100, 'Integrated'],
  ])('puts a score of %s in %s', (score, level) => {
    expect(levelOf(score)).toBe(level);
  });
});

describe('a participant', () => {
  it('with all 20 answers totals their sum', () => {
    expect(scoreAnswers(all(1))).toMatchObject({ answered: 20, total: 20, prorated: false, counted: true, level: 'Undefined' });
    expect(scoreAnswers(all(5))).toMatchObject({ total: 100, level: 'Integrated' });
    expect(scoreAnswers(answersWithTotal(39)).level).toBe('Undefined');
    expect(scoreAnswers(answersWithTotal(40)).level).toBe('Defined');
    expect(scoreAnswers(answersWithTotal(59)).level).toBe('Defined');
    expect(scoreAnswers(answersWithTotal(60)).level).toBe('Aligned');
    expect(scoreAnswers(answersWithTotal(79)).level).toBe('Aligned');
    expect(scoreAnswers(answersWithTotal(80)).level).toBe('Integrated');
  });

  it('with 16–19 answers is prorated to 20 statements and marked so', () => {
    // 19 answers of 3 → 57 / 19 × 20 = 60.
    expect(scoreAnswers(skipping(1, all(3)))).toMatchObject({ answered: 19, sum: 57, total: 60, prorated: true, counted: true, level: 'Aligned' });
    // 16 answers summing 50 → 62.5 → 63 (halves round up).
    const answers: Answer[] = [null, null, null, null, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3];
    expect(scoreAnswers(answers)).toMatchObject({ answered: 16, sum: 50, total: 63, prorated: true });
    // 17 answers summing 40 → 47.06 → 47.
    const seventeen: Answer[] = [null, null, null, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2];
    expect(scoreAnswers(seventeen)).toMatchObject({ answered: 17, sum: 40, total: 47 });
  });

  it('with 15 answers is not counted, with 16 it is', () => {
    expect(scoreAnswers(skipping(5, all(4)))).toEqual({ answered: 15, sum: 60, total: null, prorated: false, counted: false, level: null });
    expect(scoreAnswers(skipping(4, all(4)))).toMatchObject({ answered: 16, total: 80, counted: true });
  });
});

describe('teams and overall', () => {
  it('averages counted totals per team to one decimal, halves up, before taking the level', () => {
    // 59 and 60 → 59.5: Defined, as the shown number says.
    const result = scoreDiagnostic([participant('sales', answersWithTotal(59)), participant('sales', answersWithTotal(60))]);
    expect(result.teams.sales).toEqual({ n: 2, mean: 59.5, level: 'Defined' });
    // 55, 55, 56 → 55.333 → 55.3.
    const three = scoreDiagnostic([55, 55, 56].map((t) => participant('marketing', answersWithTotal(t))));
    expect(three.teams.marketing?.mean).toBe(55.3);
    // 59, 60, 60 → 59.667 → 59.7; 59.95 cannot occur, but 59.95 → 60.0 would be Aligned.
    expect(scoreDiagnostic([59, 60, 60].map((t) => participant('sales', answersWithTotal(t)))).teams.sales?.mean).toBe(59.7);
  });

  it('weights sales and marketing equally in overall, whatever their head counts', () => {
    const result = scoreDiagnostic([
      participant('sales', answersWithTotal(40)),
      ...[80, 80, 80, 80, 80].map((t) => participant('marketing', answersWithTotal(t))),
    ]);
    expect(result.overall).toEqual({ mean: 60, level: 'Aligned', warning: null });
  });

  it('rounds overall to one decimal, halves up', () => {
    const result = scoreDiagnostic([
      participant('sales', answersWithTotal(60)),
      participant('marketing', answersWithTotal(60)),
      participant('marketing', answersWithTotal(61)),
    ]);
    // marketing 60.5, sales 60.0 → 60.25 → 60.3.
    expect(result.teams.marketing?.mean).toBe(60.5);
    expect(result.overall.mean).toBe(60.3);
  });

  it('leaves `other` out of overall and reports it on its own', () => {
    const result = scoreDiagnostic([
      participant('sales', answersWithTotal(50)),
      participant('marketing', answersWithTotal(70)),
      participant('other', answersWithTotal(100)),
    ]);
    expect(result.overall.mean).toBe(60);
    expect(result.teams.other).toEqual({ n: 1, mean: 100, level: 'Integrated' });
  });

  it('uses the only team with counted participants for overall, with a warning', () => {
    const result = scoreDiagnostic([participant('sales', answersWithTotal(45)), participant('marketing', skipping(10, all(5)))]);
    expect(result.overall).toMatchObject({ mean: 45, level: 'Defined' });
    expect(result.overall.warning).toContain('sales alone');
    expect(result.teams.marketing).toBeUndefined();
  });

  it('has no overall and says so when neither team has counted participants', () => {
    expect(scoreDiagnostic([participant('other', all(3))]).overall).toEqual({
      mean: null,
      level: null,
      warning: 'No one from sales or marketing has completed the diagnostic yet.',
    });
  });

  it('excludes uncounted participants from every figure', () => {
    const incomplete = participant('sales', [...Array(15).fill(1), null, null, null, null, null]);
    const result = scoreDiagnostic([participant('sales', all(4)), incomplete]);
    expect(result.teams.sales).toEqual({ n: 1, mean: 80, level: 'Integrated' });
    expect(result.statements[0]?.teams.sales).toMatchObject({ n: 1, mean: 4 });
    expect(result.participants[1]).toMatchObject({ counted: false, total: null, level: null });
  });
});

describe('statements, gaps and splits', () => {
  it('computes means to two decimals over the answers given, skips excluded', () => {
    const result = scoreDiagnostic([
      participant('sales', all(2)),
      participant('sales', all(2)),
      participant('sales', [3, ...all(2).slice(1)]),
      participant('sales', [null, ...all(2).slice(1)]),
    ]);
    // Statement 1: 2, 2, 3 (one skip) → 2.33.
    expect(result.statements[0]?.teams.sales).toMatchObject({ n: 3, mean: 2.33 });
  });

  it('takes the gap as marketing minus sales and flags it from 1.00 up', () => {
    const sales = [participant('sales', all(2)), participant('sales', all(2)), participant('sales', [3, 4, ...all(2).slice(2)])];
    const marketing = [participant('marketing', all(4)), participant('marketing', [3, 3, ...all(4).slice(2)])];
    const result = scoreDiagnostic([...sales, ...marketing]);
    // Statement 1: sales 2.33, marketing 3.50 → +1.17; statement 2: sales 2.67, marketing 3.50 → +0.83.
    expect(result.statements[0]).toMatchObject({ gap: 1.17, gapFlagged: true });
    expect(result.statements[1]).toMatchObject({ gap: 0.83, gapFlagged: false });
    // Statements 3–20: sales 2.00, marketing 4.00 → +2.00, listed before statement 1.
    expect(result.gaps[0]).toEqual({ statement: 3, sales: 2, marketing: 4, gap: 2 });
    expect(result.gaps.at(-1)).toEqual({ statement: 1, sales: 2.33, marketing: 3.5, gap: 1.17 });
    expect(result.gaps.map((g) => g.statement)).not.toContain(2);
  });

  it('flags a gap of exactly 1.00 and negative gaps when sales rates higher', () => {
    const result = scoreDiagnostic([participant('sales', all(4)), participant('marketing', all(3))]);
    expect(result.statements[0]).toMatchObject({ gap: -1, gapFlagged: true });
  });

  it('reports no gap when only one team answered a statement', () => {
    const result = scoreDiagnostic([participant('sales', all(4)), participant('marketing', [null, ...all(1).slice(1)])]);
    expect(result.statements[0]).toMatchObject({ gap: null, gapFlagged: false });
  });

  it('flags a team split on a statement at a spread of 1.2 with at least three answers', () => {
    const split = scoreDiagnostic(['1', '1', '4', '4'].map((v) => participant('sales', [Number(v) as Answer, ...all(3).slice(1)])));
    // 1, 1, 4, 4 → population sd 1.5.
    expect(split.statements[0]?.teams.sales).toMatchObject({ sd: 1.5, split: true });
    expect(split.splits).toEqual([{ team: 'sales', statement: 1, sd: 1.5 }]);
    const twoOnly = scoreDiagnostic([1, 5].map((v) => participant('sales', [v as Answer, ...all(3).slice(1)])));
    expect(twoOnly.statements[0]?.teams.sales).toMatchObject({ sd: 2, split: false });
    // 1, 2, 4 → sd 1.247: split; 2, 3, 4, 2, 4 → sd 0.894: not.
    const justOver = scoreDiagnostic([1, 2, 4].map((v) => participant('marketing', [v as Answer, ...all(3).slice(1)])));
    expect(justOver.statements[0]?.teams.marketing?.split).toBe(true);
  });
});

describe('sub-scores', () => {
  it('averages every answer a team gave to a group, two decimals', () => {
    const answers = all(3);
    answers[0] = 5; // statement 1: forecasting
    answers[14] = 4; // statement 15: forecasting
    const result = scoreDiagnostic([participant('sales', answers), participant('sales', all(1))]);
    // forecasting: (5 + 4 + 1 + 1) / 4 = 2.75; trust: (3·3 + 1·3) / 6 = 2.00.
    expect(result.subscores.sales?.forecasting).toBe(2.75);
    expect(result.subscores.sales?.trust).toBe(2);
    expect(Object.keys(result.subscores.sales!)).toEqual(['forecasting', 'trust', 'customers', 'planning', 'communication', 'structure']);
  });
});

describe('participant names', () => {
  it('numbers blank names per team and hides every name when anonymous', () => {
    const people = [participant('sales', all(3), 'Ann'), participant('sales', all(3)), participant('marketing', all(3)), participant('other', all(3), 'CEO')];
    expect(scoreDiagnostic(people).participants.map((p) => p.label)).toEqual(['Ann', 'Sales 2', 'Marketing 1', 'CEO']);
    expect(scoreDiagnostic(people, { anonymous: true }).participants.map((p) => p.label)).toEqual(['Sales 1', 'Sales 2', 'Marketing 1', 'Other 1']);
  });
});

const answerArb = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 5 }) as fc.Arbitrary<Answer> },
  { weight: 1, arbitrary: fc.constant(null) },
);
const answersArb = fc.array(answerArb, { minLength: 20, maxLength: 20 });
const teamArb = fc.constantFrom<DiagnosticTeam>('sales', 'marketing', 'other');
const participantsArb = fc.array(
  fc.record({ team: teamArb, answers: answersArb }).map(({ team, answers }) => participant(team, answers)),
  { maxLength: 40 },
);

/** Everything but the per-participant labels, which follow the order by design. */
function figures(participants: DiagnosticParticipant[]) {
  const { teams, overall, statements, gaps, splits, subscores } = scoreDiagnostic(participants);
  return { teams, overall, statements, gaps, splits, subscores };
}

describe('properties', () => {
  it('keeps every counted total within 20–100', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { total, counted } = scoreAnswers(answers);
        return !counted || (total !== null && total >= 20 && total <= 100 && Number.isInteger(total));
      }),
    );
  });

  it('never lowers a total or a level when an answer is raised', () => {
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 0, max: 19 }), (answers, index) => {
        const current = answers[index];
        if (current == null || current === 5) return true;
        const raised = [...answers];
        raised[index] = (current + 1) as Answer;
        const before = scoreAnswers(answers);
        const after = scoreAnswers(raised);
        return !before.counted || (after.total! >= before.total! && levelRank(after.total!) >= levelRank(before.total!));
      }),
    );
  });

  it('never lowers a team mean or level when one participant raises an answer', () => {
    fc.assert(
      fc.property(participantsArb, fc.nat(), fc.integer({ min: 0, max: 19 }), (people, pick, index) => {
        if (people.length === 0) return true;
        const who = pick % people.length;
        const p = people[who]!;
        const current = p.answers[index];
        if (current == null || current === 5) return true;
        const raised = people.map((q, i) => (i === who ? { ...q, answers: q.answers.map((a, j) => (j === index ? ((current + 1) as Answer) : a)) } : q));
        const before = scoreDiagnostic(people).teams[p.team];
        const after = scoreDiagnostic(raised).teams[p.team];
        return !before || (after !== undefined && after.mean >= before.mean && levelRank(after.mean) >= levelRank(before.mean));
      }),
    );
  });

  it('gives the same figures whatever the order of participants', () => {
    fc.assert(
      fc.property(participantsArb, fc.func(fc.integer()), (people, key) => {
        const shuffled = [...people].sort((a, b) => key(a.id) - key(b.id));
        expect(figures(shuffled)).toEqual(figures(people));
      }),
    );
  });

  it('flips the sign of every gap when the two teams swap answers', () => {
    fc.assert(
      fc.property(participantsArb, (people) => {
        const swapped = people.map((p) => ({ ...p, team: p.team === 'sales' ? 'marketing' : p.team === 'marketing' ? 'sales' : 'other' }) as DiagnosticParticipant);
        const a = scoreDiagnostic(people).statements.map((s) => s.gap);
        const b = scoreDiagnostic(swapped).statements.map((s) => (s.gap === null ? null : -s.gap || 0));
        expect(b).toEqual(a.map((g) => (g === null ? null : g || 0)));
      }),
    );
  });
});

function levelRank(score: number): number {
  return ['Undefined', 'Defined', 'Aligned', 'Integrated'].indexOf(levelOf(score));
}
