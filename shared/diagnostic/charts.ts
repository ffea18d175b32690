// Diagnostic charts as SVG strings, so the screens (inserted as markup) and the PDF report
// (pdfmake `svg` nodes, drawn by svg-to-pdfkit) show the very same pictures.
import { formatGap } from './formatGap';
import { LEVEL_BANDS, levelIndex, levelOf } from './levels';
import { TEAM_LABELS, type DiagnosticResult, type Level } from './model';
import { GAP_THRESHOLD } from './score';
import { STATEMENTS, STATEMENT_GROUPS } from './statements';

export type ChartTheme = 'light' | 'dark' | 'contrast';

export interface ChartOptions {
  /** Pixels (points in the PDF); the height follows from the content. */
  width?: number;
  theme?: ChartTheme;
  fontFamily?: string;
  /** Drawn as a heading when given; the accessible <title> falls back to the chart's name. */
  title?: string;
}

export const DEFAULT_CHART_WIDTH = 900;
/** pdfmake matches the first family it has registered (case-insensitive); browsers fall back to sans-serif. */
export const DEFAULT_FONT_FAMILY = "'Noto Sans', sans-serif";
/** Projector-sized at the default width; nothing is smaller than `small`. */
export const CHART_FONT_SIZE = { title: 20, label: 16, small: 14 } as const;

export interface ChartPalette {
  background: string;
  text: string;
  muted: string;
  grid: string;
  /** Undefined → Integrated, darkening with the level. */
  bands: readonly [string, string, string, string];
  highlight: string;
  highlightBorder: string;
  sales: string;
  marketing: string;
  /** Marketing bars are outlined over this tint, sales bars solid, so print in grey still tells them apart. */
  marketingFill: string;
  other: string;
  overall: string;
  strokeWidth: number;
}

// Text only ever uses `text` or `muted`; both meet WCAG AA (4.5:1) on the background, every band
// and the highlight. Team colours mark shapes and bars, which need 3:1 against the background.
export const CHART_PALETTES: Record<ChartTheme, ChartPalette> = {
  light: {
    background: '#ffffff',
    text: '#1c1b19',
    muted: '#55524b',
    grid: '#cfcabd',
    bands: ['#f4f2ed', '#ebe8e0', '#e2ded3', '#d9d4c7'],
    highlight: '#fff4d6',
    highlightBorder: '#b7791f',
    sales: '#e05d2c',
    marketing: '#2f7de1',
    marketingFill: '#cbdff7',
    other: '#7b4bc4',
    overall: '#1c1b19',
    strokeWidth: 2,
  },
  dark: {
    background: '#201f1c',
    text: '#f3f1ec',
    muted: '#b9b4a8',
    grid: '#4a473f',
    bands: ['#2a2925', '#33312c', '#3c3a34', '#46433c'],
    highlight: '#3a2e12',
    highlightBorder: '#e0a83a',
    sales: '#ff8a5c',
    marketing: '#6ea8ff',
    marketingFill: '#374860',
    other: '#b794f4',
    overall: '#f3f1ec',
    strokeWidth: 2,
  },
  contrast: {
    background: '#ffffff',
    text: '#000000',
    muted: '#000000',
    grid: '#000000',
    bands: ['#ffffff', '#ffffff', '#ffffff', '#ffffff'],
    highlight: '#ffffff',
    highlightBorder: '#000000',
    sales: '#c2410c',
    marketing: '#0033cc',
    marketingFill: '#ffffff',
    other: '#5b21b6',
    overall: '#000000',
    strokeWidth: 3,
  },
};

// ---------------------------------------------------------------------------------------------
// Markup

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]!);
}

type Attrs = Record<string, string | number | undefined>;

