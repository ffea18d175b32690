// Scoring the diagnostic: per participant, per team, overall, per statement (means, gaps, splits)
// and per group. A pure function of the answers, used by screens, the report and the CLI alike.
import { levelOf } from './levels';
import {
  DIAGNOSTIC_TEAMS,
  MIN_ANSWERED,
  STATEMENT_COUNT,
  TEAM_LABELS,
  type Answer,
  type DiagnosticParticipant,
  type DiagnosticResult,
  type DiagnosticTeam,
  type GapResult,
  type OverallScore,
  type ParticipantScore,
  type SplitResult,
  type StatementResult,
  type StatementTeamStats,
  type TeamScore,
} from './model';
import { roundRatio } from './rounding';
import { STATEMENT_GROUPS } from './statements';

export const GAP_THRESHOLD = 1;
export const SPLIT_MIN_ANSWERS = 3;

export interface ScoreOptions {
  /** Hide names: every participant is shown as "Sales 1", "Marketing 2"… */
  anonymous?: boolean;
}

/** Total, prorating and level of one set of answers. */
export function scoreAnswers(answers: readonly Answer[]) {
  const given = answers.filter((a): a is Exclude<Answer, null> => a !== null);
  const answered = given.length;
  const sum = given.reduce((s, a) => s + a, 0);
  if (answered < MIN_ANSWERED) return { answered, sum, total: null, prorated: false, counted: false, level: null };
  // round(sum / answered × 20), halves up, computed exactly.
  const total = answered === STATEMENT_COUNT ? sum : roundRatio(sum * STATEMENT_COUNT, answered);
  return { answered, sum, total, prorated: answered < STATEMENT_COUNT, counted: true, level: levelOf(total) };
}

/** The name to show: the participant's own, or "Sales 2" when blank or when names are hidden. */
export function participantLabels(participants: readonly Pick<DiagnosticParticipant, 'name' | 'team'>[], anonymous = false): string[] {
  const counters: Record<DiagnosticTeam, number> = { sales: 0, marketing: 0, other: 0 };
  return participants.map((p) => {
    const number = ++counters[p.team];
    const name = p.name.trim();
    return anonymous || !name ? `${TEAM_LABELS[p.team]} ${number}` : name;
  });
}

function statementStats(values: number[]): StatementTeamStats | undefined {
  const n = values.length;
  if (n === 0) return undefined;
  const sum = values.reduce((s, v) => s + v, 0);
  const sumSq = values.reduce((s, v) => s + v * v, 0);
  // Population variance as a ratio of integers: (n·Σx² − (Σx)²) / n².
  const varianceNumerator = n * sumSq - sum * sum;
  return {
    n,
    mean: roundRatio(sum, n, 2),
    sd: Math.round((Math.sqrt(varianceNumerator) / n) * 100) / 100,
    // sd ≥ 1.2 ⇔ variance ≥ 1.44, compared in integers.
    split: n >= SPLIT_MIN_ANSWERS && 100 * varianceNumerator >= 144 * n * n,
  };
}

function overallOf(teams: Partial<Record<DiagnosticTeam, TeamScore>>): OverallScore {
  const { sales, marketing } = teams;
  if (sales && marketing) {
    // Each team weighs the same whatever its head count; means are in tenths, so this is exact.
    const mean = roundRatio(Math.round(sales.mean * 10) + Math.round(marketing.mean * 10), 20, 1);
    return { mean, level: levelOf(mean), warning: null };
  }
  const only = sales ? 'sales' : marketing ? 'marketing' : null;
  if (only) {
    const other = only === 'sales' ? 'marketing' : 'sales';
    return {
      mean: teams[only]!.mean,
      level: teams[only]!.level,
      warning: `Overall rests on ${TEAM_LABELS[only].toLowerCase()} alone: no one from ${other} has completed the diagnostic yet.`,
    };
  }
  return { mean: null, level: null, warning: 'No one from sales or marketing has completed the diagnostic yet.' };
}

export function scoreDiagnostic(participants: readonly DiagnosticParticipant[], options: ScoreOptions = {}): DiagnosticResult {
  const labels = participantLabels(participants, options.anonymous);
  const scores: ParticipantScore[] = participants.map((p, i) => ({
    id: p.id,
    label: labels[i]!,
    team: p.team,
    ...scoreAnswers(p.answers),
  }));
  const counted = participants.filter((_, i) => scores[i]!.counted);

  const teams: Partial<Record<DiagnosticTeam, TeamScore>> = {};
  for (const team of DIAGNOSTIC_TEAMS) {
    const totals = scores.filter((s) => s.counted && s.team === team).map((s) => s.total!);
    if (totals.length === 0) continue;
    const mean = roundRatio(totals.reduce((a, b) => a + b, 0), totals.length, 1);
    teams[team] = { n: totals.length, mean, level: levelOf(mean) };
  }

  const answersOf = (team: DiagnosticTeam, statement: number) =>
    counted.filter((p) => p.team === team).flatMap((p) => (p.answers[statement - 1] == null ? [] : [p.answers[statement - 1]!]));

  const statements: StatementResult[] = [];
  for (let statement = 1; statement <= STATEMENT_COUNT; statement++) {
    const stats: StatementResult['teams'] = {};
    for (const team of DIAGNOSTIC_TEAMS) {
      const s = statementStats(answersOf(team, statement));
      if (s) stats[team] = s;
    }
    const { sales, marketing } = stats;
    // Means are already in hundredths, so the difference is exact in integer hundredths.
    const gap = sales && marketing ? (Math.round(marketing.mean * 100) - Math.round(sales.mean * 100)) / 100 : null;
    statements.push({ statement, teams: stats, gap, gapFlagged: gap !== null && Math.abs(gap) >= GAP_THRESHOLD });
  }

  const gaps: GapResult[] = statements
    .filter((s) => s.gapFlagged)
    .map((s) => ({ statement: s.statement, sales: s.teams.sales!.mean, marketing: s.teams.marketing!.mean, gap: s.gap! }))
    .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap) || a.statement - b.statement);

  const splits: SplitResult[] = statements
    .flatMap((s) => DIAGNOSTIC_TEAMS.flatMap((team) => (s.teams[team]?.split ? [{ team, statement: s.statement, sd: s.teams[team]!.sd }] : [])))
    .sort((a, b) => b.sd - a.sd || a.statement - b.statement);

  const subscores: DiagnosticResult['subscores'] = {};
  for (const team of DIAGNOSTIC_TEAMS) {
    if (!teams[team]) continue;
    subscores[team] = Object.fromEntries(
      STATEMENT_GROUPS.map((group) => {
        const values = group.statements.flatMap((st) => answersOf(team, st));
        const sum = values.reduce((a, b) => a + b, 0);
        return [group.id, values.length ? roundRatio(sum, values.length, 2) : null];
      }),
    );
  }

  return { participants: scores, teams, overall: overallOf(teams), statements, gaps, splits, subscores };
}
