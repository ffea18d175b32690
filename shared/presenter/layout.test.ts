import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { areaGrid, MIN_TEXT_SHARE_OF_HEIGHT } from './layout';

describe('areaGrid', () => {
  it('lays the friction map out 4 × 2, the perceptions 3 × 2 and the messaging harvest 2 × 2 on a 16:9 screen', () => {
    expect(areaGrid(8, 1280, 620)).toEqual({ columns: 4, rows: 2 });
    expect(areaGrid(6, 1280, 620)).toEqual({ columns: 3, rows: 2 });
    expect(areaGrid(4, 1280, 620)).toEqual({ columns: 2, rows: 2 });
    expect(areaGrid(1, 1280, 620)).toEqual({ columns: 1, rows: 1 });
  });

  it('always has a cell for every area and no empty row (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 300, max: 4000 }), fc.integer({ min: 300, max: 3000 }), (n, w, h) => {
        const { columns, rows } = areaGrid(n, w, h);
        return columns * rows >= n && columns * (rows - 1) < n;
      }),
    );
  });

  it('keeps the smallest text at 24 px on a 720-pixel-high projector', () => {
    expect(720 * MIN_TEXT_SHARE_OF_HEIGHT).toBe(24);
  });
});
