// The trend chart: the diagnostic over three or more linked workshops, one line per team and overall,
// over the level bands, so a reader sees which levels were crossed. Same SVG on screen and in the PDF.
import type { Trend, TrendSeries, TrendSeriesKey } from '../compare/trend';
import { LEVEL_BANDS, levelOf } from '../diagnostic/levels';
import { formatDay } from '../format/dates';
import { MARKER_LABEL_OFFSET, MARKER_RADIUS, markerShape } from './markers';
import { linearScale } from './scale';
import { el, frameOf, middleBaseline, num, svgDocument, text } from './svg';
import { estimateTextWidth } from './textMeasure';
import { CHART_FONT_SIZE, CHART_PADDING, type ChartOptions } from './theme';

export interface TrendChartOptions extends ChartOptions {
  /** The series to draw (one team's chart, say); every series of the trend unless given. */
  series?: readonly TrendSeriesKey[];
}

/** Dash patterns, so lines tell apart in grey print as the marker shapes do. */
const DASHES: Record<TrendSeriesKey, string | undefined> = { sales: undefined, marketing: '9 5', overall: undefined, other: '3 4' };
const BAND_HEIGHT = 64;
const MIN_PLOT_HEIGHT = 160;
const LABEL_PITCH = 20;

/**
 * The level bands the values fall in, whole bands only (20–40, 40–60…), at least one. A band
 * includes its lower boundary (80.0 is Integrated), so a value on a boundary shows the band above.
 */
export function trendDomain(values: readonly number[]): [number, number] {
  if (values.length === 0) return [20, 100];
  const low = Math.min(80, Math.max(20, Math.floor(Math.min(...values) / 20) * 20));
  const high = Math.min(100, Math.max(low + 20, Math.floor(Math.max(...values) / 20) * 20 + 20));
  return [low, high];
}

/** Where a label centred on each wanted y goes so none overlaps the next, kept within [top, bottom]. */
export function spreadLabels(wanted: readonly number[], pitch: number, top: number, bottom: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => o.y);
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + pitch);
  const overflow = placed.length ? placed.at(-1)! - bottom : 0;
  if (overflow > 0) for (let k = 0; k < placed.length; k++) placed[k]! -= overflow;
  for (let k = 0; k < placed.length; k++) placed[k] = Math.max(placed[k]!, top + k * pitch);
  const result: number[] = [];
  order.forEach((o, k) => (result[o.i] = placed[k]!));
  return result;
}

const lastValue = (s: TrendSeries) => {
  for (let i = s.values.length - 1; i >= 0; i--) if (s.values[i] != null) return { index: i, value: s.values[i]! };
  return null;
};

/** The label under each workshop: its date, or its place in the chain when it has none. */
const workshopLabel = (w: Trend['workshops'][number], i: number) => (w.date ? formatDay(w.date, 'en-GB') : `Workshop ${i + 1}`);

