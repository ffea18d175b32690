// The status marker of an action, one shape per status so grey print still reads: a ring (open), a
// half-filled ring (in progress), a ticked disc (done), a warning triangle (overdue). Its geometry
// is described once, as shapes; the timeline draws them in SVG, the PDF's action plan and wall-plan
// key as vector shapes (an SVG of its own for each small icon cost the PDF more than its text).
import { el, num } from './svg';
import type { ChartPalette } from './theme';

export type MarkerKind = 'open' | 'progress' | 'done' | 'overdue';

export const MARKER_KIND_LABELS: Record<MarkerKind, string> = { open: 'Open', progress: 'In progress', done: 'Done', overdue: 'Overdue' };

export const TIMELINE_MARKER_RADIUS = 9;

export function markerKind(action: { status: 'open' | 'in-progress' | 'done'; overdue: boolean }): MarkerKind {
  if (action.status === 'done') return 'done';
  if (action.overdue) return 'overdue';
  return action.status === 'in-progress' ? 'progress' : 'open';
}

interface Paint {
  /** A colour, or 'none'. */
  fill: string;
  stroke?: string;
  strokeWidth?: number;
}

/** One piece of a marker, in the units of the drawing it is placed in. */
export type MarkerShape =
  | ({ shape: 'circle'; cx: number; cy: number; r: number } & Paint)
  /** The left half of a disc, from its top round to its bottom. */
  | ({ shape: 'halfDisc'; cx: number; cy: number; r: number } & Paint)
  | ({ shape: 'path'; points: [number, number][]; closed: boolean } & Paint)
  | { shape: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; strokeWidth: number };

/** The marker centred on (x, cy), every length times `scale` (1 on the timeline). */
export function markerShapes(kind: MarkerKind, x: number, cy: number, palette: ChartPalette, scale = 1): MarkerShape[] {
  const r = TIMELINE_MARKER_RADIUS * scale;
  const k = (length: number) => length * scale;
  const colour = palette.status[kind];
  const ring: MarkerShape = { shape: 'circle', cx: x, cy, r: r - k(1), fill: palette.background, stroke: colour, strokeWidth: k(2.5) };
  switch (kind) {
    case 'open':
      return [ring];
    case 'progress':
      return [ring, { shape: 'halfDisc', cx: x, cy, r: r - k(1), fill: colour }];
    case 'done':
      return [
        { shape: 'circle', cx: x, cy, r, fill: colour },
        { shape: 'path', points: [[x - k(4.5), cy], [x - k(1.5), cy + k(3.5)], [x + k(4.5), cy - k(3.5)]], closed: false, fill: 'none', stroke: palette.background, strokeWidth: k(2.2) },
      ];
    case 'overdue':
      return [
        { shape: 'path', points: [[x, cy - r - k(2)], [x + r + k(2), cy + r], [x - r - k(2), cy + r]], closed: true, fill: colour },
        { shape: 'line', x1: x, y1: cy - k(3.5), x2: x, y2: cy + k(2.5), stroke: palette.background, strokeWidth: k(2.2) },
        { shape: 'circle', cx: x, cy: cy + k(5.6), r: k(1.3), fill: palette.background },
      ];
  }
}

function shapeSvg(s: MarkerShape, data: Record<string, string | number>): string {
  const paint = s.shape === 'line' ? {} : { fill: s.fill, stroke: s.stroke, 'stroke-width': s.strokeWidth };
  switch (s.shape) {
    case 'circle':
      return el('circle', { cx: s.cx, cy: s.cy, r: s.r, ...paint, ...data });
    case 'halfDisc':
      return el('path', { d: `M${num(s.cx)} ${num(s.cy - s.r)}A${num(s.r)} ${num(s.r)} 0 0 0 ${num(s.cx)} ${num(s.cy + s.r)}Z`, ...paint, ...data });
    case 'path':
      return el('path', { d: s.points.map(([px, py], i) => `${i ? 'L' : 'M'}${num(px)} ${num(py)}`).join('') + (s.closed ? 'Z' : ''), ...paint, ...data });
    case 'line':
      return el('line', { x1: s.x1, y1: s.y1, x2: s.x2, y2: s.y2, stroke: s.stroke, 'stroke-width': s.strokeWidth, ...data });
  }
}

/** The marker in SVG, `data` attributes on its first shape. */
export function markerSvg(kind: MarkerKind, x: number, cy: number, palette: ChartPalette, data: Record<string, string | number> = {}): string {
  return markerShapes(kind, x, cy, palette)
    .map((shape, i) => shapeSvg(shape, i === 0 ? { 'data-marker-kind': kind, ...data } : {}))
    .join('');
}
