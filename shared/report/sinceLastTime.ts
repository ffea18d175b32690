// The report's "Since last time": how the diagnostic moved since the workshop this one follows up,
// and over the whole chain when there are three workshops or more. Only built when the workshop has
// an earlier one, so a report without one costs nothing more.
import { trendSvg } from '../charts/trend';
import { compareWorkshops } from '../compare/compareWorkshops';
import { gapRows, levelRows, subscoreRows, subscoreTeams, type GapRows, type LevelRow, type SubscoreRow } from '../compare/comparisonRows';
import { TREND_MIN_WORKSHOPS, trendOf } from '../compare/trend';
import type { DiagnosticTeam } from '../diagnostic/model';
import { formatDay } from '../format/dates';
import type { WorkshopDocument } from '../workshop/schema';

export interface SinceLastTime {
  /** The workshop compared with: the one this one links to. */
  earlier: { title: string; date: string };
  levels: LevelRow[];
  /** The teams with sub-score changes, in order (columns of the table). */
  subscoreTeams: DiagnosticTeam[];
  subscores: SubscoreRow[];
  gaps: GapRows;
  /** Whether any statement has a gap in both workshops (else "moved" has nothing to say). */
  gapsComparable: boolean;
  /** With three or more workshops in the chain: the trend chart (SVG) and how many it covers. */
  trend: { chart: string; workshops: number } | null;
}

/**
 * `earlier` is the chain of earlier workshops, nearest first (the `earlier` of
 * shared/workshop/earlierLink.ts loadEarlierChain); null when there is none.
 */
export function sinceLastTime(doc: WorkshopDocument, earlier: readonly WorkshopDocument[], locale: string): SinceLastTime | null {
  const previous = earlier[0];
  if (!previous) return null;
  const comparison = compareWorkshops(previous, doc);
  const chain = [doc, ...earlier];
  return {
    earlier: { title: previous.title, date: previous.date ? formatDay(previous.date, locale) : '' },
    levels: levelRows(comparison),
    subscoreTeams: subscoreTeams(comparison),
    subscores: subscoreRows(comparison),
    gaps: gapRows(comparison),
    gapsComparable: comparison.change.gaps.moved.length > 0,
    trend: chain.length >= TREND_MIN_WORKSHOPS ? { chart: trendSvg(trendOf(chain)), workshops: chain.length } : null,
  };
}
