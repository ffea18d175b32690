// Builds the report model from a workshop document: a pure function used by the summary screen,
// the PDF export and the CLI alike.
import { ACTION_TEAM_LABELS, PRIORITY_LABELS, STATUS_LABELS, type Action } from '../actions/schema';
import { byPriority, isPastDue } from '../actions/edits';
import { actionOrigin } from '../actions/origin';
import { NOTE_TEAM_LABELS } from '../board/schema';
import { platformChoice } from '../board/platformChoice';
import { rankByVotes } from '../board/votes';
import { analyseDiagnostic } from '../diagnostic/analysis';
import type { Recommendation } from '../diagnostic/recommend';
import type { RecommendationSplit } from '../diagnostic/whereToStart';
import { levelLadderSvg } from '../charts/levelLadder';
import { timelineSvg } from '../charts/timeline';
import { statementBarsSvg, subscoresSvg } from '../charts/statementCharts';
import { FRAMEWORK_ATTRIBUTION } from '../diagnostic/levels';
import { TEAM_LABELS, type DiagnosticResult } from '../diagnostic/model';
import { visibleRoleSplits, withheldSplitNote, type TeamRoleSplit } from '../diagnostic/roleSplit';
import { STATEMENTS, STATEMENT_GROUPS, STATEMENT_WORDING } from '../diagnostic/statements';
import { formatDay, todayIso } from '../format/dates';
import type { WorkshopDocument } from '../workshop/schema';
import type { ActionRow, GapRow, ReportModel, ReportRecommendation, RoleSplitRow } from './model';
import { noteRecords } from './noteRecords';
import { sinceLastTime } from './sinceLastTime';
import { planCounts, sponsorAttention, takeaway } from './summaryFacts';
import { topThemes } from './topThemes';

export const REPORT_LOCALE = 'en-GB';
/** Re-run the diagnostic this many days after the workshop to see whether the plan is working. */
export const REASSESS_AFTER_DAYS = 90;

const day = (iso: string) => formatDay(iso, REPORT_LOCALE);

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return todayIso(date);
}

function gapRow(g: DiagnosticResult['gaps'][number]): GapRow {
  const statement = STATEMENTS[g.statement - 1]!;
  return { statement: g.statement, short: statement.short, text: statement.text, sales: g.sales, marketing: g.marketing, gap: g.gap };
}

function actionRow(action: Action, index: number, today: string): ActionRow {
  return {
    number: index + 1,
    id: action.id,
    title: action.title,
    description: action.description,
    owner: action.owner,
    team: ACTION_TEAM_LABELS[action.team],
    due: action.due ? day(action.due) : '',
    dueIso: action.due,
    pastDue: isPastDue(action, today),
    metric: action.metric,
    priority: PRIORITY_LABELS[action.priority],
    priorityKey: action.priority,
    status: STATUS_LABELS[action.status],
    statusKey: action.status,
    source: action.source.kind === 'none' ? '' : action.source.label,
    origin: actionOrigin(action.source),
  };
}

/** Each recommendation with the numbers of the actions taken from it, where to start first. */
function withActions({ first, further }: RecommendationSplit, actions: readonly Action[]): ReportRecommendation[] {
  const row = (r: Recommendation, startHere: boolean): ReportRecommendation => ({
    ...r,
    actions: actions.flatMap((a, i) => (a.source.kind === 'recommendation' && a.source.id === r.id ? [i + 1] : [])),
    startHere,
  });
  return [...first.map((r) => row(r, true)), ...further.map((r) => row(r, false))];
}

function headline(result: DiagnosticResult, target: string): string {
  const { overall, teams } = result;
  if (overall.mean === null) return `The diagnostic has no complete answers yet; the target level is ${target}.`;
  const parts = [`The relationship between sales and marketing is ${overall.level} overall (${overall.mean.toFixed(1)} of 100); the target is ${target}.`];
  if (teams.sales && teams.marketing && teams.sales.level !== teams.marketing.level) {
    parts.push(`Sales sees it as ${teams.sales.level} (${teams.sales.mean.toFixed(1)}), marketing as ${teams.marketing.level} (${teams.marketing.mean.toFixed(1)}).`);
  }
  if (result.gaps.length > 0) parts.push(`The teams disagree by a point or more on ${result.gaps.length} of 20 statements.`);
  return parts.join(' ');
}

