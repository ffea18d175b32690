import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boardLayoutOf, boardRows } from './boardLayout';
import { ACTIVITY_KINDS, KIND_DEFAULTS } from './kinds';
import type { Area } from '../board/schema';

const areasOf = (kind: keyof typeof KIND_DEFAULTS): Area[] => (KIND_DEFAULTS[kind].areas ?? []).map((a, i) => ({ id: `a${i}`, hint: '', ...a }));

describe('board layout by activity kind', () => {
  it('lays perceptions out as a row about sales and a row about marketing, three areas each', () => {
    const rows = boardRows('perceptions', areasOf('perceptions'));
    expect(rows.map((r) => [r.title, r.areas])).toEqual([
      ['About sales', [0, 1, 2]],
      ['About marketing', [3, 4, 5]],
    ]);
  });

  it('groups the friction map into economic then cultural tensions', () => {
    const rows = boardRows('friction', areasOf('friction'));
    expect(rows.map((r) => [r.title, r.areas.length])).toEqual([
      ['Economic tensions', 3],
      ['Cultural tensions', 6],
    ]);
  });

  it('puts an area added without a family among the cultural tensions, and leaves out an empty family', () => {
    const rows = boardRows('friction', [{ id: 'x', title: 'Pricing', hint: '' }]);
    expect(rows).toEqual([{ key: 'cultural', title: 'Cultural tensions', areas: [0] }]);
  });

  it('shows every other board as one row of columns', () => {
    for (const kind of ['handoff', 'messaging', 'free-board'] as const) {
      expect(boardLayoutOf(kind)).toBe('columns');
      expect(boardRows(kind, areasOf(kind))).toEqual([{ key: 'all', title: null, areas: areasOf(kind).map((_, i) => i) }]);
    }
  });

  it('places every area in exactly one row, in board order within a row', () => {
    const area = fc.record({
      subject: fc.constantFrom('sales', 'marketing', undefined),
      family: fc.constantFrom('economic', 'cultural', undefined),
    });
    fc.assert(
      fc.property(fc.constantFrom(...ACTIVITY_KINDS), fc.array(area, { minLength: 1, maxLength: 40 }), (kind, specs) => {
        const areas = specs.map((s, i) => ({ id: `a${i}`, title: `Area ${i}`, hint: '', ...(s.subject ? { subject: s.subject } : {}), ...(s.family ? { family: s.family } : {}) }) as Area);
        const placed = boardRows(kind, areas).flatMap((r) => r.areas);
        expect([...placed].sort((a, b) => a - b)).toEqual(areas.map((_, i) => i));
        for (const row of boardRows(kind, areas)) expect(row.areas).toEqual([...row.areas].sort((a, b) => a - b));
      }),
    );
  });
});
