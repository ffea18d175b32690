// The diagnostic over a chain of workshops: one series per team and overall, oldest workshop first,
// for the trend chart (shared/charts/trend.ts) on screen and in the PDF.
import { TEAM_LABELS, type DiagnosticParticipant, type DiagnosticResult } from '../diagnostic/model';
import { scoreDiagnostic } from '../diagnostic/score';

/** What the trend needs of a workshop; a WorkshopDocument is one. */
export interface TrendWorkshop {
  title: string;
  /** `YYYY-MM-DD`, or ''. */
  date: string;
  diagnostic: { participants: readonly DiagnosticParticipant[] };
}

export type TrendSeriesKey = 'sales' | 'marketing' | 'overall' | 'other';

export interface TrendSeries {
  key: TrendSeriesKey;
  label: string;
  /** One per workshop, in the order of `Trend.workshops`: the mean (one decimal), null where there is none. */
  values: (number | null)[];
}

export interface Trend {
  /** Oldest first. */
  workshops: { title: string; date: string | null }[];
  /** Sales, marketing, overall, other, each only when it has a figure in at least one workshop. */
  series: TrendSeries[];
}

/** Fewer workshops than this and a then/now comparison says it all; the chart is drawn from three. */
export const TREND_MIN_WORKSHOPS = 3;

const SERIES: readonly { key: TrendSeriesKey; label: string; valueOf: (r: DiagnosticResult) => number | null }[] = [
  { key: 'sales', label: TEAM_LABELS.sales, valueOf: (r) => r.teams.sales?.mean ?? null },
  { key: 'marketing', label: TEAM_LABELS.marketing, valueOf: (r) => r.teams.marketing?.mean ?? null },
  { key: 'overall', label: 'Overall', valueOf: (r) => r.overall.mean },
  { key: 'other', label: TEAM_LABELS.other, valueOf: (r) => r.teams.other?.mean ?? null },
];

/**
 * Oldest first. The chain is given in link order, newest first (the workshop, then the `earlier` of
 * shared/workshop/earlierLink.ts loadEarlierChain);
 * when every workshop has a date they are ordered by date (ties keep link order), because a
 * facilitator may link a workshop to a later-dated one by mistake; otherwise link order stands.
 */
export function chronological<W extends { date: string }>(newestFirst: readonly W[]): W[] {
  const oldestFirst = [...newestFirst].reverse();
  if (oldestFirst.some((w) => !w.date)) return oldestFirst;
  return oldestFirst.map((w, i) => ({ w, i })).sort((a, b) => a.w.date.localeCompare(b.w.date) || a.i - b.i).map(({ w }) => w);
}

/** The series of a chain of workshops given newest first (see `chronological` for the order). */
export function trendOf(newestFirst: readonly TrendWorkshop[]): Trend {
  const workshops = chronological(newestFirst);
  const results = workshops.map((w) => scoreDiagnostic(w.diagnostic.participants));
  const series = SERIES.map(({ key, label, valueOf }) => ({ key, label, values: results.map(valueOf) })).filter((s) =>
    s.values.some((v) => v !== null),
  );
  return { workshops: workshops.map((w) => ({ title: w.title, date: w.date || null })), series };
}