export function trendSvg(trend: Trend, options: TrendChartOptions = {}): string {
  const frame = frameOf(options);
  const { width, palette } = frame;
  const series = trend.series.filter((s) => !options.series || options.series.includes(s.key));
  const body: string[] = [];
  let y = 8;
  if (options.title) {
    body.push(text(CHART_PADDING, y + 22, options.title, { size: CHART_FONT_SIZE.title, bold: true, fill: palette.text }));
    y += 36;
  }

  const ends = series.map((s) => ({ s, last: lastValue(s) })).filter((e) => e.last !== null);
  const endLabels = ends.map(({ s, last }) => `${s.label} ${last!.value.toFixed(1)}`);
  const labelSize = CHART_FONT_SIZE.label;
  const bandNameWidth = Math.max(...LEVEL_BANDS.map((b) => estimateTextWidth(b.level, CHART_FONT_SIZE.small)));
  const plotLeft = CHART_PADDING + bandNameWidth + 10;
  const count = trend.workshops.length;
  const endWidth = Math.max(0, ...endLabels.filter((_, k) => ends[k]!.last!.index === count - 1).map((l) => estimateTextWidth(l, labelSize)));
  const plotRight = width - CHART_PADDING - (endWidth ? endWidth + MARKER_LABEL_OFFSET + 12 : 0);

  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const [low, high] = trendDomain(values);
  const bandsShown = (high - low) / 20;
  const plotTop = y + 12;
  // One band alone still gets the height of two and a half, so a change within it shows.
  const plotBottom = plotTop + Math.max(bandsShown * BAND_HEIGHT, MIN_PLOT_HEIGHT);
  const yOf = linearScale([low, high], [plotBottom, plotTop]);

  // Level bands, named on the left, with the score at each boundary.
  LEVEL_BANDS.forEach((band, i) => {
    const from = band.from;
    const to = LEVEL_BANDS[i + 1]?.from ?? 100;
    if (from < low || to > high) return;
    body.push(el('rect', { x: plotLeft, y: yOf(to), width: plotRight - plotLeft, height: yOf(from) - yOf(to), fill: palette.bands[i]!, stroke: palette.grid, 'stroke-width': 1, 'data-level': band.level }));
    body.push(text(plotLeft - 8, middleBaseline((yOf(from) + yOf(to)) / 2, CHART_FONT_SIZE.small), band.level, { size: CHART_FONT_SIZE.small, bold: true, fill: palette.text, anchor: 'end' }));
  });
  for (let tick = low; tick <= high; tick += 20) {
    body.push(text(plotLeft - 8, middleBaseline(yOf(tick), CHART_FONT_SIZE.small), String(tick), { size: CHART_FONT_SIZE.small, fill: palette.muted, anchor: 'end' }));
  }

  // Workshops evenly spaced across; a label under each where there is room (always the first and last).
  const inset = 24;
  const xOf = (i: number) => (count <= 1 ? (plotLeft + plotRight) / 2 : plotLeft + inset + (i * (plotRight - plotLeft - 2 * inset)) / (count - 1));
  const labels = trend.workshops.map(workshopLabel);
  const widest = Math.max(0, ...labels.map((l) => estimateTextWidth(l, CHART_FONT_SIZE.small)));
  const spacing = count > 1 ? (plotRight - plotLeft - 2 * inset) / (count - 1) : Infinity;
  const every = Math.max(1, Math.ceil((widest + 12) / spacing));
  labels.forEach((label, i) => {
    const x = xOf(i);
    body.push(el('line', { x1: x, y1: plotBottom, x2: x, y2: plotBottom + 6, stroke: palette.muted, 'stroke-width': 1.5 }));
    const shown = i === 0 || i === count - 1 || (i % every === 0 && count - 1 - i >= every);
    if (shown) body.push(text(x, plotBottom + 24, label, { size: CHART_FONT_SIZE.small, fill: palette.muted, anchor: i === 0 && count > 1 ? 'start' : i === count - 1 && count > 1 ? 'end' : 'middle' }));
  });

  // Lines first, then markers over them; a workshop without a figure breaks the line.
  for (const s of series) {
    const segments: string[] = [];
    s.values.forEach((v, i) => {
      if (v === null) return;
      const joined = i > 0 && s.values[i - 1] != null;
      segments.push(`${joined ? 'L' : 'M'}${num(xOf(i))} ${num(yOf(v))}`);
    });
    if (segments.some((seg) => seg.startsWith('L'))) {
      body.push(el('path', { d: segments.join(''), fill: 'none', stroke: palette[s.key], 'stroke-width': s.key === 'overall' ? palette.strokeWidth + 1 : palette.strokeWidth, 'stroke-dasharray': DASHES[s.key], 'data-series': s.key }));
    }
  }
  for (const s of series) s.values.forEach((v, i) => v !== null && body.push(markerShape(s.key, xOf(i), yOf(v), palette)));

  // A series that reaches the last workshop is named at the right, labels spread apart so none
  // overlaps another; one that stops earlier is named above its last marker, so no leader line
  // runs on past it as if it were a figure.
  const labelX = plotRight + MARKER_LABEL_OFFSET;
  const atEnd = ends.map((e, k) => ({ ...e, caption: endLabels[k]! })).filter((e) => e.last!.index === count - 1);
  const placed = spreadLabels(atEnd.map(({ last }) => yOf(last!.value)), LABEL_PITCH, plotTop, plotBottom);
  atEnd.forEach(({ s, last, caption }, k) => {
    const fromX = xOf(last!.index) + MARKER_RADIUS + 2;
    body.push(el('line', { x1: fromX, y1: yOf(last!.value), x2: labelX - 4, y2: placed[k]!, stroke: palette[s.key], 'stroke-width': 1.5 }));
    body.push(text(labelX, middleBaseline(placed[k]!, labelSize), caption, { bold: true, fill: palette.text, data: { 'data-label': s.key } }));
  });
  ends.forEach(({ s, last }, k) => {
    if (last!.index === count - 1) return;
    const above = yOf(last!.value) - MARKER_RADIUS - 6;
    const y = above - labelSize < plotTop ? yOf(last!.value) + MARKER_RADIUS + labelSize + 2 : above;
    body.push(text(xOf(last!.index), y, endLabels[k]!, { bold: true, fill: palette.text, anchor: last!.index === 0 ? 'start' : 'middle', data: { 'data-label': s.key } }));
  });
  if (series.length === 0) body.push(text(plotLeft + 8, middleBaseline((plotTop + plotBottom) / 2, labelSize), 'No scores yet', { fill: palette.muted }));

  const height = plotBottom + 40;
  const said = series.map((s) => `${s.label}: ${s.values.map((v, i) => `${labels[i]} ${v === null ? 'no score' : `${v.toFixed(1)} (${levelOf(v)})`}`).join(', ')}.`);
  const desc = [`The relationship level over ${count} workshops, oldest first, on the scale from 20 to 100 (Undefined 20–39, Defined 40–59, Aligned 60–79, Integrated 80–100).`, ...said].join(' ');
  return svgDocument(frame, height, options.title ?? 'Relationship level over time', desc, body);
}
