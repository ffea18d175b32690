// The wall plan's timeline: months across from the workshop to the last due date, one lane per
// owner, each action a numbered marker at its due date whose shape says its status (open, in
// progress, done, overdue) as well as its colour, so grey print still reads; the workshop, today
// and the diagnostic's re-run are vertical lines.
import { linearScale, type Scale } from './scale';
import { MARKER_KIND_LABELS, markerKind, markerSvg, TIMELINE_MARKER_RADIUS, type MarkerKind } from './statusMarker';
import { el, frameOf, middleBaseline, svgDocument, text } from './svg';
import { estimateTextWidth, wrapText } from './textMeasure';
import { CHART_FONT_SIZE, CHART_PADDING, type ChartOptions } from './theme';

export interface TimelineAction {
  number: number;
  /** Names the lane; '' for an action nobody owns. */
  owner: string;
  /** YYYY-MM-DD; an action without one has no place on a timeline and is left out. */
  dueIso: string;
  status: 'open' | 'in-progress' | 'done';
  overdue: boolean;
}

export interface TimelineInput {
  /** The workshop day, where the plan starts. */
  startIso: string;
  /** When the diagnostic is to be run again. */
  rerunIso?: string;
  /** Drawn when it falls inside the timeline. */
  todayIso?: string;
  actions: readonly TimelineAction[];
}

export const TIMELINE_WIDTH = 1100;
/** More owners than this share the last lane, so the plan stays one page. */
export const MAX_LANES = 12;
export const NO_OWNER = 'No owner';
const LANE_LABEL_WIDTH = 190;
const ROW_PITCH = 30;
const LANE_PADDING = 6;
const LABEL_LINE = 19;
const EVENT_ROW = 24;
/** Month labels closer than this are thinned to every 2nd, 3rd, 4th, 6th or 12th month. */
const MONTH_LABEL_SPACING = 74;
/** Label every n-th month, n from this list: monthly up to every ten years for plans that run for decades. */
const LABEL_EVERY = [1, 2, 3, 4, 6, 12, 24, 60, 120];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];
/** Days since 1970-01-01 (UTC), so every month and leap year has its true width. */
export const dayNumber = (iso: string) => {
  const [y, m, d] = parts(iso);
  return Date.UTC(y, m - 1, d) / 86_400_000;
};
const monthStart = (y: number, m: number) => Date.UTC(y, m - 1, 1) / 86_400_000;
const nextMonth = ({ y, m }: { y: number; m: number }) => (m === 12 ? { y: y + 1, m: 1 } : { y, m: m + 1 });
const shortDay = (iso: string) => {
  const [y, m, d] = parts(iso);
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
};

export interface TimelineMonth {
  /** First day of the month, YYYY-MM. */
  month: string;
  x: number;
  xEnd: number;
  /** Only on the months that get a label: "Oct 2026", "Nov", …, "Jan 2027". */
  label?: string;
}

export interface PlacedMarker {
  number: number;
  kind: MarkerKind;
  dueIso: string;
  x: number;
  cy: number;
  /** Row inside the lane: markers too close to one another stack. */
  row: number;
}

export interface TimelineLane {
  label: string;
  lines: string[];
  top: number;
  height: number;
  markers: PlacedMarker[];
}

export interface TimelineEvent {
  kind: 'workshop' | 'today' | 'rerun';
  label: string;
  x: number;
  labelY: number;
}

export interface TimelineLayout {
  scale: Scale;
  months: TimelineMonth[];
  events: TimelineEvent[];
  lanes: TimelineLane[];
  legendY: number;
  plotTop: number;
  plotBottom: number;
  plotLeft: number;
  plotRight: number;
  height: number;
}

