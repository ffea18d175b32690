import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, Level } from './model';
import { LEVELS } from './model';
import { recommend } from './recommend';
import { scoreDiagnostic } from './score';
import { all, answersWithTotal, participant } from './testing';
import { distanceFromTarget, targetAnswer, whereToStart, WHERE_TO_START_MAX } from './whereToStart';

const withLow = (value: Exclude<Answer, null>, low: readonly number[], lowValue: Exclude<Answer, null>) =>
  all(value).map((a, i) => (low.includes(i + 1) ? lowValue : a)) as Answer[];

function split(sales: Answer[], marketing: Answer[], target: Level) {
  const recs = recommend(scoreDiagnostic([participant('sales', sales), participant('marketing', marketing)]), target);
  return { recs, ...whereToStart(recs, target) };
}

describe('where to start', () => {
  it('measures the target as the mean answer of its lowest total', () => {
    expect(LEVELS.map(targetAnswer)).toEqual([1, 2, 3, 4]);
  });

  it('starts with the actions of the next step whose sub-scores fall furthest short of the target', () => {
    // Overall Defined (3s) with structure (12, 14, 17, 18, 19) at 1 and trust (2, 10, 16) at 2.
    const answers = withLow(3, [12, 14, 17, 18, 19], 1).map((a, i) => ([2, 10, 16].includes(i + 1) ? 2 : a)) as Answer[];
    const { first, further, recs } = split(answers, answers, 'Aligned');
    expect(first.map((r) => r.id)).toEqual(['align/job-rotation', 'align/joint-training', 'align/disciplined-communication']);
    expect(first.every((r) => r.step === 'Defined→Aligned')).toBe(true);
    expect(distanceFromTarget(first[0]!, 'Aligned')).toBe(2);
    expect(distanceFromTarget(first[2]!, 'Aligned')).toBe(1);
    expect(further).toHaveLength(recs.length - 3);
    expect(further.map((r) => r.id)).toEqual(recs.filter((r) => !first.includes(r)).map((r) => r.id));
  });

  it('weighs the gap between the teams on a statement the action addresses', () => {
    // Both Defined (57 and 58), close together; on statement 5 sales says 1 and marketing 5.
    const sales = withLow(3, [5], 1).map((a, i) => (i === 19 ? 2 : a)) as Answer[];
    const marketing = withLow(3, [19, 20], 1).map((a, i) => (i === 4 ? 5 : a)) as Answer[];
    const { first } = split(sales, marketing, 'Aligned');
    expect(first[0]!.id).toBe('align/collateral-review');
    expect(first[0]!.figures.gap).toEqual({ statement: 5, gap: 4 });
    expect(distanceFromTarget(first[0]!, 'Aligned')).toBe(4);
  });

  it('puts the perception gap first, then the nearest step, never a later one', () => {
    // Sales 30 (Undefined), marketing 41 (Defined): a level apart, overall Undefined, target Integrated.
    const { first, recs } = split(answersWithTotal(30), answersWithTotal(41), 'Integrated');
    expect(first.length).toBeGreaterThan(1);
    expect(first[0]!.id).toBe('gap/perception');
    expect(first.length).toBeLessThanOrEqual(WHERE_TO_START_MAX);
    expect(first.slice(1).every((r) => r.step === 'Undefined→Defined')).toBe(true);
    expect(recs.some((r) => r.step === 'Aligned→Integrated')).toBe(true);
  });

  it('at the target, starts with the widest gaps to talk through, not with routines already strong', () => {
    // Sales 76, marketing 79, both Aligned; gaps +3 on statements 9 and 13, -2 on 1, -1 on 3.
    const sales = withLow(4, [9, 13], 2);
    const marketing = all(4).map((a, i) => ({ 9: 5, 13: 5, 1: 2, 3: 3 })[i + 1] ?? a) as Answer[];
    const { first } = split(sales, marketing, 'Aligned');
    expect(first.map((r) => r.id)).toEqual(['gap/s9', 'gap/s13', 'gap/s1']);
  });

  it('falls back to the first recommendation when no figure is short of the target', () => {
    const { first, further, recs } = split(all(5), all(5), 'Aligned');
    expect(first.map((r) => r.id)).toEqual(['sustain/re-assess']);
    expect(further).toHaveLength(recs.length - 1);
  });

  it('splits nothing before there are recommendations or a target', () => {
    expect(whereToStart([], 'Aligned')).toEqual({ first: [], further: [] });
  });

  it('always picks between one and three, and keeps every recommendation exactly once (property)', () => {
    const answer = fc.constantFrom<Exclude<Answer, null>>(1, 2, 3, 4, 5);
    const answers = fc.array(answer, { minLength: 20, maxLength: 20 });
    fc.assert(
      fc.property(answers, answers, fc.constantFrom(...LEVELS), (sales, marketing, target) => {
        const { recs, first, further } = split(sales, marketing, target);
        if (recs.length === 0) return first.length === 0;
        const ids = [...first, ...further].map((r) => r.id).sort();
        return first.length >= 1 && first.length <= WHERE_TO_START_MAX && JSON.stringify(ids) === JSON.stringify(recs.map((r) => r.id).sort());
      }),
    );
  });
});
