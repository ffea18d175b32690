import { describe, expect, it } from 'vitest';
import { all, participant } from '../diagnostic/testing';
import { compareWorkshops } from './compareWorkshops';
import { formatChange, formatStanding, gapRows, levelMoveText, levelRows, subscoreRows } from './comparisonRows';

const at = (overrides: Record<number, 1 | 2 | 3 | 4 | 5>) => all(3).map((a, i) => overrides[i + 1] ?? a);

describe('comparison rows', () => {
  const c = compareWorkshops(
    { date: '2026-01-01', diagnostic: { participants: [participant('sales', at({ 1: 1, 2: 1 })), participant('marketing', at({ 7: 5, 3: 4 }))] } },
    { date: '2026-04-01', diagnostic: { participants: [participant('sales', at({ 1: 4, 2: 4 })), participant('marketing', at({ 3: 4 })), participant('other', all(4))] } },
  );

  it('lists sales, marketing, overall and other with their level moves', () => {
    const rows = levelRows(c);
    expect(rows.map((r) => [r.label, formatStanding(r.then), formatStanding(r.now), formatChange(r.change, 1), levelMoveText(r)])).toEqual([
      ['Sales', '56.0 Defined', '62.0 Aligned', '+6.0', 'up one level'],
      ['Marketing', '63.0 Aligned', '61.0 Aligned', '−2.0', 'same level'],
      ['Overall', '59.5 Defined', '61.5 Aligned', '+2.0', 'up one level'],
      ['Other', '—', '80.0 Integrated', '—', ''],
    ]);
    expect(rows.map((r) => r.levelMove)).toEqual(['up', 'same', 'up', null]);
  });

  it('gives each sub-score change per team compared', () => {
    const rows = subscoreRows(c);
    expect(rows).toHaveLength(6);
    expect(Object.keys(rows[0]!.changes)).toEqual(['sales', 'marketing', 'other']);
    expect(rows.find((r) => r.id === 'communication')!.changes.marketing).toBe(-0.67);
    expect(rows[0]!.changes.other).toBeNull();
  });

  it('names the closed and opened gaps and the statements that moved most, without those that did not move', () => {
    const gaps = gapRows(c, 2);
    expect(gaps.closed.map((g) => [g.statement, g.short])).toEqual([[7, 'Common vocabulary']]);
    expect(gaps.opened).toEqual([]);
    expect(gaps.movedMost).toHaveLength(2);
    // Statements 1 and 2 moved by 3.00, statement 7 by 2.00; statement 3 stayed at +1.00.
    expect(gaps.movedMost.map((g) => [g.statement, g.earlier, g.later, g.change])).toEqual([[1, 2, -1, -3], [2, 2, -1, -3]]);
    expect(gapRows(c).movedMost.map((g) => g.statement)).not.toContain(3);
  });
});