function lanesOf(actions: readonly TimelineAction[]): { label: string; actions: TimelineAction[] }[] {
  const byOwner = new Map<string, TimelineAction[]>();
  for (const a of actions) {
    const key = a.owner.trim();
    byOwner.set(key, [...(byOwner.get(key) ?? []), a]);
  }
  const first = (list: TimelineAction[]) => Math.min(...list.map((a) => dayNumber(a.dueIso)));
  const named = [...byOwner.entries()]
    .filter(([owner]) => owner !== '')
    .sort(([a, x], [b, y]) => first(x) - first(y) || a.localeCompare(b))
    .map(([label, list]) => ({ label, actions: list }));
  const unowned = byOwner.get('');
  const room = MAX_LANES - (unowned ? 1 : 0);
  const kept = named.length > room ? named.slice(0, room - 1) : named;
  const merged = named.slice(kept.length);
  return [
    ...kept,
    ...(merged.length ? [{ label: `Other owners (${merged.length})`, actions: merged.flatMap((l) => l.actions) }] : []),
    ...(unowned ? [{ label: NO_OWNER, actions: unowned }] : []),
  ];
}

const markerReach = (number: number) => TIMELINE_MARKER_RADIUS + 4 + estimateTextWidth(String(number), CHART_FONT_SIZE.small);

export function timelineLayout(input: TimelineInput, width = TIMELINE_WIDTH, top = 8): TimelineLayout {
  const dated = input.actions.filter((a) => a.dueIso);
  const days = [input.startIso, ...(input.rerunIso ? [input.rerunIso] : []), ...dated.map((a) => a.dueIso)].map(dayNumber);
  const lo = Math.min(...days);
  const hi = Math.max(...days);
  const loDate = new Date(lo * 86_400_000);
  const hiDate = new Date(hi * 86_400_000);
  const from = { y: loDate.getUTCFullYear(), m: loDate.getUTCMonth() + 1 };
  const to = nextMonth({ y: hiDate.getUTCFullYear(), m: hiDate.getUTCMonth() + 1 });
  const plotLeft = CHART_PADDING + LANE_LABEL_WIDTH + 12;
  const plotRight = width - CHART_PADDING - 30;
  const scale = linearScale([monthStart(from.y, from.m), monthStart(to.y, to.m)], [plotLeft, plotRight]);

  const months: TimelineMonth[] = [];
  for (let at = from; monthStart(at.y, at.m) < monthStart(to.y, to.m); at = nextMonth(at)) {
    const after = nextMonth(at);
    months.push({ month: `${at.y}-${String(at.m).padStart(2, '0')}`, x: scale(monthStart(at.y, at.m)), xEnd: scale(monthStart(after.y, after.m)) });
  }
  const monthWidth = (plotRight - plotLeft) / months.length;
  const every = LABEL_EVERY.find((k) => k * monthWidth >= MONTH_LABEL_SPACING) ?? LABEL_EVERY.at(-1)!;
  let lastLabel = -Infinity;
  months.forEach((month, i) => {
    const [y, m] = month.month.split('-').map(Number) as [number, number];
    // Labelled months fall on the same months every year (or every few years), January with its year.
    if (i !== 0 && ((y * 12 + m - 1) % every !== 0 || month.x - lastLabel < MONTH_LABEL_SPACING)) return;
    month.label = i === 0 || m === 1 ? `${MONTH_NAMES[m - 1]} ${y}` : MONTH_NAMES[m - 1]!;
    lastLabel = month.x;
  });

  const legendY = top + 14;
  let y = top + 34;
  const eventList: Omit<TimelineEvent, 'labelY'>[] = [
    { kind: 'workshop', label: `Workshop ${shortDay(input.startIso)}`, x: scale(dayNumber(input.startIso)) },
  ];
  if (input.todayIso && dayNumber(input.todayIso) >= scale.domain[0] && dayNumber(input.todayIso) <= scale.domain[1] && input.todayIso !== input.startIso) {
    eventList.push({ kind: 'today', label: `Today ${shortDay(input.todayIso)}`, x: scale(dayNumber(input.todayIso)) });
  }
  if (input.rerunIso) eventList.push({ kind: 'rerun', label: `Re-run the diagnostic ${shortDay(input.rerunIso)}`, x: scale(dayNumber(input.rerunIso)) });
  const events = eventList.map((event) => {
    y += EVENT_ROW;
    return { ...event, labelY: y - 8 };
  });
  y += 10;
  const plotTop = y;

  const grouped = lanesOf(dated);
  // With many lanes, one line of label each keeps the chart short enough to stay legible on one page.
  const labelLines = grouped.length > 6 ? 1 : 2;
  const lanes: TimelineLane[] = grouped.map((lane) => {
    const lines = wrapText(lane.label, LANE_LABEL_WIDTH, CHART_FONT_SIZE.label, labelLines);
    const sorted = [...lane.actions].sort((a, b) => dayNumber(a.dueIso) - dayNumber(b.dueIso) || a.number - b.number);
    const rowEnds: number[] = [];
    const placed = sorted.map((a) => {
      const x = scale(dayNumber(a.dueIso));
      let row = rowEnds.findIndex((end) => end + 6 <= x - TIMELINE_MARKER_RADIUS);
      if (row < 0) row = rowEnds.push(0) - 1;
      rowEnds[row] = x + markerReach(a.number);
      return { number: a.number, kind: markerKind(a), dueIso: a.dueIso, x, row };
    });
    const rows = Math.max(rowEnds.length, 1);
    const height = Math.max(rows * ROW_PITCH, lines.length * LABEL_LINE) + 2 * LANE_PADDING;
    const laneTop = y;
    y += height;
    const firstRow = laneTop + LANE_PADDING + ROW_PITCH / 2 + (height - 2 * LANE_PADDING - rows * ROW_PITCH) / 2;
    return { label: lane.label, lines, top: laneTop, height, markers: placed.map((m) => ({ ...m, cy: firstRow + m.row * ROW_PITCH })) };
  });
  if (lanes.length === 0) y += ROW_PITCH + 2 * LANE_PADDING;
  const plotBottom = y;
  return { scale, months, events, lanes, legendY, plotTop, plotBottom, plotLeft, plotRight, height: plotBottom + 34 };
}

