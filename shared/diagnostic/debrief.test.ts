import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEBRIEF_GAPS, DEBRIEF_QUESTIONS, DEBRIEF_SPLITS, debriefGuide } from './debrief';
import type { Answer } from './model';
import { scoreDiagnostic } from './score';
import { STATEMENTS } from './statements';
import { all, participant } from './testing';

const setting = (base: Exclude<Answer, null>, changes: Record<number, Exclude<Answer, null>>) =>
  all(base).map((a, i) => changes[i + 1] ?? a) as Answer[];

describe('the debrief guide', () => {
  it('has a question of its own for every statement', () => {
    expect(DEBRIEF_QUESTIONS).toHaveLength(STATEMENTS.length);
    expect(new Set(DEBRIEF_QUESTIONS).size).toBe(STATEMENTS.length);
    for (const q of DEBRIEF_QUESTIONS) expect(q).toMatch(/\?$/);
  });

  it('lists the largest gaps first and says who rated higher, asking the lower team first', () => {
    // Marketing rates statement 5 two points higher; sales rates statement 6 three points higher.
    const sales = setting(3, { 5: 2, 6: 5 });
    const marketing = setting(3, { 5: 4, 6: 2 });
    const [first, second, third] = debriefGuide(scoreDiagnostic([participant('sales', sales), participant('marketing', marketing)]));
    expect(first).toMatchObject({ kind: 'gap', statement: 6, short: 'Sales feeds back willingly' });
    expect(first!.finding).toBe('Sales rates it 3.00 higher than marketing (5.00 against 2.00).');
    expect(first!.question).toMatch(/^Ask marketing first, who rated it lower: What was the last thing marketing asked the field about/);
    expect(first!.question).toMatch(/Then ask sales what it sees/);
    expect(second).toMatchObject({ kind: 'gap', statement: 5 });
    expect(second!.finding).toBe('Marketing rates it 2.00 higher than sales (4.00 against 2.00).');
    expect(second!.question).toMatch(/^Ask sales first/);
    expect(second!.question).toContain(DEBRIEF_QUESTIONS[4]);
    // Every other statement is answered alike, so nothing else is flagged.
    expect(third).toBeUndefined();
  });

  it('lists the widest splits within a team after the gaps', () => {
    const sales = [setting(3, { 12: 1 }), setting(3, { 12: 5 }), setting(3, { 12: 1 }), setting(3, { 12: 5 })];
    const marketing = [setting(3, {}), setting(3, {})];
    const guide = debriefGuide(scoreDiagnostic([...sales.map((a) => participant('sales', a)), ...marketing.map((a) => participant('marketing', a))]));
    expect(guide).toHaveLength(1);
    expect(guide[0]).toMatchObject({ kind: 'split', statement: 12, short: 'Shared measures of success' });
    expect(guide[0]!.finding).toBe('Sales is divided on it: its answers spread 2.00 (standard deviation on the 1–5 scale).');
    expect(guide[0]!.question).toBe(`Ask two people from sales who rated it differently: ${DEBRIEF_QUESTIONS[11]} What does each see that the other does not?`);
  });

  it('is empty when the teams agree and no team is split', () => {
    expect(debriefGuide(scoreDiagnostic([participant('sales', all(3)), participant('marketing', all(3))]))).toEqual([]);
    expect(debriefGuide(scoreDiagnostic([]))).toEqual([]);
  });

  it('takes at most three gaps and three splits, the largest of each, and never a name (property)', () => {
    const answers = fc.array(fc.constantFrom<Exclude<Answer, null>>(1, 2, 3, 4, 5), { minLength: 20, maxLength: 20 });
    const team = fc.array(answers, { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(team, team, (sales, marketing) => {
        const people = [...sales.map((a, i) => participant('sales', a, `Qzs${i}`)), ...marketing.map((a, i) => participant('marketing', a, `Qzm${i}`))];
        const result = scoreDiagnostic(people);
        const guide = debriefGuide(result);
        const gaps = guide.filter((g) => g.kind === 'gap');
        const splits = guide.filter((g) => g.kind === 'split');
        expect(gaps.map((g) => g.statement)).toEqual(result.gaps.slice(0, DEBRIEF_GAPS).map((g) => g.statement));
        expect(splits.map((s) => s.statement)).toEqual(result.splits.slice(0, DEBRIEF_SPLITS).map((s) => s.statement));
        expect(JSON.stringify(guide)).not.toMatch(/Qz[sm]/);
      }),
    );
  });
});
