// The wall plan's timeline: months across, a lane per owner, markers at due dates with a shape per
// status, the workshop, today and the re-run marked.
import { describe, expect, it } from 'vitest';
import { all, parseXml, textContents, textsOf } from './testing';
import { CHART_PALETTES } from './theme';
import { markerKind } from './statusMarker';
import { MAX_LANES, NO_OWNER, dayNumber, timelineLayout, timelineSvg, type TimelineAction, type TimelineInput } from './timeline';

const action = (number: number, owner: string, dueIso: string, change: Partial<TimelineAction> = {}): TimelineAction => ({
  number,
  owner,
  dueIso,
  status: 'open',
  overdue: false,
  ...change,
});

const input: TimelineInput = {
  startIso: '2026-10-14',
  rerunIso: '2027-01-12',
  todayIso: '2026-11-30',
  actions: [
    action(1, 'Ravi', '2026-11-30', { status: 'in-progress' }),
    action(2, 'Chloé', '2027-01-29'),
    action(3, 'Daniel', '2026-11-12', { overdue: true }),
    action(4, 'Ravi', '2026-12-11', { status: 'done' }),
    action(5, '', '2027-02-26'),
    action(6, 'Aisha', ''),
  ],
};

const markers = (layout: ReturnType<typeof timelineLayout>) => layout.lanes.flatMap((l) => l.markers);