function roleSplitRows(splits: TeamRoleSplit[]): RoleSplitRow[] {
  return splits.map((s) => ({
    team: TEAM_LABELS[s.team],
    heads: s.heads,
    staff: s.staff,
    difference: s.difference,
    levelsDiffer: s.levelsDiffer,
    statements: s.statements.map((d) => ({ ...d, short: STATEMENTS[d.statement - 1]!.short })),
  }));
}

export interface ReportOptions {
  /** Today as YYYY-MM-DD, for "generated on" and overdue actions. */
  today: string;
  /**
   * The earlier workshops this one follows up, nearest first (loadEarlierChain's `earlier`), for
   * the "Since last time" section; none when not given.
   */
  earlier?: readonly WorkshopDocument[];
}

export function buildReport(doc: WorkshopDocument, { today, earlier = [] }: ReportOptions): ReportModel {
  const anonymous = doc.settings.anonymous;
  const roleSplitsShown = visibleRoleSplits(doc.diagnostic.participants, { anonymous });
  const analysis = analyseDiagnostic(doc.diagnostic, { anonymous });
  const { result, advice, target, targetChosen } = analysis;
  const recommendations = withActions(analysis.whereToStart, doc.actions);
  const actions = doc.actions.map((a, i) => actionRow(a, i, today));
  const topActions = byPriority(doc.actions)
    .slice(0, 5)
    .map((a) => actions.find((row) => row.id === a.id)!);
  const gaps = result.gaps.map(gapRow);
  const { teams, overall } = result;
  const baseDate = doc.date || today;
  const reassessIso = addDays(baseDate, REASSESS_AFTER_DAYS);
  const notes = noteRecords(doc).filter((n) => !n.hidden);

  const boards = doc.agenda
    .filter((a) => a.board && a.board.notes.length > 0)
    .map((activity) => {
      const board = activity.board!;
      return {
        activity: activity.title,
        kind: activity.kind,
        hiddenNotes: board.notes.filter((n) => n.hidden).length,
        areas: board.areas.map((area) => ({
          title: area.title,
          items: rankByVotes(board, area.id).map((r) =>
            r.kind === 'theme'
              ? { kind: 'theme' as const, label: r.theme.name, votes: r.votes, notes: r.notes.map((n) => n.text) }
              : { kind: 'note' as const, label: r.note.text, votes: r.votes, team: NOTE_TEAM_LABELS[r.note.team] },
          ),
        })),
      };
    });

  return {
    title: doc.title,
    client: doc.client,
    date: doc.date ? day(doc.date) : '',
    dateIso: baseDate,
    facilitator: doc.facilitator,
    generatedOn: day(today),
    generatedIso: today,
    anonymous,
    summary: {
      takeaway: takeaway(result, target),
      headline: headline(result, target),
      levels: [
        { label: 'Sales', mean: teams.sales?.mean ?? null, level: teams.sales?.level ?? null, n: teams.sales?.n ?? 0 },
        { label: 'Marketing', mean: teams.marketing?.mean ?? null, level: teams.marketing?.level ?? null, n: teams.marketing?.n ?? 0 },
        { label: 'Overall', mean: overall.mean, level: overall.level },
        ...(teams.other ? [{ label: 'Other (not in overall)', mean: teams.other.mean, level: teams.other.level, n: teams.other.n }] : []),
      ],
      target: { level: target, chosen: targetChosen, suggested: advice.level, rationale: advice.rationale },
      counts: {
        participants: result.participants.length,
        counted: result.participants.filter((p) => p.counted).length,
        notes: notes.length,
        themes: doc.agenda.reduce((n, a) => n + (a.board?.themes.length ?? 0), 0),
        ...planCounts(actions),
      },
      attention: sponsorAttention(actions),
      warning: overall.warning,
      topGaps: gaps.slice(0, 3),
      topThemes: topThemes(doc.agenda, 5),
      topActions,
    },
    diagnostic: {
      participants: result.participants.length,
      counted: result.participants.filter((p) => p.counted).length,
      charts: {
        ladder: levelLadderSvg({ sales: teams.sales?.mean, marketing: teams.marketing?.mean, overall: overall.mean, other: teams.other?.mean, target }),
        statements: statementBarsSvg(result, { order: 'gap' }),
        subscores: subscoresSvg(result),
      },
      statements: result.statements.map((s) => ({
        number: s.statement,
        short: STATEMENTS[s.statement - 1]!.short,
        sales: s.teams.sales?.mean ?? null,
        marketing: s.teams.marketing?.mean ?? null,
        gap: s.gap,
        flagged: s.gapFlagged,
      })),
      subscores: STATEMENT_GROUPS.map((g) => ({
        group: g.name,
        statements: g.statements.join(', '),
        sales: result.subscores.sales?.[g.id] ?? null,
        marketing: result.subscores.marketing?.[g.id] ?? null,
        other: result.subscores.other?.[g.id] ?? null,
      })),
      splits: result.splits.map((s) => ({ team: TEAM_LABELS[s.team], statement: s.statement, short: STATEMENTS[s.statement - 1]!.short, sd: s.sd })),
      roleSplits: roleSplitRows(roleSplitsShown.shown),
      roleSplitsWithheld: withheldSplitNote(roleSplitsShown.withheld),
      notCounted: result.participants.filter((p) => !p.counted).map((p) => `${p.label} (${p.answered}/20)`),
      prorated: result.participants.filter((p) => p.prorated).map((p) => `${p.label} (${p.answered}/20)`),
    },
    sinceLastTime: sinceLastTime(doc, earlier, REPORT_LOCALE),
    gaps,
    recommendations,
    boards,
    handoffs: doc.agenda
      .filter((a) => a.handoff)
      .map((a) => ({ activity: a.title, ...a.handoff! })),
    messaging: doc.agenda
      .filter((a) => a.kind === 'messaging' && a.board)
      .map((a) => {
        const board = a.board!;
        return {
          activity: a.title,
          platform: board.areas.map((area) => {
            const choice = platformChoice(board, area.id);
            if (!choice) return { area: area.title, text: '', basis: 'nothing captured' };
            if (choice.by === 'pick') return { area: area.title, text: choice.text, basis: 'chosen by the room' };
            return { area: area.title, text: choice.text, basis: `top-voted, ${choice.votes} vote${choice.votes === 1 ? '' : 's'}` };
          }),
        };
      }),
    actions,
    wallPlan: {
      chart: timelineSvg({
        startIso: baseDate,
        rerunIso: reassessIso,
        todayIso: today,
        actions: actions.map((a) => ({ number: a.number, owner: a.owner, dueIso: a.dueIso, status: a.statusKey, overdue: a.pastDue })),
      }),
      undated: actions.filter((a) => !a.dueIso).map((a) => a.number),
    },
    commitments: (['sales', 'marketing'] as const).map((team) => ({
      team: team === 'sales' ? 'Sales' : 'Marketing',
      head: doc.commitments[team].head,
      statement: doc.commitments[team].statement,
    })),
    nextSteps: {
      reassessIso,
      reassessOn: day(reassessIso),
      items: [
        `Re-run the alignment diagnostic with both teams by ${day(reassessIso)} and compare the results with this report.`,
        ...(actions.length > 0 ? [`Review the ${actions.length} action${actions.length === 1 ? '' : 's'} of the action plan with their owners at least once a month.`] : []),
        ...recommendations.filter((r) => r.startHere).map((r) => `${r.title}: ${r.detail}`),
      ],
    },
    appendix: {
      notes: notes.map(({ activity, area, text, team, author, votes, theme }) => ({ activity, area, text, team, author, votes, theme })),
      participants: result.participants.map((p) => ({
        label: p.label,
        team: TEAM_LABELS[p.team],
        answered: p.answered,
        total: p.total,
        prorated: p.prorated,
        level: p.level,
      })),
    },
    method: {
      paragraphs: [
        'Each participant rated twenty statements about how sales and marketing work together, from 1 (strongly disagree) to 5 (strongly agree). A participant’s total is the sum of the answers (20 to 100); with 16 to 19 answers it is scaled to 20 statements, and with fewer the participant is not counted.',
        STATEMENT_WORDING,
        'Totals map to four relationship levels: under 40 Undefined, under 60 Defined, under 80 Aligned, 80 and over Integrated. A team’s score is the mean of its members’ totals; the overall score is the mean of the sales and marketing scores, each team weighing the same whatever its size.',
        'A perception gap is the marketing mean minus the sales mean on a statement; gaps of 1.00 or more are flagged. A team is split on a statement when its answers spread by a standard deviation of 1.2 or more. Sub-scores are mean answers over groups of related statements.',
        'The target level follows the business context: integration pays off where sales cycles are long and complex and a few key accounts carry the business; products becoming commodities, or buyers wanting tailored solutions, call for aligned teams, as do most organisations; a small firm whose teams already get on informally need not change at all.',
      ],
      attribution: FRAMEWORK_ATTRIBUTION,
    },
  };
}
