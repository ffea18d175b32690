// What the executive summary says in numbers and one sentence: the takeaway computed from the
// scores, the counts a sponsor asks for first, and the actions that need the sponsor (no owner, no
// date, overdue). Pure, so the summary screen and the PDF say the same.
import { PRIORITIES, type Priority } from '../actions/schema';
import { formatGap } from '../diagnostic/formatGap';
import { levelIndex } from '../diagnostic/levels';
import type { DiagnosticResult, Level } from '../diagnostic/model';
import { STATEMENTS } from '../diagnostic/statements';
import type { ActionRow, PlanCounts, SponsorAttention } from './model';

/** Below this many points apart, the teams are said to see the relationship alike. */
export const ALIKE_WITHIN_POINTS = 5;

function targetClause(level: Level, mean: number, target: Level): string {
  const diff = levelIndex(level) - levelIndex(target);
  const at = `${level} (${mean.toFixed(1)} of 100)`;
  if (diff < 0) return `The relationship is ${at}, short of the target ${target}`;
  if (diff === 0) return `The relationship is ${at}, at its target`;
  return `The relationship is ${at}, above the target ${target}`;
}

function gapClause(result: DiagnosticResult): string {
  const widest = result.gaps[0];
  if (!widest) return 'no statement splits the teams by a point or more';
  const who = widest.gap > 0 ? 'marketing' : 'sales';
  return `the widest gap is on “${STATEMENTS[widest.statement - 1]!.short}” (statement ${widest.statement}, ${formatGap(widest.gap, { minus: '-' })}, ${who} more positive)`;
}

/** One sentence a sponsor can repeat: where the relationship is, how far apart the teams are, and where they differ most. */
export function takeaway(result: DiagnosticResult, target: Level): string {
  const { overall, teams } = result;
  const { sales, marketing } = teams;
  if (overall.mean === null || overall.level === null) {
    return `No participant has completed the diagnostic yet, so the plan rests on the room’s notes; the target is ${target}.`;
  }
  const where = targetClause(overall.level, overall.mean, target);
  if (!sales || !marketing) {
    const only = sales ? 'sales' : 'marketing';
    return `${where}, as seen by ${only} alone: the other team has not completed the diagnostic.`;
  }
  const diff = marketing.mean - sales.mean;
  const apart =
    Math.abs(diff) < ALIKE_WITHIN_POINTS
      ? `the two teams see it alike (sales ${sales.mean.toFixed(1)}, marketing ${marketing.mean.toFixed(1)})`
      : `${diff > 0 ? 'marketing' : 'sales'} rates it ${Math.abs(diff).toFixed(1)} points higher than ${diff > 0 ? 'sales' : 'marketing'}`;
  return `${where}; ${apart}, and ${gapClause(result)}.`;
}

export function planCounts(actions: readonly ActionRow[]): PlanCounts {
  const byPriority = Object.fromEntries(PRIORITIES.map((p) => [p, 0])) as Record<Priority, number>;
  for (const a of actions) byPriority[a.priorityKey]++;
  return {
    actions: actions.length,
    byPriority,
    overdue: actions.filter((a) => a.pastDue).length,
    done: actions.filter((a) => a.statusKey === 'done').length,
  };
}

export function sponsorAttention(actions: readonly ActionRow[]): SponsorAttention {
  const open = actions.filter((a) => a.statusKey !== 'done');
  return {
    noOwner: open.filter((a) => !a.owner.trim()).map((a) => a.number),
    noDue: open.filter((a) => !a.dueIso).map((a) => a.number),
    overdue: open.filter((a) => a.pastDue).map((a) => a.number),
  };
}

/** "action 3", "actions 3 and 5", "actions 1, 4 and 7". */
export function actionList(numbers: readonly number[]): string {
  if (numbers.length === 0) return '';
  if (numbers.length === 1) return `action ${numbers[0]}`;
  return `actions ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

/** The target in words, whoever set it: "Aligned, chosen by the facilitator (the advisor suggested Integrated)". */
export function targetSentence(target: { level: Level; chosen: boolean; suggested: Level }): string {
  if (!target.chosen) return `${target.level}, suggested by the advisor`;
  return target.suggested === target.level ? `${target.level}, chosen by the facilitator as the advisor suggested` : `${target.level}, chosen by the facilitator (the advisor suggested ${target.suggested})`;
}
