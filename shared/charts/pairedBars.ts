// Paired sales/marketing bars on the 1–5 answer scale, one row each, flagged gaps highlighted, sales
// solid and marketing outlined so grey print reads. The diagnostic's bar charts are built on it.
import { formatGap } from '../diagnostic/formatGap';
import { TEAM_LABELS } from '../diagnostic/model';
import { linearScale, type Scale } from './scale';
import { el, frameOf, middleBaseline, svgDocument, text, type Attrs } from './svg';
import { estimateTextWidth, wrapText } from './textMeasure';
import { CHART_FONT_SIZE, CHART_PADDING, DEFAULT_CHART_WIDTH, type ChartOptions, type ChartPalette } from './theme';

export interface PairedBarsLayout {
  padding: number;
  /** Right edge of the statement number, when rows are numbered. */
  numberX: number;
  labelX: number;
  labelWidth: number;
  /** Right edge of the "S"/"M" letters that start each bar. */
  letterX: number;
  /** 1–5 across the bar area. */
  scale: Scale;
  /** Right edge of the gap note, when there is a gap column. */
  gapX: number;
}

const VALUE_SPACE = 52;
const GAP_COLUMN = 100;

export function pairedBarsLayout(width = DEFAULT_CHART_WIDTH, columns: { numbered: boolean; gaps: boolean } = { numbered: true, gaps: true }): PairedBarsLayout {
  const padding = CHART_PADDING;
  const numberX = padding + (columns.numbered ? 30 : 0);
  const labelX = numberX + (columns.numbered ? 8 : 0);
  const labelWidth = Math.round(Math.min(340, Math.max(150, width * 0.32)));
  const letterX = labelX + labelWidth + 26;
  const barStart = letterX + 6;
  const barEnd = width - padding - VALUE_SPACE - (columns.gaps ? GAP_COLUMN : 0);
  return { padding, numberX, labelX, labelWidth, letterX, scale: linearScale([1, 5], [barStart, barEnd]), gapX: width - padding };
}

export interface BarRow {
  key: string;
  number?: number;
  label: string;
  sublabel?: string;
  sales: number | null;
  marketing: number | null;
  /** Only for flagged gaps. */
  gap?: number;
}

const BAR_HEIGHT = 18;
const BAR_SPACING = 4;
const LINE_HEIGHT = 19;
const ROW_PADDING = 8;

interface LegendItem {
  width: number;
  draw: (x: number, y: number) => string[];
}

function legendItems(palette: ChartPalette, notes: readonly string[]): LegendItem[] {
  const { small, label } = CHART_FONT_SIZE;
  const swatch = (team: 'sales' | 'marketing', letter: string): LegendItem => {
    const name = TEAM_LABELS[team];
    return {
      width: 14 + 6 + 28 + 8 + estimateTextWidth(name, label),
      draw: (x, y) => [
        text(x, middleBaseline(y, small), letter, { size: small, bold: true, fill: palette.text }),
        barRect(team, x + 20, y - BAR_HEIGHT / 2 + 2, 28, palette, BAR_HEIGHT - 4),
        text(x + 56, middleBaseline(y, label), name, { fill: palette.text }),
      ],
    };
  };
  return [
    swatch('sales', 'S'),
    swatch('marketing', 'M'),
    ...notes.map((note) => ({
      width: estimateTextWidth(note, small),
      draw: (x: number, y: number) => [text(x, middleBaseline(y, small), note, { size: small, fill: palette.muted })],
    })),
  ];
}

function barRect(team: 'sales' | 'marketing', x: number, y: number, length: number, palette: ChartPalette, height = BAR_HEIGHT, data?: Attrs): string {
  if (team === 'sales') return el('rect', { x, y, width: length, height, fill: palette.sales, ...data });
  // The outline sits inside the bar's box so both bars end at the same x for the same value.
  const inset = palette.strokeWidth / 2;
  return el('rect', {
    x: x + inset,
    y: y + inset,
    width: Math.max(length - 2 * inset, 0.5),
    height: height - 2 * inset,
    fill: palette.marketingFill,
    stroke: palette.marketing,
    'stroke-width': palette.strokeWidth,
    ...data,
  });
}

export interface PairedBarsSpec {
  title: string;
  descIntro: string;
  rows: BarRow[];
  decimals: number;
  gaps: boolean;
  notes: string[];
}

