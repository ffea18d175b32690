// One marker geometry for the timeline's SVG and the PDF's drawn icons.
import { describe, expect, it } from 'vitest';
import { markerShapes, markerSvg, type MarkerKind } from './statusMarker';
import { CHART_PALETTES } from './theme';

const palette = CHART_PALETTES.light;
const KINDS: MarkerKind[] = ['open', 'progress', 'done', 'overdue'];

describe('markerShapes', () => {
  it('gives each status its own shape: ring, half-filled ring, ticked disc, triangle', () => {
    expect(KINDS.map((kind) => markerShapes(kind, 0, 0, palette).map((s) => s.shape))).toEqual([['circle'], ['circle', 'halfDisc'], ['circle', 'path'], ['path', 'line', 'circle']]);
  });

  it('scales every length about the centre it is given', () => {
    for (const kind of KINDS) {
      const unit = markerShapes(kind, 0, 0, palette);
      const double = markerShapes(kind, 0, 0, palette, 2);
      expect(double).toEqual(
        unit.map((s) =>
          Object.fromEntries(
            Object.entries(s).map(([key, v]) => [key, typeof v === 'number' ? v * 2 : Array.isArray(v) ? v.map((p: number[]) => p.map((c) => c * 2)) : v]),
          ),
        ),
      );
    }
  });
});

describe('markerSvg', () => {
  it('draws the shapes in SVG with the data attributes on the first', () => {
    expect(markerSvg('done', 10, 20, palette, { 'data-action': 3 })).toBe(
      '<circle cx="10" cy="20" r="9" fill="#2e7d32" data-marker-kind="done" data-action="3"/>' +
        '<path d="M5.5 20L8.5 23.5L14.5 16.5" fill="none" stroke="#ffffff" stroke-width="2.2"/>',
    );
    expect(markerSvg('progress', 10, 20, palette)).toContain('<path d="M10 12A8 8 0 0 0 10 28Z" fill="#9a5b00"/>');
  });
});
