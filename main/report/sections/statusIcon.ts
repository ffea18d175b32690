// The status marker as a small pdfmake drawing, in the shape the wall plan's timeline gives it. Drawn
// as vector shapes rather than an SVG each: a report has one per action, twice, and every SVG is
// parsed twice and set up anew by pdfmake.
import type { CanvasElement, ContentCanvas } from 'pdfmake/interfaces';
import { markerShapes, TIMELINE_MARKER_RADIUS, type MarkerKind, type MarkerShape } from '../../../shared/charts/statusMarker';
import { CHART_PALETTES } from '../../../shared/charts/theme';

/** The icon's box in marker units: the marker and a margin around it, as the timeline's legend has. */
const BOX = 2 * TIMELINE_MARKER_RADIUS + 6;
/** Straight pieces of a half disc: smooth at any size a marker is printed. */
const ARC_STEPS = 24;

const paintOf = (s: { fill: string; stroke?: string; strokeWidth?: number }) => ({
  ...(s.fill !== 'none' ? { color: s.fill } : {}),
  ...(s.stroke ? { lineColor: s.stroke, lineWidth: s.strokeWidth } : {}),
});

function vector(s: MarkerShape): CanvasElement {
  switch (s.shape) {
    case 'circle':
      return { type: 'ellipse', x: s.cx, y: s.cy, r1: s.r, r2: s.r, ...paintOf(s) };
    case 'halfDisc': {
      const points = Array.from({ length: ARC_STEPS + 1 }, (_, i) => {
        const angle = (Math.PI * i) / ARC_STEPS;
        return { x: s.cx - s.r * Math.sin(angle), y: s.cy - s.r * Math.cos(angle) };
      });
      return { type: 'polyline', points, closePath: true, ...paintOf(s) };
    }
    case 'path':
      return { type: 'polyline', points: s.points.map(([x, y]) => ({ x, y })), closePath: s.closed, ...paintOf(s) };
    case 'line':
      return { type: 'line', x1: s.x1, y1: s.y1, x2: s.x2, y2: s.y2, lineColor: s.stroke, lineWidth: s.strokeWidth };
  }
}

/** The marker for `kind`, `width` points square, on the page's white as on the timeline. (`layout.width` sizes a column.) */
export function statusIcon(kind: MarkerKind, width: number, layout: Pick<ContentCanvas, 'alignment' | 'margin'> & { width?: number }): ContentCanvas {
  const scale = width / BOX;
  const palette = CHART_PALETTES.light;
  return {
    canvas: [
      { type: 'rect', x: 0, y: 0, w: width, h: width, color: palette.background },
      ...markerShapes(kind, (BOX / 2) * scale, (BOX / 2 + 1) * scale, palette, scale).map(vector),
    ],
    ...layout,
  };
}
