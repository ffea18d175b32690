import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEVELS, type Answer } from './model';
import { PLAYBOOK } from './playbook';
import { recommend } from './recommend';
import { scoreDiagnostic } from './score';
import { STATEMENT_GROUPS } from './statements';
import { all, answersWithTotal, participant } from './testing';

describe('recommendations', () => {
  it('lists every action of each step from the current level up to the target, in step order', () => {
    const result = scoreDiagnostic([participant('sales', answersWithTotal(30)), participant('marketing', answersWithTotal(36))]);
    expect(result.overall.level).toBe('Undefined');
    const recs = recommend(result, 'Aligned');
    const steps = [...new Set(recs.map((r) => r.step))];
    expect(steps).toEqual(['Undefined→Defined', 'Defined→Aligned']);
    expect(recs).toHaveLength(PLAYBOOK.filter((a) => a.step === 'Undefined→Defined' || a.step === 'Defined→Aligned').length);
  });

  it('puts the action addressing the weakest sub-score first, citing the figures', () => {
    // Everything 3 except structure statements (12, 14, 17, 18, 19) at 1: the rotation action leads.
    const answers = all(3).map((a, i) => ([12, 14, 17, 18, 19].includes(i + 1) ? 1 : a)) as Answer[];
    const result = scoreDiagnostic([participant('sales', answers), participant('marketing', answers)]);
    expect(result.overall.level).toBe('Defined');
    const [first] = recommend(result, 'Aligned');
    expect(first?.id).toBe('align/job-rotation');
    expect(first?.rationale).toBe('Structure, metrics & people scores sales 1.00, marketing 1.00 out of 5.');
  });

  it('mentions a wide gap between the teams in the rationale', () => {
    const sales = all(2).map((a, i) => (i === 5 ? 1 : a)) as Answer[];
    const marketing = all(2).map((a, i) => (i === 5 ? 5 : a)) as Answer[];
    const recs = recommend(scoreDiagnostic([participant('sales', sales), participant('marketing', marketing)]), 'Aligned');
    // Sales (39, Undefined) and marketing (43, Defined) sit a level apart, so that talk comes first.
    expect(recs[0]?.id).toBe('gap/perception');
    expect(recs[1]?.rationale).toContain('statement 6 (Sales feeds back willingly) shows a gap of +4.00');
  });

  it('at or above target recommends sustaining, plus talking through the largest gaps', () => {
    const result = scoreDiagnostic([participant('sales', all(4)), participant('marketing', all(5))]);
    const recs = recommend(result, 'Aligned');
    expect(recs.filter((r) => r.step === 'Sustain').map((r) => r.id)).toContain('sustain/re-assess');
    const gaps = recs.filter((r) => r.step === 'Gap');
    expect(gaps).toHaveLength(3);
    expect(gaps[0]).toMatchObject({ id: 'gap/s1', rationale: 'Sales rates it 4.00, marketing 5.00: a gap of +1.00.' });
  });

  it('gives every playbook action a unique, stable id', () => {
    const ids = PLAYBOOK.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+\/[a-z-]+$/);
  });

  it('recommends nothing until there is an overall level and a target', () => {
    expect(recommend(scoreDiagnostic([]), 'Aligned')).toEqual([]);
    expect(recommend(scoreDiagnostic([participant('sales', all(3))]), null)).toEqual([]);
  });

  it('puts the perception gap first when the teams see different levels, even at the target', () => {
    // Sales Defined (56), marketing Aligned (72): 16 statements a point apart, overall 64 meets Aligned.
    const sales = answersWithTotal(56);
    const marketing = sales.map((a, i) => (i < 16 ? ((a as number) + 1) as Answer : a));
    const result = scoreDiagnostic([participant('sales', sales), participant('marketing', marketing)]);
    expect(result.teams.sales?.level).toBe('Defined');
    expect(result.teams.marketing?.level).toBe('Aligned');
    expect(result.gaps).toHaveLength(16);
    const recs = recommend(result, 'Aligned');
    expect(recs[0]).toMatchObject({ id: 'gap/perception', step: 'Perception' });
    expect(recs[0]!.rationale).toBe('Sales scores 56.0 (Defined), marketing 72.0 (Aligned): 16.0 points apart, and 16 of 20 statements differ by a point or more.');
    expect(recs.slice(1).map((r) => r.step)).toContain('Sustain');
    // Below the target too, it comes before the steps up.
    expect(recommend(result, 'Integrated')[0]!.id).toBe('gap/perception');
  });

  it('flags a perception gap of 10 points or more within one level, and none below that', () => {
    const at = (s: number, m: number) => recommend(scoreDiagnostic([participant('sales', answersWithTotal(s)), participant('marketing', answersWithTotal(m))]), 'Aligned');
    expect(at(61, 71)[0]!.id).toBe('gap/perception');
    expect(at(61, 70).some((r) => r.id === 'gap/perception')).toBe(false);
    expect(at(70, 61).some((r) => r.id === 'gap/perception')).toBe(false);
    expect(at(71, 61)[0]!.id).toBe('gap/perception');
  });

  it('cites only the figures that drive each recommendation', () => {
    // Forecasting (statements 1 and 15) is the weakest area, but it is not what field feedback fixes.
    const sales = all(2).map((a, i) => (i === 0 || i === 14 ? 1 : a)) as Answer[];
    const result = scoreDiagnostic([participant('sales', sales), participant('marketing', all(3))]);
    const feedback = recommend(result, 'Aligned').find((r) => r.id === 'align/feedback-loop')!;
    expect(feedback.rationale).toContain('Communication & feedback');
    expect(feedback.rationale).not.toMatch(/Forecasting|statement 15/);
  });

  it('says in its rationale exactly the figures it carries (property)', () => {
    const answers = fc.array(fc.constantFrom<Exclude<Answer, null>>(1, 2, 3, 4, 5), { minLength: 20, maxLength: 20 });
    fc.assert(
      fc.property(answers, answers, fc.constantFrom(...LEVELS), (sales, marketing, target) => {
        for (const r of recommend(scoreDiagnostic([participant('sales', sales), participant('marketing', marketing)]), target)) {
          const { subscore, gap, teams } = r.figures;
          const group = subscore && STATEMENT_GROUPS.find((g) => g.id === subscore.group)!.name;
          if (group) expect(r.rationale).toContain(`${group} scores`);
          else expect(r.rationale).not.toMatch(/ scores .* out of 5/);
          // A gap talk names its statement in the title and its figures in the rationale.
          if (gap) expect(r.step === 'Gap' ? r.title : r.rationale).toContain(`tatement ${gap.statement}`);
          else if (r.step !== 'Gap') expect(r.rationale).not.toMatch(/statement \d+ \(/);
          if (teams) expect(r.rationale).toContain(`${teams.points.toFixed(1)} points apart`);
        }
      }),
      { numRuns: 60 },
    );
  });
});
