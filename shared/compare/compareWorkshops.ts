// Then and now: what changed in the diagnostic between an earlier workshop and a later one. Pure,
// shared by the results screen, the PDF's "Since last time" and `baton compare --json`, so the three
// can never disagree. Scoring is the diagnostic's own (scoreDiagnostic); nothing is re-computed here.
import { DIAGNOSTIC_TEAMS, type DiagnosticParticipant, type DiagnosticResult, type DiagnosticTeam, type Level } from '../diagnostic/model';
import { GAP_THRESHOLD, scoreDiagnostic } from '../diagnostic/score';
import { STATEMENT_GROUPS } from '../diagnostic/statements';
import { changeOf } from './change';

/** What a comparison needs of a workshop; a WorkshopDocument is one. */
export interface DiagnosedWorkshop {
  /** The workshop's date, `YYYY-MM-DD`, or '' when it has none. */
  date: string;
  diagnostic: { participants: readonly DiagnosticParticipant[] };
}

/** A workshop already scored (the screens hold the result), with its date. */
export interface ScoredWorkshop {
  date: string;
  result: DiagnosticResult;
}

export interface ComparedTeam {
  n: number;
  mean: number;
  level: Level;
}

/** One side of the comparison, keys as in `baton score --json`. */
export interface ComparedSide {
  /** `YYYY-MM-DD`, or null when the workshop has no date. */
  date: string | null;
  overall: { mean: number | null; level: Level | null };
  /** A key for each team with at least one counted participant, in the order sales, marketing, other. */
  teams: Partial<Record<DiagnosticTeam, ComparedTeam>>;
}

/** A statement whose perception gap (marketing − sales) both workshops have. */
export interface GapMove {
  /** The statement number, 1–20, as `baton score --json` names statements. */
  statement: number;
  earlier: number;
  later: number;
  /** later − earlier, two decimals. */
  change: number;
}

export interface GapChanges {
  /** Statements flagged (|gap| ≥ 1.00) earlier and not now, both gaps known; lowest number first. */
  closed: number[];
  /** Statements flagged now and not earlier, both gaps known; lowest number first. */
  opened: number[];
  /** Every statement whose gap both workshops have, largest |change| first, then by number. */
  moved: GapMove[];
}

export interface WorkshopComparison {
  earlier: ComparedSide;
  later: ComparedSide;
  change: {
    /** Overall mean later − earlier, one decimal; null when either has none. */
    overall: number | null;
    /** A key for each team counted in either workshop; null unless counted in both. */
    teams: Partial<Record<DiagnosticTeam, number | null>>;
    /** Per team counted in either workshop, every sub-score id; null unless both have the figure. */
    subscores: Partial<Record<DiagnosticTeam, Record<string, number | null>>>;
    gaps: GapChanges;
  };
}

function sideOf({ date, result }: ScoredWorkshop): ComparedSide {
  const teams: ComparedSide['teams'] = {};
  for (const team of DIAGNOSTIC_TEAMS) {
    const t = result.teams[team];
    if (t) teams[team] = { n: t.n, mean: t.mean, level: t.level };
  }
  return { date: date || null, overall: { mean: result.overall.mean, level: result.overall.level }, teams };
}

/**
 * Closed and opened are judged only where both workshops have the gap, as `moved` is: a gap that
 * cannot be measured on one side (a team absent, or a statement no one of a team answered) is
 * neither closed nor opened, since nothing says whether the teams still see it differently.
 */
function gapChanges(earlier: DiagnosticResult, later: DiagnosticResult): GapChanges {
  const flagged = (gap: number) => Math.abs(gap) >= GAP_THRESHOLD;
  const closed: number[] = [];
  const opened: number[] = [];
  const moved: GapMove[] = [];
  for (const before of earlier.statements) {
    const after = later.statements.find((s) => s.statement === before.statement);
    if (before.gap === null || after?.gap == null) continue;
    if (flagged(before.gap) && !flagged(after.gap)) closed.push(before.statement);
    if (!flagged(before.gap) && flagged(after.gap)) opened.push(before.statement);
    moved.push({ statement: before.statement, earlier: before.gap, later: after.gap, change: changeOf(before.gap, after.gap, 2)! });
  }
  moved.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.statement - b.statement);
  return { closed, opened, moved };
}

/** Then and now of two scored workshops; see `compareWorkshops`. */
export function compareScored(earlier: ScoredWorkshop, later: ScoredWorkshop): WorkshopComparison {
  const before = earlier.result;
  const after = later.result;
  const teamsInEither = DIAGNOSTIC_TEAMS.filter((team) => before.teams[team] || after.teams[team]);
  const teams: WorkshopComparison['change']['teams'] = {};
  const subscores: WorkshopComparison['change']['subscores'] = {};
  for (const team of teamsInEither) {
    teams[team] = changeOf(before.teams[team]?.mean, after.teams[team]?.mean, 1);
    subscores[team] = Object.fromEntries(
      STATEMENT_GROUPS.map((group) => [group.id, changeOf(before.subscores[team]?.[group.id], after.subscores[team]?.[group.id], 2)]),
    );
  }
  return {
    earlier: sideOf(earlier),
    later: sideOf(later),
    change: {
      overall: changeOf(before.overall.mean, after.overall.mean, 1),
      teams,
      subscores,
      gaps: gapChanges(before, after),
    },
  };
}

/**
 * What changed between an earlier workshop and a later one: levels per team and overall, sub-scores,
 * gaps closed and opened, statements that moved. Every change is later − earlier of the rounded
 * figures shown (means one decimal, sub-scores and gaps two), so shown numbers add up. This is the
 * exact shape `baton compare --json` prints.
 */
export function compareWorkshops(earlier: DiagnosedWorkshop, later: DiagnosedWorkshop): WorkshopComparison {
  return compareScored(
    { date: earlier.date, result: scoreDiagnostic(earlier.diagnostic.participants) },
    { date: later.date, result: scoreDiagnostic(later.diagnostic.participants) },
  );
}