describe('timelineLayout', () => {
  const layout = timelineLayout(input);

  it('runs month by month from the workshop’s month to the month of the last date, the year on the first month and on January', () => {
    expect(layout.months.map((m) => m.month)).toEqual(['2026-10', '2026-11', '2026-12', '2027-01', '2027-02']);
    expect(layout.months.map((m) => m.label)).toEqual(['Oct 2026', 'Nov', 'Dec', 'Jan 2027', 'Feb']);
    layout.months.slice(1).forEach((m, i) => expect(m.x).toBeCloseTo(layout.months[i]!.xEnd, 6));
    // Months are as wide as their days: October has 31, November 30.
    const [oct, nov] = layout.months;
    expect((oct!.xEnd - oct!.x) / (nov!.xEnd - nov!.x)).toBeCloseTo(31 / 30, 6);
  });

  it('puts each dated action’s marker at its due date', () => {
    for (const m of markers(layout)) {
      const month = layout.months.find((mo) => mo.month === m.dueIso.slice(0, 7))!;
      const days = (month.xEnd - month.x) / (layout.scale(1) - layout.scale(0));
      expect(m.x).toBeCloseTo(month.x + ((Number(m.dueIso.slice(8)) - 1) / days) * (month.xEnd - month.x), 6);
    }
    expect(markers(layout).map((m) => m.number).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('gives each owner a lane, earliest due date first, and the unowned actions a lane of their own at the bottom', () => {
    expect(layout.lanes.map((l) => l.label)).toEqual(['Daniel', 'Ravi', 'Chloé', NO_OWNER]);
    expect(layout.lanes.find((l) => l.label === 'Ravi')!.markers.map((m) => m.number)).toEqual([1, 4]);
  });

  it('shows the status in the marker kind: overdue wins over open, done over overdue', () => {
    expect(Object.fromEntries(markers(layout).map((m) => [m.number, m.kind]))).toEqual({ 1: 'progress', 2: 'open', 3: 'overdue', 4: 'done', 5: 'open' });
    expect(markerKind({ status: 'in-progress', overdue: true })).toBe('overdue');
    expect(markerKind({ status: 'done', overdue: true })).toBe('done');
  });

  it('marks the workshop, today and the re-run of the diagnostic at their dates', () => {
    expect(layout.events.map((e) => [e.kind, e.label])).toEqual([
      ['workshop', 'Workshop 14 Oct 2026'],
      ['today', 'Today 30 Nov 2026'],
      ['rerun', 'Re-run the diagnostic 12 Jan 2027'],
    ]);
    for (const e of layout.events) expect(e.x).toBeCloseTo(layout.scale(dayNumber({ workshop: '2026-10-14', today: '2026-11-30', rerun: '2027-01-12' }[e.kind])), 6);
    const later = timelineLayout({ ...input, todayIso: '2028-01-01' });
    expect(later.events.map((e) => e.kind)).toEqual(['workshop', 'rerun']);
  });

  it('stacks markers that would overlap in one lane onto rows of their own', () => {
    const crowded = timelineLayout({ startIso: '2026-10-14', actions: [action(1, 'Ann', '2026-11-10'), action(2, 'Ann', '2026-11-10'), action(3, 'Ann', '2026-11-11'), action(4, 'Ann', '2027-03-01')] });
    const lane = crowded.lanes[0]!;
    expect(new Set(lane.markers.slice(0, 3).map((m) => m.row)).size).toBe(3);
    expect(lane.markers[3]!.row).toBe(0);
    for (const m of lane.markers) {
      expect(m.cy).toBeGreaterThan(lane.top);
      expect(m.cy).toBeLessThan(lane.top + lane.height);
    }
  });

  it(`keeps to ${MAX_LANES} lanes, the owners beyond sharing the last one`, () => {
    const many = timelineLayout({ startIso: '2026-01-01', actions: Array.from({ length: 30 }, (_, i) => action(i + 1, `Owner ${i + 1}`, `2026-${String((i % 12) + 1).padStart(2, '0')}-15`)) });
    expect(many.lanes).toHaveLength(MAX_LANES);
    expect(many.lanes.at(-1)!.label).toBe(`Other owners (${30 - MAX_LANES + 1})`);
    expect(markers(many)).toHaveLength(30);
  });

  it('labels fewer months when the plan runs for years, so labels never crowd', () => {
    const long = timelineLayout({ startIso: '2026-01-10', actions: [action(1, 'Ann', '2031-06-30')] });
    const labelled = long.months.filter((m) => m.label);
    expect(labelled.length).toBeLessThan(long.months.length);
    labelled.slice(1).forEach((m, i) => expect(m.x - labelled[i]!.x).toBeGreaterThanOrEqual(70));
  });

  it('labels years, a few apart, when a due date is decades away, and draws no line per month', () => {
    const decades = timelineLayout({ startIso: '2026-10-14', actions: [action(1, 'Ann', '2099-12-31')] });
    const labelled = decades.months.filter((m) => m.label);
    expect(labelled.length).toBeLessThan(20);
    expect(labelled.slice(1).every((m) => m.label!.startsWith('Jan '))).toBe(true);
    labelled.slice(1).forEach((m, i) => expect(m.x - labelled[i]!.x).toBeGreaterThanOrEqual(70));
    const svg = timelineSvg({ startIso: '2026-10-14', actions: [action(1, 'Ann', '2099-12-31')] });
    expect((svg.match(/<line/g) ?? []).length).toBeLessThan(40);
  });

  it('starts earlier when an action was due before the workshop', () => {
    expect(timelineLayout({ startIso: '2026-10-14', actions: [action(1, 'Ann', '2026-08-01')] }).months[0]!.month).toBe('2026-08');
  });
});

describe('timelineSvg', () => {
  const svg = timelineSvg(input);
  const shapes = all(parseXml(svg)).filter((e) => e.attrs['data-action']);

  it('draws a marker and the number of every dated action, and leaves undated ones out', () => {
    expect(shapes.map((s) => Number(s.attrs['data-action'])).sort()).toEqual([1, 2, 3, 4, 5]);
    const labels = textsOf(svg).filter((t) => t.attrs['data-action-label']).map((t) => t.text);
    expect(labels.sort()).toEqual(['1', '2', '3', '4', '5']);
    expect(all(parseXml(svg), 'desc')[0]!.text).toContain('1 action has no due date.');
  });

  it('tells the statuses apart by shape, not only colour: ring, half ring, filled disc, triangle', () => {
    const signature = (kind: string) => {
      const s = shapes.find((e) => e.attrs['data-marker-kind'] === kind)!;
      return `${s.name}:${s.attrs.fill === CHART_PALETTES.light.background ? 'hollow' : 'filled'}`;
    };
    expect(signature('open')).toBe('circle:hollow');
    expect(signature('progress')).toBe('circle:hollow');
    expect(signature('done')).toBe('circle:filled');
    expect(signature('overdue')).toBe('path:filled');
    // The half ring's filled half and the tick are extra paths beside their circles.
    expect(svg).toMatch(/data-marker-kind="progress"[^>]*\/><path d="M[\d.]+ [\d.]+A/);
    expect(svg).toMatch(/data-marker-kind="done"[^>]*\/><path d="M[\d. ]+L[\d. ]+L/);
  });

  it('has a legend naming each status beside its marker', () => {
    expect(textContents(svg)).toEqual(expect.arrayContaining(['Open', 'In progress', 'Done', 'Overdue']));
    expect(all(parseXml(svg)).filter((e) => e.attrs['data-legend']).map((e) => e.attrs['data-legend'])).toEqual(['open', 'progress', 'done', 'overdue']);
  });

  it('names the lanes and describes every action in words', () => {
    expect(textContents(svg)).toEqual(expect.arrayContaining(['Ravi', 'Chloé', 'Daniel', NO_OWNER]));
    const desc = all(parseXml(svg), 'desc')[0]!.text;
    expect(desc).toContain('Daniel: action 3 due 12 Nov 2026, overdue');
    expect(desc).toContain('Re-run the diagnostic 12 Jan 2027');
  });

  it('says so when no action has a date', () => {
    expect(textContents(timelineSvg({ startIso: '2026-10-14', actions: [action(1, 'Ann', '')] }))).toContain('No action has a due date yet');
  });
});
