// The level ladder: the four relationship levels from 20 to 100 with each team's score marked and
// the target level outlined.
import { LEVEL_BANDS, levelIndex, levelOf } from '../diagnostic/levels';
import { TEAM_LABELS, type Level } from '../diagnostic/model';
import { MARKER_LABEL_OFFSET, markerShape, placeMarkers, type ScoreMarkerKey } from './markers';
import { linearScale, type Scale } from './scale';
import { el, frameOf, middleBaseline, svgDocument, text } from './svg';
import { estimateTextWidth } from './textMeasure';
import { CHART_FONT_SIZE, CHART_PADDING, DEFAULT_CHART_WIDTH, type ChartOptions } from './theme';

/** Room either side of the ladder for the "20" and "100" tick labels. */
export const LADDER_PADDING_X = 40;

/** 20–100 across the ladder; the bands meet at 40, 60 and 80, where the next level starts. */
export function ladderScale(width = DEFAULT_CHART_WIDTH): Scale {
  return linearScale([20, 100], [LADDER_PADDING_X, width - LADDER_PADDING_X]);
}

export interface LevelLadderInput {
  sales?: number | null;
  marketing?: number | null;
  overall?: number | null;
  other?: number | null;
  target?: Level | null;
}

const LADDER_MARKERS: readonly { key: ScoreMarkerKey; label: string }[] = [
  { key: 'sales', label: TEAM_LABELS.sales },
  { key: 'marketing', label: TEAM_LABELS.marketing },
  { key: 'overall', label: 'Overall' },
  { key: 'other', label: TEAM_LABELS.other },
];

function bandEnd(index: number): number {
  return LEVEL_BANDS[index + 1]?.from ?? 100;
}

const bandRange = (index: number) => `${LEVEL_BANDS[index]!.from}–${LEVEL_BANDS[index]!.to}`;

export function levelLadderSvg(input: LevelLadderInput, options: ChartOptions = {}): string {
  const frame = frameOf(options);
  const { width, palette } = frame;
  const x = ladderScale(width);
  const body: string[] = [];
  let y = 8;

  if (options.title) {
    body.push(text(CHART_PADDING, y + 22, options.title, { size: CHART_FONT_SIZE.title, bold: true, fill: palette.text }));
    y += 36;
  }

  const targetIndex = input.target ? levelIndex(input.target) : -1;
  if (targetIndex >= 0) {
    const centre = (x(LEVEL_BANDS[targetIndex]!.from) + x(bandEnd(targetIndex))) / 2;
    body.push(text(centre, y + 18, `Target: ${input.target}`, { bold: true, fill: palette.text, anchor: 'middle', data: { 'data-target': input.target! } }));
    y += 28;
  }

  const bandTop = y + 28;
  const bandHeight = 58;
  const axisY = bandTop + bandHeight;
  for (let tick = 20; tick <= 100; tick += 20) {
    body.push(text(x(tick), y + 16, String(tick), { size: CHART_FONT_SIZE.small, fill: palette.muted, anchor: 'middle' }));
    body.push(el('line', { x1: x(tick), y1: y + 21, x2: x(tick), y2: bandTop, stroke: palette.muted, 'stroke-width': 1.5 }));
  }

  LEVEL_BANDS.forEach((band, i) => {
    const from = x(band.from);
    const to = x(bandEnd(i));
    body.push(el('rect', { x: from, y: bandTop, width: to - from, height: bandHeight, fill: palette.bands[i]!, stroke: palette.grid, 'stroke-width': 1, 'data-level': band.level }));
    body.push(text((from + to) / 2, bandTop + 25, band.level, { bold: true, fill: palette.text, anchor: 'middle' }));
    body.push(text((from + to) / 2, bandTop + 46, bandRange(i), { size: CHART_FONT_SIZE.small, fill: palette.muted, anchor: 'middle' }));
  });
  if (targetIndex >= 0) {
    const inset = palette.strokeWidth;
    const from = x(LEVEL_BANDS[targetIndex]!.from);
    const to = x(bandEnd(targetIndex));
    body.push(el('rect', {
      x: from + inset / 2,
      y: bandTop + inset / 2,
      width: to - from - inset,
      height: bandHeight - inset,
      fill: 'none',
      stroke: palette.text,
      'stroke-width': inset + 1,
      'stroke-dasharray': '8 4',
      'data-target-band': input.target!,
    }));
  }
  body.push(el('line', { x1: x(20), y1: axisY, x2: x(100), y2: axisY, stroke: palette.text, 'stroke-width': palette.strokeWidth }));

  const shown = LADDER_MARKERS.flatMap(({ key, label }) => {
    const score = input[key];
    if (score == null || !Number.isFinite(score)) return [];
    const caption = `${label} ${score.toFixed(1)}`;
    const clamped = Math.min(100, Math.max(20, score));
    return [{ key, label, score, caption, x: x(clamped), labelWidth: estimateTextWidth(caption, CHART_FONT_SIZE.label) }];
  });
  const placements = placeMarkers(shown, { left: 4, right: width - 4 });
  const firstRow = axisY + 30;
  const rowPitch = 32;
  // Leader lines first, so no line is drawn over a marker or label.
  shown.forEach((marker, i) => {
    const cy = firstRow + placements[i]!.row * rowPitch;
    body.push(el('line', { x1: marker.x, y1: axisY, x2: marker.x, y2: cy, stroke: palette[marker.key], 'stroke-width': 2 }));
  });
  shown.forEach((marker, i) => {
    const { row, side } = placements[i]!;
    const cy = firstRow + row * rowPitch;
    body.push(markerShape(marker.key, marker.x, cy, palette));
    const labelX = side === 'right' ? marker.x + MARKER_LABEL_OFFSET : marker.x - MARKER_LABEL_OFFSET;
    body.push(text(labelX, middleBaseline(cy, CHART_FONT_SIZE.label), marker.caption, {
      bold: true,
      fill: palette.text,
      anchor: side === 'right' ? 'start' : 'end',
      data: { 'data-label': marker.key },
    }));
  });
  const rows = shown.length ? Math.max(...placements.map((p) => p.row)) + 1 : 0;
  if (!shown.length) body.push(text(x(20), middleBaseline(firstRow, CHART_FONT_SIZE.label), 'No scores yet', { fill: palette.muted }));
  const height = firstRow + Math.max(rows - 1, 0) * rowPitch + 24;

  const scale = LEVEL_BANDS.map((b, i) => `${b.level} ${bandRange(i)}`).join(', ');
  const said = shown.map((m) => `${m.caption} (${levelOf(m.score)})`);
  const desc = [
    `Relationship levels on a scale from 20 to 100: ${scale}.`,
    said.length ? `${said.join('; ')}.` : 'No scores yet.',
    input.target ? `Target: ${input.target}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return svgDocument(frame, height, options.title ?? 'Relationship level', desc, body);
}