/** Coordinates to two decimals at most, so the markup stays short and stable in tests. */
function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function el(name: string, attrs: Attrs, children = ''): string {
  const list = Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`)
    .join('');
  return children ? `<${name}${list}>${children}</${name}>` : `<${name}${list}/>`;
}

interface TextStyle {
  size?: number;
  bold?: boolean;
  fill: string;
  anchor?: 'start' | 'middle' | 'end';
  data?: Attrs;
}

function text(x: number, y: number, content: string, style: TextStyle): string {
  return el(
    'text',
    {
      x,
      y,
      'font-size': style.size ?? CHART_FONT_SIZE.label,
      'font-weight': style.bold ? 'bold' : undefined,
      'text-anchor': style.anchor && style.anchor !== 'start' ? style.anchor : undefined,
      fill: style.fill,
      ...style.data,
    },
    escapeXml(content),
  );
}

/** The baseline that centres a line of text of this size on `y` (svg-to-pdfkit has no reliable dominant-baseline). */
function middleBaseline(y: number, size: number): number {
  return y + size * 0.35;
}

interface Frame {
  width: number;
  palette: ChartPalette;
  fontFamily: string;
}

function frameOf(options: ChartOptions): Frame {
  return {
    width: options.width ?? DEFAULT_CHART_WIDTH,
    palette: CHART_PALETTES[options.theme ?? 'light'],
    fontFamily: options.fontFamily ?? DEFAULT_FONT_FAMILY,
  };
}

function svgDocument(frame: Frame, height: number, title: string, desc: string, body: string[]): string {
  const { width, palette, fontFamily } = frame;
  const h = Math.ceil(height);
  return el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width, height: h, viewBox: `0 0 ${num(width)} ${h}`, role: 'img', 'font-family': fontFamily },
    el('title', {}, escapeXml(title)) +
      el('desc', {}, escapeXml(desc)) +
      el('rect', { x: 0, y: 0, width, height: h, fill: palette.background }) +
      body.join(''),
  );
}

// ---------------------------------------------------------------------------------------------
// Geometry

export interface Scale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const scale = (value: number) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
  return Object.assign(scale, { domain, range });
}

/** Outer margin of the bar charts; headings of every chart start here so stacked charts line up. */
export const CHART_PADDING = 16;

/** Room either side of the ladder for the "20" and "100" tick labels. */
export const LADDER_PADDING_X = 40;

/** 20–100 across the ladder; the bands meet at 40, 60 and 80, where the next level starts. */
export function ladderScale(width = DEFAULT_CHART_WIDTH): Scale {
  return linearScale([20, 100], [LADDER_PADDING_X, width - LADDER_PADDING_X]);
}

/**
 * Approximate advance width of a line in Noto Sans Bold (the widest weight used), slightly generous
 * so layouts computed here never collide when the real font is a little narrower.
 */
export function estimateTextWidth(content: string, size: number): number {
  let em = 0;
  for (const ch of content) {
    if (" .,:;'!|ijl".includes(ch)) em += 0.3;
    else if ('ftr()[]-/I"J'.includes(ch)) em += 0.46;
    else if ('mwMW@%'.includes(ch)) em += 0.98;
    else if (ch >= 'A' && ch <= 'Z') em += 0.74;
    else if (ch.codePointAt(0)! >= 0x2e80) em += 1;
    else em += 0.63;
  }
  return em * size;
}

/** Greedy word wrap; the last allowed line ends in "…" when the text does not fit. */
export function wrapText(content: string, maxWidth: number, size: number, maxLines = 2): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || estimateTextWidth(candidate, size) <= maxWidth) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]} ${lines[maxLines]}`;
  while (last.includes(' ') && estimateTextWidth(`${last}…`, size) > maxWidth) last = last.slice(0, last.lastIndexOf(' '));
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

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

// ---------------------------------------------------------------------------------------------
// Level ladder

export interface LevelLadderInput {
  sales?: number | null;
  marketing?: number | null;
  overall?: number | null;
  other?: number | null;
  target?: Level | null;
}

type LadderMarkerKey = 'sales' | 'marketing' | 'overall' | 'other';

const LADDER_MARKERS: readonly { key: LadderMarkerKey; label: string }[] = [
  { key: 'sales', label: TEAM_LABELS.sales },
  { key: 'marketing', label: TEAM_LABELS.marketing },
  { key: 'overall', label: 'Overall' },
  { key: 'other', label: TEAM_LABELS.other },
];

/** Each marker has its own shape so the ladder reads without colour too. */
function markerShape(key: LadderMarkerKey, x: number, y: number, palette: ChartPalette): string {
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

// ---------------------------------------------------------------------------------------------
// Paired sales/marketing bars (statements and sub-scores)

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

interface BarRow {
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

interface PairedBarsSpec {
  title: string;
  descIntro: string;
  rows: BarRow[];
  decimals: number;
  gaps: boolean;
  notes: string[];
}

function pairedBarsSvg(spec: PairedBarsSpec, options: ChartOptions): string {
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

export type StatementOrder = 'statement' | 'gap';

export function statementBarsSvg(result: DiagnosticResult, options: ChartOptions & { order?: StatementOrder } = {}): string {
  const ordered = [...result.statements];
  if (options.order === 'gap') {
    const size = (gap: number | null) => (gap === null ? -1 : Math.abs(gap));
    ordered.sort((a, b) => size(b.gap) - size(a.gap) || a.statement - b.statement);
  }
  const rows: BarRow[] = ordered.map((s) => ({
    key: `s${s.statement}`,
    number: s.statement,
    label: STATEMENTS[s.statement - 1]!.short,
    sales: s.teams.sales?.mean ?? null,
    marketing: s.teams.marketing?.mean ?? null,
    gap: s.gapFlagged && s.gap !== null ? s.gap : undefined,
  }));
  const threshold = GAP_THRESHOLD.toFixed(2);
  return pairedBarsSvg(
    {
      title: 'Mean answer by statement',
      descIntro: `Mean answer per statement on a scale from 1 (strongly disagree) to 5 (strongly agree), sales and marketing${options.order === 'gap' ? ', largest gap first' : ''}. Gaps are marketing minus sales, marked when ${threshold} or more.`,
      rows,
      decimals: 2,
      gaps: true,
      notes: ['1 = strongly disagree, 5 = strongly agree', `gap = marketing − sales, marked at ${threshold} or more`],
    },
    options,
  );
}

/** Reads only the sub-scores, so the room screen can draw it from what it is allowed to see. */
export function subscoresSvg(result: Pick<DiagnosticResult, 'subscores'>, options: ChartOptions = {}): string {
  const rows: BarRow[] = STATEMENT_GROUPS.map((group) => ({
    key: group.id,
    label: group.name,
    sublabel: `Statements ${group.statements.join(', ')}`,
    sales: result.subscores.sales?.[group.id] ?? null,
    marketing: result.subscores.marketing?.[group.id] ?? null,
  }));
  return pairedBarsSvg(
    {
      title: 'Sub-scores by theme',
      descIntro: 'Mean answer per theme on a scale from 1 (strongly disagree) to 5 (strongly agree), sales and marketing.',
      rows,
      decimals: 2,
      gaps: false,
      notes: ['1 = strongly disagree, 5 = strongly agree'],
    },
    options,
  );
}
