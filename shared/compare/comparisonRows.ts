// A comparison as the rows every reader of it shows (the CLI summary, the PDF's "Since last time",
// the results screen): levels then and now, sub-score changes, gaps closed and opened, the
// statements that moved most. Only arranging; every figure comes from compareWorkshops.
import { formatSigned, type GapFormat } from '../diagnostic/formatGap';
import { TEAM_LABELS, type DiagnosticTeam, type Level } from '../diagnostic/model';
import { levelIndex } from '../diagnostic/levels';
import { STATEMENTS, STATEMENT_GROUPS } from '../diagnostic/statements';
import type { GapMove, WorkshopComparison } from './compareWorkshops';

export type LevelRowKey = DiagnosticTeam | 'overall';

export interface Standing {
  mean: number;
  level: Level;
}

export interface LevelRow {
  key: LevelRowKey;
  label: string;
  then: Standing | null;
  now: Standing | null;
  /** Mean now − then, one decimal; null unless both are known. */
  change: number | null;
  /** How the level moved, or null unless both are known. */
  levelMove: 'up' | 'down' | 'same' | null;
}

/** Sales, marketing, overall, then other when either workshop counted anyone from it. */
export function levelRows(c: WorkshopComparison): LevelRow[] {
  const standing = (side: WorkshopComparison['earlier'], key: LevelRowKey): Standing | null => {
    if (key === 'overall') return side.overall.mean === null || side.overall.level === null ? null : { mean: side.overall.mean, level: side.overall.level };
    const team = side.teams[key];
    return team ? { mean: team.mean, level: team.level } : null;
  };
  const keys: LevelRowKey[] = ['sales', 'marketing', 'overall'];
  if (c.earlier.teams.other || c.later.teams.other) keys.push('other');
  return keys.map((key) => {
    const then = standing(c.earlier, key);
    const now = standing(c.later, key);
    const step = then && now ? levelIndex(now.level) - levelIndex(then.level) : null;
    return {
      key,
      label: key === 'overall' ? 'Overall' : TEAM_LABELS[key],
      then,
      now,
      change: key === 'overall' ? c.change.overall : (c.change.teams[key] ?? null),
      levelMove: step === null ? null : step > 0 ? 'up' : step < 0 ? 'down' : 'same',
    };
  });
}

export interface SubscoreRow {
  id: string;
  name: string;
  /** Per team compared: the change of the sub-score, two decimals, or null. */
  changes: Partial<Record<DiagnosticTeam, number | null>>;
}

/** The teams that have sub-score changes to show (counted in either workshop), in the usual order. */
export const subscoreTeams = (c: WorkshopComparison): DiagnosticTeam[] => Object.keys(c.change.subscores) as DiagnosticTeam[];

export function subscoreRows(c: WorkshopComparison): SubscoreRow[] {
  const teams = subscoreTeams(c);
  return STATEMENT_GROUPS.map((g) => ({
    id: g.id,
    name: g.name,
    changes: Object.fromEntries(teams.map((t) => [t, c.change.subscores[t]?.[g.id] ?? null])),
  }));
}

export interface GapRow extends GapMove {
  /** A few words naming the statement. */
  short: string;
}

/** How many of the statements that moved the summaries list. */
export const MOVED_MOST = 5;

export interface GapRows {
  closed: GapRow[];
  opened: GapRow[];
  /** The statements whose gap changed most (never a change of 0), at most MOVED_MOST. */
  movedMost: GapRow[];
}

export function gapRows(c: WorkshopComparison, movedMost = MOVED_MOST): GapRows {
  const { closed, opened, moved } = c.change.gaps;
  const row = (m: GapMove): GapRow => ({ ...m, short: STATEMENTS[m.statement - 1]!.short });
  const byStatement = (n: number) => row(moved.find((m) => m.statement === n)!);
  return {
    closed: closed.map(byStatement),
    opened: opened.map(byStatement),
    movedMost: moved.filter((m) => m.change !== 0).slice(0, movedMost).map(row),
  };
}

/** A change as printed: "+0.2", "−1.25", "0.0"; "—" when there is none. */
export function formatChange(change: number | null, decimals: number, format?: GapFormat): string {
  return change === null ? '—' : formatSigned(change, decimals, format);
}

/** "55.3 Defined", or "—". */
export const formatStanding = (s: Standing | null): string => (s ? `${s.mean.toFixed(1)} ${s.level}` : '—');

const STEPS = ['', 'one level', 'two levels', 'three levels'];

/** "up one level", "down two levels", "same level", or '' when a side is missing. */
export function levelMoveText(row: LevelRow): string {
  if (!row.then || !row.now) return '';
  const step = levelIndex(row.now.level) - levelIndex(row.then.level);
  return step === 0 ? 'same level' : `${step > 0 ? 'up' : 'down'} ${STEPS[Math.abs(step)]}`;
}