const EVENT_DASH: Record<TimelineEvent['kind'], string | undefined> = { workshop: undefined, today: '2 4', rerun: '8 5' };

export function timelineSvg(input: TimelineInput, options: ChartOptions = {}): string {
  const frame = frameOf({ width: TIMELINE_WIDTH, ...options });
  const { width, palette } = frame;
  const { small, label } = CHART_FONT_SIZE;
  let top = 8;
  const body: string[] = [];
  if (options.title) {
    body.push(text(CHART_PADDING, top + 22, options.title, { size: CHART_FONT_SIZE.title, bold: true, fill: palette.text }));
    top += 36;
  }
  const layout = timelineLayout(input, width, top);
  const { plotTop, plotBottom, plotLeft, plotRight } = layout;

  let lx = CHART_PADDING;
  for (const kind of ['open', 'progress', 'done', 'overdue'] as const) {
    body.push(markerSvg(kind, lx + TIMELINE_MARKER_RADIUS, layout.legendY, palette, { 'data-legend': kind }));
    body.push(text(lx + 2 * TIMELINE_MARKER_RADIUS + 8, middleBaseline(layout.legendY, label), MARKER_KIND_LABELS[kind], { fill: palette.text }));
    lx += 2 * TIMELINE_MARKER_RADIUS + 8 + estimateTextWidth(MARKER_KIND_LABELS[kind], label) + 26;
  }

  // Months narrower than a few pixels get no band or line of their own, only the labelled ones do.
  const everyMonth = (layout.plotRight - layout.plotLeft) / layout.months.length >= 6;
  layout.months.forEach((month, i) => {
    if (!everyMonth && !month.label) return;
    if (everyMonth && i % 2 === 1) body.push(el('rect', { x: month.x, y: plotTop, width: month.xEnd - month.x, height: plotBottom - plotTop, fill: palette.bands[0] }));
    body.push(el('line', { x1: month.x, y1: plotTop, x2: month.x, y2: plotBottom + 22, stroke: palette.grid, 'stroke-width': 1 }));
    // Under the plot, where no event line crosses them.
    if (month.label) body.push(text(month.x + 5, plotBottom + 17, month.label, { size: small, bold: month.label.includes(' '), fill: palette.muted, data: { 'data-month': month.month } }));
  });
  body.push(el('line', { x1: plotRight, y1: plotTop, x2: plotRight, y2: plotBottom + 22, stroke: palette.grid, 'stroke-width': 1 }));

  for (const lane of layout.lanes) {
    body.push(el('line', { x1: CHART_PADDING, y1: lane.top, x2: plotRight, y2: lane.top, stroke: palette.grid, 'stroke-width': 1 }));
    let ty = lane.top + lane.height / 2 - ((lane.lines.length - 1) * LABEL_LINE) / 2;
    for (const line of lane.lines) {
      body.push(text(CHART_PADDING, middleBaseline(ty, label), line, { bold: lane.label !== NO_OWNER, fill: palette.text, data: { 'data-lane': lane.label } }));
      ty += LABEL_LINE;
    }
  }
  body.push(el('line', { x1: CHART_PADDING, y1: plotBottom, x2: plotRight, y2: plotBottom, stroke: palette.grid, 'stroke-width': 1 }));
  if (layout.lanes.length === 0) body.push(text(plotLeft + 8, middleBaseline(plotTop + (plotBottom - plotTop) / 2, label), 'No action has a due date yet', { fill: palette.muted }));

  for (const event of layout.events) {
    body.push(el('line', { x1: event.x, y1: event.labelY + 6, x2: event.x, y2: plotBottom, stroke: palette.text, 'stroke-width': 2, 'stroke-dasharray': EVENT_DASH[event.kind], 'data-event': event.kind }));
    const right = event.x + 6 + estimateTextWidth(event.label, small) <= width - CHART_PADDING;
    body.push(text(right ? event.x + 6 : event.x - 6, event.labelY, event.label, { size: small, bold: true, fill: palette.text, anchor: right ? 'start' : 'end', data: { 'data-event-label': event.kind } }));
  }

  for (const lane of layout.lanes) {
    for (const m of lane.markers) {
      body.push(markerSvg(m.kind, m.x, m.cy, palette, { 'data-action': m.number }));
      body.push(text(m.x + TIMELINE_MARKER_RADIUS + 4, middleBaseline(m.cy, small), String(m.number), { size: small, bold: true, fill: palette.text, data: { 'data-action-label': m.number } }));
    }
  }

  const first = layout.months[0]!;
  const last = layout.months.at(-1)!;
  const said = layout.lanes.map(
    (lane) => `${lane.label}: ${lane.markers.map((m) => `action ${m.number} due ${shortDay(m.dueIso)}, ${MARKER_KIND_LABELS[m.kind].toLowerCase()}`).join('; ')}`,
  );
  const undated = input.actions.length - layout.lanes.reduce((n, l) => n + l.markers.length, 0);
  const desc = [
    `Actions by owner on a timeline from ${MONTH_NAMES[Number(first.month.slice(5)) - 1]} ${first.month.slice(0, 4)} to ${MONTH_NAMES[Number(last.month.slice(5)) - 1]} ${last.month.slice(0, 4)}.`,
    `${layout.events.map((e) => e.label).join('; ')}.`,
    said.length ? `${said.join('. ')}.` : 'No action has a due date yet.',
    undated ? `${undated} action${undated === 1 ? ' has' : 's have'} no due date.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return svgDocument(frame, layout.height, options.title ?? 'Wall plan', desc, body);
}
