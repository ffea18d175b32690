// Marker placement: fewest rows, no overlaps, no leader line through a label, labels inside the bounds.
import { describe, expect, it } from 'vitest';
import { MARKER_LABEL_OFFSET, placeMarkers } from './markers';

describe('placeMarkers', () => {
  const bounds = { left: 0, right: 900 };

  it('uses one row when labels do not collide', () => {
    const placed = placeMarkers([{ x: 100, labelWidth: 80 }, { x: 500, labelWidth: 80 }], bounds);
    expect(placed.map((p) => p.row)).toEqual([0, 0]);
  });

  it('never lets a leader line cross a label on a row nearer the axis', () => {
    const markers = [{ x: 400, labelWidth: 100 }, { x: 420, labelWidth: 100 }, { x: 410, labelWidth: 100 }];
    const placed = placeMarkers(markers, bounds);
    placed.forEach((p, i) => {
      placed.forEach((q, j) => {
        if (q.row < p.row) expect(markers[i]!.x < q.labelStart || markers[i]!.x > q.labelEnd, `${i} crosses ${j}`).toBe(true);
      });
    });
  });

  it('turns a label to the left when it would run off the right edge', () => {
    const [placed] = placeMarkers([{ x: 880, labelWidth: 100 }], bounds);
    expect(placed).toMatchObject({ side: 'left', labelEnd: 880 - MARKER_LABEL_OFFSET });
  });
});