export function pairedBarsSvg(spec: PairedBarsSpec, options: ChartOptions): string {
  const frame = frameOf(options);
  const { width, palette } = frame;
  const numbered = spec.rows.some((r) => r.number !== undefined);
  const layout = pairedBarsLayout(width, { numbered, gaps: spec.gaps });
  const { scale } = layout;
  const { small, label: labelSize } = CHART_FONT_SIZE;
  const back: string[] = [];
  const front: string[] = [];
  let y = 8;

  if (options.title) {
    front.push(text(CHART_PADDING, y + 22, options.title, { size: CHART_FONT_SIZE.title, bold: true, fill: palette.text }));
    y += 36;
  }

  // The legend flows onto more lines when the chart is narrow.
  let lx = layout.padding;
  let ly = y + 14;
  for (const item of legendItems(palette, spec.notes)) {
    if (lx > layout.padding && lx + item.width > width - layout.padding) {
      lx = layout.padding;
      ly += 26;
    }
    front.push(...item.draw(lx, ly));
    lx += item.width + 24;
  }
  y = ly + 22;

  const ticks = [1, 2, 3, 4, 5];
  const tickLabels = (baseline: number) => ticks.map((t) => text(scale(t), baseline, String(t), { size: small, fill: palette.muted, anchor: 'middle' }));
  front.push(...tickLabels(y + 14));
  y += 22;
  const rowsTop = y;

  for (const row of spec.rows) {
    const lines = wrapText(row.label, layout.labelWidth, labelSize);
    const labelBlock = lines.length * LINE_HEIGHT + (row.sublabel ? LINE_HEIGHT - 2 : 0);
    const barsBlock = 2 * BAR_HEIGHT + BAR_SPACING;
    const height = Math.max(labelBlock, barsBlock) + 2 * ROW_PADDING;
    const middle = y + height / 2;
    const data = { 'data-row': row.key };
    const rowFill = row.gap !== undefined ? palette.highlight : palette.background;

    if (row.gap !== undefined) {
      back.push(el('rect', { x: 4, y: y + 1, width: width - 8, height: height - 2, fill: palette.highlight, stroke: palette.highlightBorder, 'stroke-width': 1.5, 'data-gap-row': row.key }));
      front.push(text(layout.gapX, middleBaseline(middle, small), `gap ${formatGap(row.gap, { zeroSign: '+' })}`, { size: small, bold: true, fill: palette.text, anchor: 'end', data }));
    }

    let textY = middle - labelBlock / 2 + LINE_HEIGHT / 2;
    if (row.number !== undefined) {
      front.push(text(layout.numberX, middleBaseline(textY, labelSize), `${row.number}.`, { bold: true, fill: palette.text, anchor: 'end', data }));
    }
    for (const line of lines) {
      front.push(text(layout.labelX, middleBaseline(textY, labelSize), line, { fill: palette.text, data }));
      textY += LINE_HEIGHT;
    }
    if (row.sublabel) front.push(text(layout.labelX, middleBaseline(textY - 2, small), row.sublabel, { size: small, fill: palette.muted, data }));

    const bars: ['sales' | 'marketing', string, number | null, number][] = [
      ['sales', 'S', row.sales, middle - BAR_SPACING / 2 - BAR_HEIGHT],
      ['marketing', 'M', row.marketing, middle + BAR_SPACING / 2],
    ];
    for (const [team, letter, value, top] of bars) {
      const centre = top + BAR_HEIGHT / 2;
      front.push(text(layout.letterX, middleBaseline(centre, small), letter, { size: small, bold: true, fill: palette.text, anchor: 'end' }));
      const teamData = { ...data, 'data-team': team };
      if (value === null) {
        front.push(text(scale(1) + 4, middleBaseline(centre, small), 'no answers', { size: small, fill: palette.muted, data: teamData }));
        continue;
      }
      const end = scale(Math.min(5, Math.max(1, value)));
      // A mean of exactly 1 still gets a sliver, so "1.00" visibly belongs to a bar.
      front.push(barRect(team, scale(1), top, Math.max(end - scale(1), 3), palette, BAR_HEIGHT, teamData));
      const valueText = value.toFixed(spec.decimals);
      const valueX = Math.max(end, scale(1) + 3) + 6;
      // A patch of the row's own fill keeps the dashed grid lines from running through the number.
      front.push(el('rect', { x: valueX - 2, y: centre - 8, width: estimateTextWidth(valueText, small) + 4, height: 16, fill: rowFill }));
      front.push(text(valueX, middleBaseline(centre, small), valueText, { size: small, fill: palette.text, data: teamData }));
    }
    y += height;
    back.push(el('line', { x1: layout.padding, y1: y, x2: width - layout.padding, y2: y, stroke: palette.grid, 'stroke-width': 1 }));
  }

  for (const t of ticks) {
    back.push(el('line', { x1: scale(t), y1: rowsTop, x2: scale(t), y2: y, stroke: palette.grid, 'stroke-width': 1, 'stroke-dasharray': t === 1 ? undefined : '3 3' }));
  }
  front.push(...tickLabels(y + 18));
  y += 28;

  const described = spec.rows.map((row) => {
    const value = (v: number | null) => (v === null ? 'no answers' : v.toFixed(spec.decimals));
    const gap = row.gap !== undefined ? `, gap ${formatGap(row.gap, { zeroSign: '+' })}` : '';
    return `${row.number !== undefined ? `${row.number}. ` : ''}${row.label}: sales ${value(row.sales)}, marketing ${value(row.marketing)}${gap}`;
  });
  const desc = `${spec.descIntro} ${described.join('; ')}.`;
  return svgDocument(frame, y, options.title ?? spec.title, desc, [...back, ...front]);
}
