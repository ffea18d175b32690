// Score markers (one shape per team, for grey print) and their placement on one axis: rows and label
// sides so nothing overlaps.
import { el, num } from './svg';
import type { ChartPalette } from './theme';

/** What a score marker stands for: a team, or overall. */
export type ScoreMarkerKey = 'sales' | 'marketing' | 'overall' | 'other';

export const MARKER_RADIUS = 8;
/** From a marker's centre to the near edge of its label. */
export const MARKER_LABEL_OFFSET = 14;
const MARKER_SPACING = 10;

export interface MarkerToPlace {
  x: number;
  labelWidth: number;
}

export interface MarkerPlacement {
  /** 0 is the row nearest the axis. */
  row: number;
  side: 'left' | 'right';
  /** Where the label text starts and ends. */
  labelStart: number;
  labelEnd: number;
}

function placementOf(marker: MarkerToPlace, row: number, side: 'left' | 'right'): MarkerPlacement {
  const near = side === 'right' ? marker.x + MARKER_LABEL_OFFSET : marker.x - MARKER_LABEL_OFFSET;
  return side === 'right'
    ? { row, side, labelStart: near, labelEnd: near + marker.labelWidth }
    : { row, side, labelStart: near - marker.labelWidth, labelEnd: near };
}

function conflicts(markers: readonly MarkerToPlace[], placed: readonly MarkerPlacement[], bounds: { left: number; right: number }): number {
  let count = 0;
  for (let i = 0; i < placed.length; i++) {
    const a = placed[i]!;
    if (a.labelStart < bounds.left || a.labelEnd > bounds.right) count++;
    for (let j = i + 1; j < placed.length; j++) {
      const b = placed[j]!;
      if (a.row === b.row) {
        const aFrom = Math.min(a.labelStart, markers[i]!.x - MARKER_RADIUS);
        const aTo = Math.max(a.labelEnd, markers[i]!.x + MARKER_RADIUS);
        const bFrom = Math.min(b.labelStart, markers[j]!.x - MARKER_RADIUS);
        const bTo = Math.max(b.labelEnd, markers[j]!.x + MARKER_RADIUS);
        if (aFrom < bTo + MARKER_SPACING && bFrom < aTo + MARKER_SPACING) count++;
        continue;
      }
      // A marker further from the axis has its leader line cross the rows before it: keep it off their labels.
      const [upper, lowerX] = a.row < b.row ? [a, markers[j]!.x] : [b, markers[i]!.x];
      if (lowerX > upper.labelStart - 4 && lowerX < upper.labelEnd + 4) count++;
    }
  }
  return count;
}

function lexicographicallyLess(a: readonly number[], b: readonly number[]): boolean {
  const k = a.findIndex((v, i) => v !== b[i]);
  return k >= 0 && a[k]! < b[k]!;
}

/**
 * Rows and label sides for the ladder's markers (at most five): no two labels overlap, no leader
 * line crosses a label, labels stay inside `bounds`, and as few rows as possible are used.
 */
export function placeMarkers(markers: readonly MarkerToPlace[], bounds: { left: number; right: number }): MarkerPlacement[] {
  if (markers.length > 5) throw new Error('placeMarkers handles at most five markers');
  const n = markers.length;
  const choices = 2 * n;
  let best: MarkerPlacement[] = [];
  let bestScore: number[] | null = null;
  for (let code = 0; code < choices ** n; code++) {
    const placed: MarkerPlacement[] = [];
    let rest = code;
    for (let i = 0; i < n; i++) {
      const choice = rest % choices;
      rest = Math.floor(rest / choices);
      placed.push(placementOf(markers[i]!, Math.floor(choice / 2), choice % 2 === 0 ? 'right' : 'left'));
    }
    const rows = Math.max(...placed.map((p) => p.row)) + 1;
    const score = [
      conflicts(markers, placed, bounds),
      rows,
      placed.filter((p) => p.side === 'left').length,
      placed.reduce((s, p) => s + p.row, 0),
    ];
    if (!bestScore || lexicographicallyLess(score, bestScore)) {
      best = placed;
      bestScore = score;
    }
  }
  return best;
}

/** Each marker has its own shape so the ladder and the trend chart read without colour too. */
export function markerShape(key: ScoreMarkerKey, x: number, y: number, palette: ChartPalette): string {
  const r = MARKER_RADIUS;
  const common = { stroke: palette.background, 'stroke-width': 1.5, 'data-marker': key };
  switch (key) {
    case 'sales':
      return el('circle', { cx: x, cy: y, r, fill: palette.sales, ...common });
    case 'marketing':
      return el('path', { d: `M${num(x)} ${num(y - r - 1)}L${num(x + r + 1)} ${num(y)}L${num(x)} ${num(y + r + 1)}L${num(x - r - 1)} ${num(y)}Z`, fill: palette.marketing, ...common });
    case 'overall':
      return el('rect', { x: x - r + 1, y: y - r + 1, width: 2 * r - 2, height: 2 * r - 2, fill: palette.overall, ...common });
    case 'other':
      return el('path', { d: `M${num(x)} ${num(y - r - 1)}L${num(x + r + 1)} ${num(y + r - 1)}L${num(x - r - 1)} ${num(y + r - 1)}Z`, fill: palette.other, ...common });
  }
}
